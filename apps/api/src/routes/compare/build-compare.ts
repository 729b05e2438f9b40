/**
 * Assemble the comparison: benchmark first in every column list; measures per theme; what each
 * place's data rests on; and the indicator rows, where each place is compared with the benchmark
 * in the most recent period both have (a difference only then), each value with its authority,
 * flags and conflict. Gaps state their coverage basis and are "not recorded" rather than findings
 * while the benchmark's own record is thin (GAP_COVERAGE_THRESHOLD).
 */
import {
  type ComparableRow,
  type ComparableRowHead,
  comparableFigures,
  comparableIndex,
  comparePlace,
  coverageOf,
  type Db,
  type Denominators,
  denominatorsAsked,
  latestMeasures,
  missingPrograms,
  referenceLists,
} from '@ipb/db';
import {
  type Authority,
  type CompareBody,
  type CompareBudget,
  type ComparedIndicator,
  type CompareResponse,
  type Coverage,
  GAP_COVERAGE_THRESHOLD,
  type GapsResponse,
  type Indicator,
  packComparePageJson,
  type Region,
} from '@ipb/domain';

const columnKey = (regionCode: string, themeId: string) => `${regionCode}|${themeId}`;

type Catalogue = Map<string, Indicator>;

/** Everything of the comparison but its indicator rows, and the catalogue the rows are named from. */
async function compareFrame(
  db: Db,
  benchmark: Region,
  regions: Region[],
  codes: string[],
  themeIds: string[],
  authority: Authority[] | null,
  measuresPerColumn?: number,
): Promise<{ frame: Omit<CompareResponse, 'indicators'>; catalogue: Catalogue }> {
  const [{ themes: allThemes, indicators: indicatorList }, latest, basis] = await Promise.all([
    referenceLists(db),
    latestMeasures(db, codes, themeIds, measuresPerColumn),
    coverageOf(db, codes, authority),
  ]);
  const themes = allThemes.filter((t) => !themeIds.length || themeIds.includes(t.id));
  const columns = new Map(latest.map((c) => [columnKey(c.regionCode, c.themeId), c] as const));
  const column = (regionCode: string, themeId: string) =>
    columns.get(columnKey(regionCode, themeId)) ?? { regionCode, measures: [], total: 0 };
  const themeBlocks = themes
    .map((t) => ({
      theme: { id: t.id, nameZh: t.nameZh, nameEn: t.nameEn },
      columns: codes.map((code) => {
        const { measures, total } = column(code, t.id);
        return { regionCode: code, measures, total };
      }),
    }))
    .filter((b) => themeIds.length || b.columns.some((c) => c.total > 0));
  const coverage = codes.map((code) => ({
    regionCode: code,
    counts: Object.fromEntries(themes.map((t) => [t.id, column(code, t.id).total])),
  }));
  const catalogue = new Map(indicatorList.map((i) => [i.id, i]));
  return { frame: { benchmark, regions, themes: themeBlocks, coverage, basis }, catalogue };
}

/** The catalogue's indicator of a row, where the row is shown (a catalogue indicator, of the themes asked). */
function shownIndicator(catalogue: Catalogue, indicatorId: string, themeIds: string[]): Indicator | null {
  const indicator = catalogue.get(indicatorId);
  return !indicator || (themeIds.length && !themeIds.includes(indicator.theme)) ? null : indicator;
}

/** One indicator row: the benchmark's latest value, and each place compared with it. */
function comparedRow(
  row: ComparableRow,
  indicator: Indicator,
  benchmarkCode: string,
  codes: string[],
  denominators: Denominators,
): ComparedIndicator {
  return {
    indicator: { id: indicator.id, nameZh: indicator.nameZh, nameEn: indicator.nameEn },
    periodType: row.periodType,
    unit: row.unit,
    benchmark: row.byPlace.get(benchmarkCode)?.at(-1) ?? null,
    places: codes
      .filter((c) => c !== benchmarkCode)
      .map((code) => comparePlace(row, indicator, code, benchmarkCode, denominators)),
  };
}

