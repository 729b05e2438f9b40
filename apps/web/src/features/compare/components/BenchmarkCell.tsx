/**
 * The benchmark column: 呼和浩特's latest value in the absolute view; in a normalised view its
 * normalised value when every place is compared with the same figure, else a pointer to the place
 * columns (each of which names the benchmark value it is compared with).
 */
import type { ComparedIndicator } from '@ipb/domain';
import { useI18n } from '@/i18n';
import type { CompareView } from '../lib/compare-search';
import type { DisplayScale } from '../lib/format-compare';
import { benchmarkNormalised } from '../lib/place-comparison';
import { ComparedValue } from './ComparedValue';
import { NormalisedValue } from './NormalisedValue';

export function BenchmarkCell({
  row,
  view,
  scale,
}: {
  row: ComparedIndicator;
  view: CompareView;
  scale: DisplayScale;
}) {
  const { t } = useI18n();
  if (view === 'absolute') {
    return row.benchmark ? (
      <ComparedValue value={row.benchmark} scale={scale} />
    ) : (
      <span className="missing">{t('compare.missing')}</span>
    );
  }
  const b = benchmarkNormalised(row.places, view);
  if (b.kind === 'varies') return <span className="muted small">{t('compare.benchmarkVaries')}</span>;
  if (b.kind === 'none') {
    const reason = row.benchmark ? 'benchmark_denominator' : 'no_value';
    return (
      <span className="missing">
        {t(`compare.reason.${reason}`, { denominator: t(`compare.denominator.${view}`) })}
      </span>
    );
  }
  if (!b.numerator) return <span className="missing">{t('compare.missing')}</span>;
  return (
    <NormalisedValue value={b.value} numerator={b.numerator} denominator={b.denominator} view={view} scale={scale} />
  );
}
