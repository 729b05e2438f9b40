/** The profile's indicators sorted into strengths, weaknesses, on par and not comparable. */
import type { PeerIndicator } from '@ipb/domain';
import type { Translate } from '@/i18n';

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

/** Why a row has its verdict, in the reader's language, from the row's numbers. */
export function peerNote(row: PeerIndicator, t: Translate): string {
  const parts = [t('peers.note.coverage', { count: row.peersWithData, total: row.peersTotal, period: row.period })];
  if (row.withoutDenominator) parts.push(t('peers.note.noDenominator', { count: row.withoutDenominator }));
  if (row.min === null || row.max === null || row.max === row.min || row.peersWithData < 2)
    parts.push(t('peers.note.tooFew'));
  else if (row.placeScore === null) parts.push(t('peers.note.placeMissing'));
  else if (row.referenceScore === null) parts.push(t('peers.note.referenceMissing'));
  else
    parts.push(t('peers.note.scores', { place: row.placeScore.toFixed(2), reference: row.referenceScore.toFixed(2) }));
  return parts.join('');
}