const placeCodes = (benchmark: Region, regions: Region[]) => [
  benchmark.code,
  ...regions.map((r) => r.code).filter((c) => c !== benchmark.code),
];

/** The whole comparison, every row read (the brief; Compare's body reads its rows a page at a time: compareBody). */
export async function buildCompare(
  store: { engine: Db },
  benchmark: Region,
  regions: Region[],
  themeIds: string[],
  authority: Authority[] | null,
): Promise<CompareResponse> {
  const codes = placeCodes(benchmark, regions);
  const db = store.engine;
  const [{ frame, catalogue }, figures] = await Promise.all([
    compareFrame(db, benchmark, regions, codes, themeIds, authority),
    comparableFigures(db, codes, benchmark.code, authority, { onlyCompared: true }),
  ]);
  const { rows, denominators } = figures;
  const indicators = rows.flatMap((row) => {
    const indicator = shownIndicator(catalogue, row.indicatorId, themeIds);
    return indicator ? [comparedRow(row, indicator, benchmark.code, codes, denominators)] : [];
  });
  return { ...frame, indicators };
}

/** Compare's body, and its JSON: the text the budget measured, sent as it is (docs/decisions/014, sixteenth session). */
export type PackedCompare = { body: CompareBody; json: string };

/** How the route writes a body: its compiled serialiser. */
export type CompareStringify = (body: CompareBody) => string;

/** packCompareWithin of a comparison read whole, with its JSON. */
const packWhole = (compare: CompareResponse, budget: CompareBudget, stringify: CompareStringify): PackedCompare =>
  packComparePageJson(compare, budget, compare.indicators.length, stringify) as PackedCompare;

/** Period groups read at first for a page of rows (about four rows of nine places in twelve years), then twice as many each time. */
const FIRST_GROUPS = 512;

/**
 * GET /api/compare's body and its JSON as `stringify` writes it: buildCompare's comparison within the
 * budget (packCompareWithin), byte for byte, having read only the rows the page shows and the one after them. The rows are known, in
 * order, from the period summary's heads (comparableIndex); each batch of them is read whole
 * (figures, conflicts, citations) only when the budget reaches it (packComparePage), so a page costs
 * what it shows, not the places' whole history (docs/decisions/014, eleventh session). Where the
 * summary cannot answer (an authority filter), the whole comparison is read, as buildCompare does.
 */
export async function compareBody(
  store: { engine: Db },
  benchmark: Region,
  regions: Region[],
  themeIds: string[],
  authority: Authority[] | null,
  budget: CompareBudget,
  stringify: CompareStringify,
): Promise<PackedCompare> {
  if (authority)
    return packWhole(await buildCompare(store, benchmark, regions, themeIds, authority), budget, stringify);
  const codes = placeCodes(benchmark, regions);
  const db = store.engine;
  // A page of rows (a cursor) shows no measures, only each column's total.
  const [{ frame, catalogue }, index] = await Promise.all([
    compareFrame(db, benchmark, regions, codes, themeIds, null, budget.rowsFrom === undefined ? undefined : 0),
    comparableIndex(db, codes, benchmark.code),
  ]);
  if (!index) return packWhole(await buildCompare(store, benchmark, regions, themeIds, authority), budget, stringify);
  type Head = { row: ComparableRowHead; indicator: Indicator };
  const heads: Head[] = index.rows.flatMap((row) => {
    const indicator = shownIndicator(catalogue, row.indicatorId, themeIds);
    return indicator ? [{ row, indicator }] : [];
  });
  const indicators = new Array<ComparedIndicator>(heads.length);
  const compare: CompareResponse = { ...frame, indicators };
  let ready = Math.min(budget.rowsFrom ?? 0, heads.length);
  let groups = FIRST_GROUPS;
  for (;;) {
    if (ready < heads.length) {
      let to = ready;
      for (let n = 0; to < heads.length && n < groups; to++) n += heads[to]?.row.keys.length ?? 0;
      const batch = heads.slice(ready, to);
      const last = to === heads.length;
      const read = await index.read(
        batch.map((h) => h.row),
        last,
      );
      let denominators = read.denominators;
      if (!denominators) {
        // Each row compared once to learn which population and GDP figures it divides by, then with them.
        const asked = new Set<string>();
        const asking = denominatorsAsked(codes, asked);
        for (const [i, row] of read.rows.entries())
          comparedRow(row, (batch[i] as Head).indicator, benchmark.code, codes, asking);
        denominators = await index.denominators(asked);
      }
      for (const [i, row] of read.rows.entries())
        indicators[ready + i] = comparedRow(row, (batch[i] as Head).indicator, benchmark.code, codes, denominators);
      ready = to;
      groups *= 2;
    }
    const packed = packComparePageJson(compare, budget, ready, stringify);
    if (packed) return packed;
  }
}

