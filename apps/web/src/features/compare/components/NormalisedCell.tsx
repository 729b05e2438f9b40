/**
 * One place's cell in the per-capita or per-GDP view: the place's value and the benchmark's, each
 * divided by the same year's denominator (both cited), the difference only for a common period,
 * and, when a denominator is missing, which one — never an estimate.
 */
import type { ComparedPlace } from '@ipb/domain';
import { useI18n } from '@/i18n';
import { type DisplayScale, formatRelative, formatSigned } from '../lib/format-compare';
import { type NormalisedViewId, normalisedCell, placeComparison } from '../lib/place-comparison';
import { NormalisedValue } from './NormalisedValue';
import { PeriodBadge } from './PeriodBadge';

export function NormalisedCell({
  place,
  view,
  scale,
}: {
  place: ComparedPlace | undefined;
  view: NormalisedViewId;
  scale: DisplayScale;
}) {
  const { t, lang } = useI18n();
  const denominator = t(`compare.denominator.${view}`);
  const model = place ? normalisedCell(place, view) : ({ kind: 'unavailable', reason: 'no_value' } as const);
  if (!place?.latest || model.kind === 'unavailable') {
    const reason = model.kind === 'unavailable' ? model.reason : 'no_value';
    return <span className="missing">{t(`compare.reason.${reason}`, { denominator })}</span>;
  }
  const n = model.view;
  return (
    <>
      <PeriodBadge comparison={placeComparison(place)} />
      <NormalisedValue
        value={model.place}
        numerator={place.latest}
        denominator={n.placeDenominator}
        view={view}
        scale={scale}
      />
      <div className="compare-against small">
        <span className="muted">{t('compare.against')}</span>
        {model.benchmarkReason === null && n.benchmark !== null && place.benchmarkValue ? (
          <NormalisedValue
            value={n.benchmark}
            numerator={place.benchmarkValue}
            denominator={n.benchmarkDenominator}
            view={view}
            scale={scale}
          />
        ) : (
          <span className="missing">{t(`compare.reason.${model.benchmarkReason ?? 'no_value'}`, { denominator })}</span>
        )}
      </div>
      {model.showDifference && n.difference !== null && (
        <span className="difference small">
          {t('compare.difference', { value: formatSigned(n.difference, scale, lang) })}
          {n.relative !== null && t('compare.relative', { value: formatRelative(n.relative, lang) })}
        </span>
      )}
    </>
  );
}
