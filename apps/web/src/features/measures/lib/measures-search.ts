/**
 * The Measures page keeps its filters in the URL so a view can be shared by link:
 * /measures?q=人才&theme=talent,tech_finance&region=320100,310000&year=2024&source=2&program=宁科贷
 * Parsing is forgiving: unknown themes, malformed codes, years and ids are dropped, not errors.
 */
import { RegionCodeSchema, type ThemeId } from '@ipb/domain';
import { parseThemeParam } from '@/lib/use-theme-param';

export interface MeasuresSearch {
  q: string;
  themes: ThemeId[];
  regions: string[];
  year: number | null;
  source: number | null;
  program: string | null;
}

export const EMPTY_SEARCH: MeasuresSearch = { q: '', themes: [], regions: [], year: null, source: null, program: null };

/** The API accepts at most 100 characters of search text. */
export const MAX_QUERY_LENGTH = 100;

function positiveInt(value: string | null, min = 1, max = Number.MAX_SAFE_INTEGER): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

export function parseMeasuresSearch(params: URLSearchParams): MeasuresSearch {
  const regions = (params.get('region') ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => RegionCodeSchema.safeParse(c).success);
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    themes: parseThemeParam(params.get('theme')),
    regions: [...new Set(regions)],
    year: positiveInt(params.get('year'), 1990, 2100),
    source: positiveInt(params.get('source')),
    program: params.get('program')?.trim() || null,
  };
}

/** The API query of a search (also the URL's parameters: the page and the API speak alike). */
export function toApiQuery(search: MeasuresSearch): Record<string, string> {
  const query: Record<string, string> = {};
  if (search.q) query.q = search.q;
  if (search.themes.length) query.theme = search.themes.join(',');
  if (search.regions.length) query.region = search.regions.join(',');
  if (search.year !== null) query.year = String(search.year);
  if (search.source !== null) query.source = String(search.source);
  if (search.program) query.program = search.program;
  return query;
}

/** Writes the search into `base`, keeping parameters that are not the page's own. */
export function writeMeasuresSearch(base: URLSearchParams, search: MeasuresSearch): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['q', 'theme', 'region', 'year', 'source', 'program']) params.delete(key);
  for (const [key, value] of Object.entries(toApiQuery(search))) params.set(key, value);
  return params;
}

export function hasFilters(search: MeasuresSearch): boolean {
  return Object.keys(toApiQuery(search)).length > 0;
}