const name = (regions: Region[], code: string) => regions.find((r) => r.code === code)?.name ?? code;
const nameEn = (regions: Region[], code: string) => regions.find((r) => r.code === code)?.nameEn ?? code;

function statements(benchmark: Region, places: Region[], cov: Coverage[]) {
  const all = [benchmark, ...places];
  const en = cov
    .map((c, i) =>
      i === 0
        ? `${nameEn(all, c.regionCode)}: ${c.measures} measures in ${c.sources} sources`
        : `${nameEn(all, c.regionCode)}: ${c.measures} in ${c.sources}`,
    )
    .join('; ');
  const zh = cov.map((c) => `${name(all, c.regionCode)}：${c.sources} 个来源中 ${c.measures} 条举措`).join('；');
  return { en, zh };
}

export async function buildGaps(
  store: { engine: Db },
  benchmark: Region,
  regions: Region[],
  themeIds: string[],
): Promise<GapsResponse> {
  const others = regions.map((r) => r.code).filter((c) => c !== benchmark.code);
  const [columns, [benchmarkCoverage, ...placeCoverage], { themes: allThemes }] = await Promise.all([
    latestMeasures(store.engine, [benchmark.code, ...others], []),
    coverageOf(store.engine, [benchmark.code, ...others]),
    referenceLists(store.engine),
  ]);
  const base = benchmarkCoverage as Coverage;
  const thin = base.measures < GAP_COVERAGE_THRESHOLD.measures || base.sources < GAP_COVERAGE_THRESHOLD.sources;
  const { en, zh } = statements(
    benchmark,
    regions.filter((r) => r.code !== benchmark.code),
    [base, ...placeCoverage],
  );
  const benchmarkThemes = new Set(columns.filter((c) => c.regionCode === benchmark.code).map((c) => c.themeId));
  const themes = allThemes
    .filter((t) => t.id !== 'other' && !benchmarkThemes.has(t.id) && (!themeIds.length || themeIds.includes(t.id)))
    .map((t) => ({
      theme: { id: t.id, nameZh: t.nameZh, nameEn: t.nameEn },
      finding: thin ? ('not_recorded' as const) : ('gap' as const),
      instruments: t.stip.instruments,
      places: others.flatMap((code) => {
        const c = columns.find((x) => x.regionCode === code && x.themeId === t.id);
        return c ? [{ regionCode: code, measures: c.measures, total: c.total }] : [];
      }),
    }))
    .filter((t) => t.places.length);
  const programs = await missingPrograms(store.engine, benchmark.code, others, themeIds);
  return {
    benchmark,
    regions,
    coverage: {
      benchmark: base,
      places: placeCoverage,
      threshold: { ...GAP_COVERAGE_THRESHOLD },
      thin,
      statement: thin
        ? `${en}. Below ${GAP_COVERAGE_THRESHOLD.measures} measures or ${GAP_COVERAGE_THRESHOLD.sources} sources for ${benchmark.nameEn}, a missing theme may be missing data, not a gap.`
        : `${en}.`,
      statementZh: thin
        ? `${zh}。${benchmark.name}的举措少于 ${GAP_COVERAGE_THRESHOLD.measures} 条或来源少于 ${GAP_COVERAGE_THRESHOLD.sources} 个，缺少的主题可能只是数据未录入，不能据此认定存在差距。`
        : `${zh}。`,
    },
    themes,
    programs: programs.programs,
    programsTotal: programs.total,
  };
}
