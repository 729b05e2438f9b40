/**
 * The codes a dashboard link carries (places, themes, indicators), without zod: the web app's
 * early data request (apps/web/src/early) reads a link before the zod chunk has loaded. The
 * schemas (regions.ts, themes.ts, indicators.ts) are built from these, so both agree.
 */

/** 呼和浩特市: the bureau's own city, always the benchmark. */
export const BENCHMARK_REGION_CODE = '150100';

/** A GB/T 2260 code, or "<code>-<slug>" for a development zone (regions.ts). */
export const REGION_CODE_PATTERN = /^\d{6}(-[a-z0-9-]+)?$/;

/** An indicator id: snake_case ASCII (indicators.ts). */
export const INDICATOR_ID_PATTERN = /^[a-z][a-z0-9_]*$/;

/** Policy themes: a closed code list (PRODUCT.md; names and lexicon in data/taxonomy/themes.json). */
export const THEME_IDS = [
  'tech_finance',
  'enterprise_cultivation',
  'innovation_platforms',
  'tech_transfer',
  'talent',
  'industry_upgrading',
  'investment_attraction',
  'regional_cooperation',
  'rd_investment',
  'digital_services',
  'elderly_care_tech',
  'biomedicine',
  'other',
] as const;
