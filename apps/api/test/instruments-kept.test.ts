/**
 * GET /api/instruments from the kept terms (issue 10) answers exactly what reading every figure
 * against the lexicon per request answered (support/instruments-reference.ts): the same JSON, key
 * for key, for places named or not, one instrument or all, every page of terms and every measure
 * limit — on the real data/, on the engine the suite runs on (TEST_ENGINE).
 */
import type { Region } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { buildInstruments, type InstrumentsAsked } from '../src/routes/instruments/build-instruments';
import { useTestApp } from './helper';
import { referenceInstruments } from './support/instruments-reference';

const t = useTestApp();

const BENCHMARK = '150100';
/** Cities of the seeds, a city with its own district (宁波, 江北区), a province and the benchmark's province. */
const PLACE_SETS: string[][] = [
  [],
  ['320100', '321000'],
  ['330200', '330205', '341200'],
  ['310000', '530000', '420500', '340700', '341100'],
  ['150000', '320100'],
];

async function both(codes: string[], asked: InstrumentsAsked) {
  const region = (code: string) => t.app.gazetteer.byCode(code) as Region;
  const file = t.app.benchmarkFiles.instruments;
  const resolve = (code: string) => t.app.gazetteer.byCode(code);
  const args = [t.app.store, file, region(BENCHMARK), codes.map(region), resolve, asked] as const;
  return { kept: await buildInstruments(...args), reference: await referenceInstruments(...args) };
}

describe('GET /api/instruments from kept terms', () => {
  it(
    'equals the per-request reading for every place set, instrument and measure limit',
    async () => {
      let terms = 0;
      for (const codes of PLACE_SETS)
        for (const instrumentId of [undefined, 'guarantee'])
          for (const measuresLimit of [1, 100]) {
            const asked = { instrumentId, limit: 50, offset: 0, measuresLimit };
            const { kept, reference } = await both(codes, asked);
            expect(JSON.stringify(kept), `${codes} ${instrumentId} ${measuresLimit}`).toBe(JSON.stringify(reference));
            terms += kept.total;
          }
      expect(terms).toBeGreaterThan(0);
      // Two builders × 20 answers: on PostgreSQL under a loaded machine this takes a while.
    },
    HEAVY_MS,
  );

  it(
    'pages the terms as the reference does, across places',
    async () => {
      for (const codes of [[], ['320100', '321000', '330200']]) {
        const { reference: whole } = await both(codes, {
          instrumentId: undefined,
          limit: 500,
          offset: 0,
          measuresLimit: 3,
        });
        expect(whole.total).toBeGreaterThan(3);
        for (const [limit, offset] of [
          [1, 0],
          [2, 1],
          [3, whole.total - 2],
          [7, 5],
          [5, whole.total],
          [500, 0],
        ] as const) {
          const { kept, reference } = await both(codes, { instrumentId: undefined, limit, offset, measuresLimit: 3 });
          expect(JSON.stringify(kept), `${codes} ${limit} ${offset}`).toBe(JSON.stringify(reference));
        }
      }
    },
    HEAVY_MS,
  );

  it('answers through the route with the page the builder gives', async () => {
    const res = await t.app.inject({ url: '/api/instruments?regions=320100,321000&limit=3&offset=1' });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const { reference } = await both(['320100', '321000'], {
      instrumentId: undefined,
      limit: 3,
      offset: 1,
      measuresLimit: 3,
    });
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(reference)));
  });
});
