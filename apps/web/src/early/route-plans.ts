/**
 * What Compare and Indicators ask for first, read from the page's link: the one reading that both
 * the route's prefetch (app/prefetch.ts, as query options) and the early request (early.ts, as
 * URLs, before the app's code has loaded) use. prefetch.test.tsx checks they ask for the same URLs.
 */
import {
  type ApiRequest,
  type CompareParams,
  compareRequest,
  gapsRequest,
  indicatorsRequest,
  regionsRequest,
  type SeriesParams,
  seriesRequest,
  type TargetsParams,
  targetsRequest,
  themesRequest,
} from './api-urls';
import {
  normaliseRegions,
  parseAuthorityParam,
  parseComparedParam,
  parseIndicatorParam,
  parseThemeParam,
} from './url-state';

/** Compare's comparison and gaps; null without a place to compare. */
export function comparePlan(url: URL): CompareParams | null {
  const regions = parseComparedParam(url.searchParams.get('regions'));
  if (!regions.length) return null;
  const themes = parseThemeParam(url.searchParams.get('theme'));
  return { regions, themes, authority: parseAuthorityParam(url.searchParams.get('authority')) };
}

/** The chart's series (with the timeline's markers unless `markers=0`) and targets, when the link names an indicator. */
export function indicatorsPlan(url: URL): { series: SeriesParams; targets: TargetsParams } | null {
  const indicator = parseIndicatorParam(url.searchParams.get('indicator'));
  if (!indicator) return null;
  const regions = normaliseRegions((url.searchParams.get('regions') ?? '').split(',').map((c) => c.trim()));
  const authority = parseAuthorityParam(url.searchParams.get('authority'));
  const markerThemes =
    url.searchParams.get('markers') !== '0' ? parseThemeParam(url.searchParams.get('theme')) : undefined;
  return { series: { indicator, regions, authority, markerThemes }, targets: { indicator, regions, authority } };
}

/** The requests a link's page starts with: what its route prefetches, as URLs (none for other pages). */
export function pageRequests(url: URL): ApiRequest[] {
  const page = url.pathname.replace(/\/+$/, '');
  if (page === '/compare') {
    const compare = comparePlan(url);
    const data = compare ? [compareRequest(compare), gapsRequest(compare.regions, compare.themes)] : [];
    return [themesRequest(), ...data];
  }
  if (page === '/indicators') {
    const plan = indicatorsPlan(url);
    const chart = plan ? [seriesRequest(plan.series), targetsRequest(plan.targets)] : [];
    return [themesRequest(), indicatorsRequest(true), regionsRequest(), ...chart];
  }
  return [];
}
