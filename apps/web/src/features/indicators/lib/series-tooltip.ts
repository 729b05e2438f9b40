/**
 * The indicator chart's tooltip (pure HTML, escaped): for each series at the hovered year, every
 * figure with its value, period, source authority, quality flags, a conflict note, and its
 * source; for a target, its value, status and source at the deadline only.
 */
import type { SeriesPoint, Target } from '@ipb/domain';
import { flagLabel, type Lang, type Translate } from '@/i18n';
import { escapeHtml } from '@/lib/escape-html';
import { isLowAuthority } from '@/lib/low-authority';
import { formatPeriod, formatPointValue } from './format-value';
import type { DisplayScale } from './readable-unit';
import { targetTooltip } from './target-series';

export interface TooltipInput {
  t: Translate;
  lang: Lang;
}

/** What the tooltip tells about each series: its figures per year, or a target at its deadline. */
export type SeriesMeta = { points: SeriesPoint[][] } | { target: Target; deadlineIndex: number };

interface TooltipParam {
  seriesIndex?: number;
  dataIndex?: number;
  seriesName?: string;
  marker?: unknown;
  name?: string;
}

export function tooltipLine(point: SeriesPoint, scale: DisplayScale, { t, lang }: TooltipInput): string {
  const value = `${formatPointValue(point, scale, lang)} ${scale.unit}`;
  const flags = point.flags.map((f) => flagLabel(t, f)).join('、');
  const source = point.citation.issue
    ? `${point.citation.sourceTitle}（${point.citation.issue}）`
    : point.citation.sourceTitle;
  const authority = `${t('authority.label')}: ${t(`authority.${point.authority}`)}`;
  return [
    `<b>${escapeHtml(value)}</b> · ${escapeHtml(formatPeriod(point))}`,
    `<span style="color:${isLowAuthority(point) ? '#8a1c12' : '#1d5e34'}">${escapeHtml(authority)}</span>`,
    flags ? `<span style="color:#8a4b00">⚑ ${escapeHtml(flags)}</span>` : '',
    point.conflict
      ? `<span style="color:#7a1f5c">⚠ ${escapeHtml(t('conflict.tooltip', { count: point.conflict.values }))}</span>`
      : '',
    `<span style="color:#555">${escapeHtml(t('chart.source'))}: ${escapeHtml(source)}</span>`,
  ]
    .filter(Boolean)
    .join('<br/>');
}

function metaLines(meta: SeriesMeta | undefined, dataIndex: number, scale: DisplayScale, input: TooltipInput) {
  if (!meta) return '';
  if ('target' in meta) {
    return meta.deadlineIndex === dataIndex ? targetTooltip(meta.target, scale, input.t, input.lang) : '';
  }
  return (meta.points[dataIndex] ?? []).map((point) => tooltipLine(point, scale, input)).join('<br/>');
}

export function makeTooltipFormatter(meta: SeriesMeta[], scale: DisplayScale, input: TooltipInput) {
  return (raw: unknown): string => {
    const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
    const year = params[0]?.name ?? '';
    const rows = params.flatMap((p) => {
      const lines = metaLines(meta[p.seriesIndex ?? -1], p.dataIndex ?? -1, scale, input);
      if (!lines) return [];
      const marker = typeof p.marker === 'string' ? p.marker : '';
      return [`<div style="margin-top:6px">${marker}${escapeHtml(p.seriesName ?? '')}<br/>${lines}</div>`];
    });
    return `<div style="max-width:360px;white-space:normal"><b>${escapeHtml(year)}</b>${rows.join('')}</div>`;
  };
}
