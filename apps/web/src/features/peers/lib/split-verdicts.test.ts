import type { PeerIndicator } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { splitVerdicts, stripPosition } from './split-verdicts';

describe('splitVerdicts', () => {
  it('sorts indicators by verdict, keeping their order', () => {
    const rows = ['strength', 'weakness', 'strength', 'not_comparable'].map(
      (verdict, i) => ({ verdict, period: String(i) }) as PeerIndicator,
    );
    const out = splitVerdicts(rows);
    expect(out.strengths.map((r) => r.period)).toEqual(['0', '2']);
    expect(out.weaknesses.map((r) => r.period)).toEqual(['1']);
    expect(out.par).toEqual([]);
    expect(out.notComparable.map((r) => r.period)).toEqual(['3']);
  });
  it.each([
    [0, '0%'],
    [0.0212, '2.1%'],
    [1, '100%'],
    [1.2, '100%'],
  ])('puts score %d at %s', (score, pos) => expect(stripPosition(score)).toBe(pos));
});
