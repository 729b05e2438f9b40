/**
 * Targets as dashed goal lines (pure): from the place's latest actual (or baseline) to the target
 * value at the deadline year, in the place's colour. The tooltip at the deadline says the target,
 * its progress status and its source.
 */
import type { Target } from '@ipb/domain';
import type { LineSeriesOption } from '@/components/charts/echarts';
import type { Lang, Translate } from '@/i18n';
import { escapeHtml } from '@/lib/escape-html';
import { formatPointValue } from './format-value';
import type { DisplayScale } from './readable-unit';
import { statusText, targetStart, targetValuePoint } from './target-status';

/** Targets that can be drawn on a chart in `unit`: same unit and a deadline year. */
export function drawableTargets(targets: readonly Target[], unit: string): Target[] {
  return targets.filter((t) => t.unit === unit && t.deadlineYear !== null);
}

/** Years a target line touches (start and deadline), to extend the x axis. */
export function targetYears(targets: readonly Target[]): number[] {
  return targets.flatMap((t) => [t.deadlineYear ?? [], targetStart(t)?.year ?? []].flat());
}

export interface TargetLineInput {
  target: Target;
  years: readonly number[];
  scale: DisplayScale;
  color: string;
  place: string;
  t: Translate;
}

export function targetLine({ target, years, scale, color, place, t }: TargetLineInput): LineSeriesOption {
  const start = targetStart(target);
  const deadline = target.deadlineYear;
  return {
    type: 'line',
    name: t('target.series', { place, year: deadline ?? '' }),
    data: years.map((y) => {
      if (y === deadline) return target.value / scale.factor;
      if (start && y === start.year) return start.value / scale.factor;
      return null;
    }),
    // Only the start and the deadline carry values: join them across the years in between.
    connectNulls: true,
    showSymbol: true,
    symbol: 'emptyCircle',
    symbolSize: 8,
    z: 5,
    itemStyle: { color },
    lineStyle: { color, width: 2, type: 'dashed' },
    emphasis: { focus: 'series' },
  };
}

/** Tooltip lines for a target at its deadline year. */
export function targetTooltip(target: Target, scale: DisplayScale, t: Translate, lang: Lang): string {
  const value = `${formatPointValue(targetValuePoint(target), scale, lang)} ${scale.unit}`;
  const c = target.citation;
  const source = c.issue ? `${c.sourceTitle}（${c.issue}）` : c.sourceTitle;
  return [
    `<b>${escapeHtml(t('target.value', { value, year: target.deadlineYear ?? '' }))}</b>`,
    ...(target.written
      ? [
          escapeHtml(
            t('target.implied', {
              written: `${target.written.value}${target.written.unit}`,
              year: target.written.baselineYear ?? '',
            }),
          ),
        ]
      : []),
    `${escapeHtml(t('target.progress'))}: ${escapeHtml(statusText(t, target))}`,
    `<span style="color:#555">${escapeHtml(t('chart.source'))}: ${escapeHtml(source)}</span>`,
  ].join('<br/>');
}
