import { describe, expect, it } from 'vitest';
import { assessProgress } from '../src/progress';

const target = { year: 2025, value: 3000 };

describe('assessProgress (Open SDG CAGR method)', () => {
  it.each([
    // baseline 2020: 1000; required CAGR to 3000 by 2025 = 24.6 %/yr
    ['on_track', { year: 2022, value: 1600 }],
    ['acceleration_needed', { year: 2022, value: 1300 }],
    ['limited', { year: 2022, value: 1100 }],
    ['deterioration', { year: 2022, value: 900 }],
    ['achieved', { year: 2023, value: 3100 }],
  ] as const)('%s when the latest is %o', (status, latest) => {
    expect(assessProgress({ baseline: { year: 2020, value: 1000 }, latest, target, higherIsBetter: true }).status).toBe(
      status,
    );
  });

  it('mirrors the comparison for a lower-is-better indicator', () => {
    const r = assessProgress({
      baseline: { year: 2020, value: 100 },
      latest: { year: 2022, value: 120 },
      target: { year: 2025, value: 50 },
      higherIsBetter: false,
    });
    expect(r.status).toBe('deterioration');
  });

  it('says why there is no status', () => {
    expect(assessProgress({ baseline: null, latest: null, target, higherIsBetter: true })).toMatchObject({
      status: null,
      reason: expect.stringMatching(/no baseline/),
    });
    const single = { year: 2022, value: 1000 };
    expect(assessProgress({ baseline: single, latest: single, target, higherIsBetter: true }).reason).toMatch(
      /only one/,
    );
  });

  it('computes the rates it compares', () => {
    const r = assessProgress({
      baseline: { year: 2020, value: 1000 },
      latest: { year: 2022, value: 1210 },
      target,
      higherIsBetter: true,
    });
    expect(r.observedCagr).toBeCloseTo(0.1, 6);
    expect(r.requiredCagr).toBeCloseTo(3 ** (1 / 5) - 1, 6);
  });
});
