/**
 * A dashboard link's state as the pages and their data requests read it, without zod, so the
 * early data request (early.ts) reads a link exactly as the page will before zod has loaded.
 * Parsing is forgiving: bad codes and unknown themes are dropped, duplicates removed.
 */
import { BENCHMARK_REGION_CODE, INDICATOR_ID_PATTERN, REGION_CODE_PATTERN, THEME_IDS, type ThemeId } from '@ipb/domain';

/** The most places a view compares besides 呼和浩特. */
export const MAX_COMPARED_PLACES = 8;

const isPlace = (code: string) => code !== BENCHMARK_REGION_CODE && REGION_CODE_PATTERN.test(code);

/** Compare's `regions`: the compared places only (the benchmark is always there), at most eight. */
export function normaliseCompared(codes: readonly string[]): string[] {
  return [...new Set(codes.map((c) => c.trim()).filter(isPlace))].slice(0, MAX_COMPARED_PLACES);
}

export function parseComparedParam(value: string | null): string[] {
  return normaliseCompared((value ?? '').split(','));
}

/** Indicators' `regions`: 呼和浩特 first, then at most eight others in pick order. */
export function normaliseRegions(codes: readonly string[]): string[] {
  return [BENCHMARK_REGION_CODE, ...new Set(codes.filter(isPlace))].slice(0, MAX_COMPARED_PLACES + 1);
}

export function parseIndicatorParam(value: string | null): string | null {
  return value && INDICATOR_ID_PATTERN.test(value) ? value : null;
}

/** `theme=tech_finance,talent`: the theme filter every view shares. */
export function parseThemeParam(value: string | null): ThemeId[] {
  if (!value) return [];
  const known = new Set<string>(THEME_IDS);
  return [...new Set(value.split(',').filter((t): t is ThemeId => known.has(t)))];
}

export type AuthorityParam = 'official' | undefined;

/** `authority=official`: figures from official sources only. */
export function parseAuthorityParam(value: string | null): AuthorityParam {
  return value === 'official' ? 'official' : undefined;
}
