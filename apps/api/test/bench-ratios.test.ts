/**
 * How `npm run bench:api` turns runs into ratios (scripts/bench-api/measure.ts): from runs made side
 * by side with the bare server when there are any, each pair on its own, then the median and range;
 * never from a server's best run against the bare server's best run of another moment.
 */
import { describe, expect, it } from 'vitest';
import { type Measured, median, type Run, ratioToReference } from '../../../scripts/bench-api/measure';

const run = (rps: number, cpuUs: number | null): Run => ({
  rps,
  p50: 1,
  p99: 2,
  errors: 0,
  requests: Math.round(rps * 2),
  cpuUs,
  dbCpuUs: null,
});

const measured = (runs: Run[], beside: Measured['beside'] = []): Measured => ({
  ...run(median(runs.map((r) => r.rps)), null),
  runs,
  beside,
});

describe('bench:api ratios', () => {
  it('takes the median of medians of an even count as the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('pairs each run with the bare server run beside it, not with its best or its round', () => {
    // The bare server alone was slowed by a burst in one round (100 req/s); side by side both saw it.
    const bare = measured([run(1000, 50), run(100, 500), run(1000, 50)]);
    const server = measured(
      [run(800, 60), run(800, 60), run(800, 60)],
      [
        { self: run(400, 100), reference: run(500, 80) },
        { self: run(90, 1000), reference: run(100, 800) },
        { self: run(450, 100), reference: run(500, 80) },
      ],
    );
    const rps = ratioToReference(server, bare, (r) => r.rps);
    expect(rps).toEqual({ median: 0.9, min: 0.8, max: 0.9 });
    // CPU: the bare server's per request ÷ the server's.
    const cpu = ratioToReference(server, bare, (r) => r.cpuUs, true);
    expect(cpu).toEqual({ median: 0.8, min: 0.8, max: 0.8 });
  });

  it('falls back to runs of the same round, and says nothing where no pair has both figures', () => {
    const bare = measured([run(1000, 50), run(500, null)]);
    const server = measured([run(500, 100), run(400, 200)]);
    expect(ratioToReference(server, bare, (r) => r.rps)).toEqual({ median: 0.65, min: 0.5, max: 0.8 });
    expect(ratioToReference(server, bare, (r) => r.cpuUs, true)).toEqual({ median: 0.5, min: 0.5, max: 0.5 });
    expect(ratioToReference(measured([run(1, null)]), measured([run(1, null)]), (r) => r.cpuUs)).toBeNull();
  });
});
