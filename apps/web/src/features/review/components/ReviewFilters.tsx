/**
 * Narrow the queue by kind, place, source and confidence. The choices come from what the whole
 * queue holds (the API's facets, with counts); the URL keeps them.
 */
import { useId } from 'react';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { withIssueText } from '@/lib/issue-label';
import { usePlaceName } from '@/lib/use-place-name';
import type { ReviewFilters as Filters, ReviewQueue } from '../api/get-review-queue';
import { CONFIDENCE_STEPS } from '../lib/review-filters';

export function ReviewFilters({
  facets,
  value,
  onChange,
}: {
  facets: ReviewQueue['facets'];
  value: Filters;
  /** Only what changed, so two quick changes each keep the other (the page merges them). */
  onChange: (change: Filters) => void;
}) {
  const { t, lang } = useI18n();
  const placeName = usePlaceName();
  const id = useId();
  const pick = <K extends keyof Filters>(key: K, raw: string, parse: (s: string) => Filters[K]) =>
    onChange({ [key]: raw === '' ? undefined : parse(raw) });
  const active = Object.values(value).some((v) => v !== undefined);
  return (
    <fieldset className="review-filters">
      <legend className="panel-title">{t('review.filters')}</legend>
      <label className="field" htmlFor={`${id}-kind`}>
        <span className="field-label">{t('review.filter.kind')}</span>
        <select
          id={`${id}-kind`}
          className="input"
          value={value.entity ?? ''}
          onChange={(e) => pick('entity', e.target.value, (s) => s as Filters['entity'])}
        >
          <option value="">{t('review.filter.all')}</option>
          {facets.entity.map((f) => (
            <option key={f.value} value={f.value}>
              {t(`review.entity.${f.value}`)} ({f.count})
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-place`}>
        <span className="field-label">{t('review.filter.place')}</span>
        <select
          id={`${id}-place`}
          className="input"
          value={value.region ?? ''}
          onChange={(e) => pick('region', e.target.value, String)}
        >
          <option value="">{t('review.filter.all')}</option>
          {facets.region.map((f) => (
            <option key={f.value} value={f.value} {...dataProps(placeName(f.value, f.label))}>
              {placeName(f.value, f.label)} ({f.count})
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-source`}>
        <span className="field-label">{t('review.filter.source')}</span>
        <select
          id={`${id}-source`}
          className="input"
          value={value.source ?? ''}
          onChange={(e) => pick('source', e.target.value, Number)}
        >
          <option value="">{t('review.filter.all')}</option>
          {facets.source.map((f) => (
            <option key={f.value} value={f.value} {...dataProps(f.label)}>
              {withIssueText(f.label, lang)} ({f.count})
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-confidence`}>
        <span className="field-label">{t('review.filter.confidence')}</span>
        <select
          id={`${id}-confidence`}
          className="input"
          value={value.maxConfidence ?? ''}
          onChange={(e) => pick('maxConfidence', e.target.value, Number)}
        >
          <option value="">{t('review.filter.all')}</option>
          {CONFIDENCE_STEPS.map((c) => (
            <option key={c} value={c}>
              {t('review.filter.atMost', { value: `${Math.round(c * 100)}%` })}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            onChange({ entity: undefined, region: undefined, source: undefined, maxConfidence: undefined })
          }
        >
          {t('review.filter.clear')}
        </button>
      )}
    </fieldset>
  );
}
