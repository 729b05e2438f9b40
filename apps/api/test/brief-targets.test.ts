/** The brief's targets section is bounded: per place, the targets with the latest deadline. */
import { MAX_BRIEF_TARGETS, type Target } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { latestTargets } from '../src/routes/briefs/build-brief';

const target = (observationId: number, regionCode: string, deadlineYear: number | null) =>
  ({ observationId, regionCode, deadlineYear }) as Target;

describe('latestTargets', () => {
  it('keeps each place’s latest-deadline targets, undated last, places in the brief’s order', () => {
    const many = Array.from({ length: 25 }, (_, i) => target(i, '320100', 2000 + i));
    const all = [target(100, '150100', null), target(101, '150100', 2025), ...many];
    const kept = latestTargets(all, ['150100', '320100']);
    expect(kept.map((t) => t.observationId)).toEqual([
      101,
      100,
      ...many
        .slice(-MAX_BRIEF_TARGETS)
        .reverse()
        .map((t) => t.observationId),
    ]);
  });
});
