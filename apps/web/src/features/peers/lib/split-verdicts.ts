/** The profile's indicators sorted into strengths, weaknesses, on par and not comparable. */
import type { PeerIndicator } from '@ipb/domain';

export function splitVerdicts(indicators: readonly PeerIndicator[]) {
  const by = (v: PeerIndicator['verdict']) => indicators.filter((i) => i.verdict === v);
  return {
    strengths: by('strength'),
    weaknesses: by('weakness'),
    par: by('par'),
    notComparable: by('not_comparable'),
  };
}

/** Where a score sits on the 0–1 strip, as a CSS percentage kept inside the track. */
export function stripPosition(score: number): string {
  return `${Math.round(Math.min(1, Math.max(0, score)) * 1000) / 10}%`;
}
