/**
 * Which figures a chart marks as coming from a low-authority page: the source is classed
 * low_authority, or the curated row carries the low_authority_source flag (the two are set by
 * different people and either is enough to warn the reader).
 */
import type { Authority } from '@ipb/domain';

export function isLowAuthority(value: { authority: Authority; flags: readonly string[] }): boolean {
  return value.authority === 'low_authority' || value.flags.includes('low_authority_source');
}
