/**
 * A series answer for named places spliced from each place's stored bytes (series_parts, decision
 * 022 "Series parts"): the answer's head and tail — the indicator, the places, `missing` — come from
 * the route's compiled serializer run on the answer without its series, and each place's series
 * and cutSeries entries are put in between as the bytes the same serializer writes for them.
 */
import { createHash } from 'node:crypto';
import { PARTS_REVISION, type PlaceParts } from '@ipb/db';
import {
  BENCHMARK_REGION_CODE,
  type Indicator,
  MAX_SERIES_POINTS,
  type Region,
  RegionSchema,
  type Series,
  SeriesSchema,
  SeriesWithMarkersResponseSchema,
} from '@ipb/domain';
import fastJson from 'fast-json-stringify';
import { toSerializerSchema } from '../../lib/compiled-serializer';
import { latestPoints } from './bounded-series';

const seriesSchema = toSerializerSchema(SeriesSchema);
const cutSchema = toSerializerSchema(SeriesWithMarkersResponseSchema.shape.cutSeries.unwrap().element);
const stringifySeries = fastJson(seriesSchema) as (s: Series) => string;
const stringifyCut = fastJson(cutSchema) as (c: unknown) => string;

/** What made a stored part: the serializers, the points cap and how the db builds the points. */
export const PARTS_FORM = createHash('sha1')
  .update(JSON.stringify([seriesSchema, cutSchema, MAX_SERIES_POINTS, PARTS_REVISION]))
  .digest('hex')
  .slice(0, 16);

/** One place's series (as getSeries gives them) as the chart's JSON holds them: its latest points, and which were cut. */
export function serializePlace(list: Series[]): PlaceParts {
  const { series = list, cutSeries = [] } = latestPoints(list);
  return {
    series: Buffer.from(series.map(stringifySeries).join(',')),
    cut: Buffer.from(cutSeries.map(stringifyCut).join(',')),
  };
}

/** getSeries' order of places: the benchmark first, then by code. */
const placeOrder = (code: string) => (code === BENCHMARK_REGION_CODE ? '' : code);
const byPlace = (a: string, b: string) => placeOrder(a).localeCompare(placeOrder(b));

const COMMA = Buffer.from(',');
const REGIONS_OPEN = '"regions":[';
const SERIES_OPEN = '"series":[';
const CLOSE = Buffer.from(']}');

function joined(parts: Buffer[]): Buffer[] {
  const out: Buffer[] = [];
  for (const p of parts) {
    if (!p.length) continue;
    if (out.length) out.push(COMMA);
    out.push(p);
  }
  return out;
}

const stringifyRegion = fastJson(toSerializerSchema(RegionSchema)) as (r: Region) => string;
/** Each place's bytes, made once per gazetteer entry: reference data the instance holds, as the regions list does. */
const regionBytes = new WeakMap<Region, Buffer>();
function bytesOf(region: Region): Buffer {
  let bytes = regionBytes.get(region);
  if (!bytes) {
    bytes = Buffer.from(stringifyRegion(region));
    regionBytes.set(region, bytes);
  }
  return bytes;
}

/**
 * The answer's bytes: what `whole` (the route's compiled serializer) writes for
 * `{indicator, regions, series, missing, cutSeries?}`, from its output for the answer with no
 * places and no series (the indicator, `missing`), each place and each place's series spliced in.
 */
export function seriesBody(
  whole: (answer: unknown) => string,
  indicator: Indicator,
  regions: Region[],
  parts: Map<string, PlaceParts>,
): Buffer {
  const codes = regions.map((r) => r.code);
  const placed = [...codes].sort(byPlace).map((c) => parts.get(c) as PlaceParts);
  const missing = codes.filter((c) => !(parts.get(c) as PlaceParts).series.length);
  const cuts = joined(placed.map((p) => p.cut));
  const skeleton = Buffer.from(
    whole({ indicator, regions: [], series: [], missing, ...(cuts.length ? { cutSeries: [] } : {}) }),
  );
  // Each key appears once, unescaped, only as the key: quotes inside the indicator's strings are
  // escaped, and the indicator, written first, has no key of these names.
  const r = skeleton.indexOf(REGIONS_OPEN) + REGIONS_OPEN.length;
  const s = skeleton.indexOf(SERIES_OPEN, r) + SERIES_OPEN.length;
  const body = [skeleton.subarray(0, r), ...joined(regions.map(bytesOf)), skeleton.subarray(r, s)];
  body.push(...joined(placed.map((p) => p.series)));
  // With cuts the tail ends `"cutSeries":[]}`: the entries go before its last two bytes.
  if (!cuts.length) body.push(skeleton.subarray(s));
  else body.push(skeleton.subarray(s, -2), ...cuts, CLOSE);
  return Buffer.concat(body);
}
