/**
 * One place's cell in the absolute view: the value used and the benchmark value it is compared
 * with, the period (or "年份不同"), and the difference only when both are of the same period.
 */
import type { ComparedPlace } from '@ipb/domain';
import { useI18n } from '@/i18n';
import { type DisplayScale, formatRelative, formatSigned } from '../lib/format-compare';
import { placeComparison } from '../lib/place-comparison';
import { ComparedValue } from './ComparedValue';
import { PeriodBadge } from './PeriodBadge';

export function PlaceCell({ place, scale }: { place: ComparedPlace | undefined; scale: DisplayScale }) {
  const { t, lang } = useI18n();
  if (!place) return <span className="missing">{t('compare.missing')}</span>;
  const c = placeComparison(place);
  if (c.kind === 'missing') {
    if (!c.place) return <span className="missing">{t('compare.missing')}</span>;
    return (
      <>
        <ComparedValue value={c.place} scale={scale} />
        <p className="compare-against small muted">{t('compare.benchmarkMissing')}</p>
      </>
    );
  }
  return (
    <>
      <PeriodBadge comparison={c} />
      <ComparedValue value={c.place} scale={scale} />
      <div className="compare-against small">
        <span className="muted">{t('compare.against')}</span>
        <ComparedValue value={c.benchmark} scale={scale} />
      </div>
      {c.kind === 'common_period' && c.difference !== null && (
        <span className="difference small">
          {t('compare.difference', { value: formatSigned(c.difference, scale, lang) })}
          {c.relative !== null && t('compare.relative', { value: formatRelative(c.relative, lang) })}
        </span>
      )}
    </>
  );
}
