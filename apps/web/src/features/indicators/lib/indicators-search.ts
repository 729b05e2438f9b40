/**
 * The Indicators page keeps all of its state in the URL so a view can be shared by link:
 * /indicators?indicator=high_tech_enterprises&regions=150100,320100&tab=chart&unit=家&mode=indexed
 * Parsing is forgiving (bad codes are dropped, 呼和浩特 is always first, at most 8 others).
 */
import { normaliseRegions, parseIndicatorParam } from '@/early/url-state';

// Read without zod, as the early data request reads the link before the app has loaded.
export { MAX_COMPARED_PLACES, normaliseRegions } from '@/early/url-state';
export const TABS = ['chart', 'table'] as const;
export type Tab = (typeof TABS)[number];
/** absolute: as reported; indexed: first point of each series = 100; per_capita: ÷ population. */
export const MODES = ['absolute', 'indexed', 'per_capita'] as const;
export type Mode = (typeof MODES)[number];
/** Line for trends; bar for comparing a few years' levels side by side. */
export const CHART_TYPES = ['line', 'bar'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export interface IndicatorsSearch {
  indicator: string | null;
  /** Benchmark first, then the compared places in pick order. */
  regions: string[];
  tab: Tab;
  /** Unit drawn on the chart when the series come in several; null = the indicator's own. */
  unit: string | null;
  mode: Mode;
  chart: ChartType;
  /** The policy timeline under the chart (on unless `markers=0`). */
  markers: boolean;
}

export function parseIndicatorsSearch(params: URLSearchParams): IndicatorsSearch {
  const indicator = params.get('indicator');
  const tab = params.get('tab');
  const mode = params.get('mode');
  const chart = params.get('chart');
  return {
    indicator: parseIndicatorParam(indicator),
    regions: normaliseRegions((params.get('regions') ?? '').split(',').map((c) => c.trim())),
    tab: TABS.find((t) => t === tab) ?? 'chart',
    unit: params.get('unit') || null,
    mode: MODES.find((m) => m === mode) ?? 'absolute',
    chart: CHART_TYPES.find((c) => c === chart) ?? 'line',
    markers: params.get('markers') !== '0',
  };
}

/** Writes a state back; defaults (chart tab, no unit, absolute) are left out to keep links short. */
export function toSearchParams(state: IndicatorsSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (state.indicator) params.set('indicator', state.indicator);
  params.set('regions', normaliseRegions(state.regions).join(','));
  if (state.tab !== 'chart') params.set('tab', state.tab);
  if (state.unit) params.set('unit', state.unit);
  if (state.mode !== 'absolute') params.set('mode', state.mode);
  if (state.chart !== 'line') params.set('chart', state.chart);
  if (!state.markers) params.set('markers', '0');
  return params;
}
