/** The facets: themes (the shared chips), place, year, source and programme, each with its counts. */
import { THEME_IDS, type ThemeId } from '@ipb/domain';
import { ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { ThemeFilter } from '@/components/ui/ThemeFilter';
import { useI18n } from '@/i18n';
import { withIssueText } from '@/lib/issue-label';
import { usePlaceName } from '@/lib/use-place-name';
import type { MeasureFacets } from '../api/get-measure-facets';
import { EMPTY_SEARCH, hasFilters, type MeasuresSearch } from '../lib/measures-search';
import { FacetGroup } from './FacetGroup';

function toggleOne(current: string | null, value: string): string | null {
  return current === value ? null : value;
}

export function MeasureFilters({
  search,
  facets,
  error,
  onRetry,
  update,
}: {
  search: MeasuresSearch;
  facets: MeasureFacets | undefined;
  error: Error | null;
  onRetry: () => void;
  update: (change: Partial<MeasuresSearch>) => void;
}) {
  const { t, lang } = useI18n();
  const placeName = usePlaceName();
  // Places in the reader's language; source titles and programmes are data, the issue is not.
  const regionOptions = facets?.region.map((o) => ({ ...o, label: placeName(o.value, o.label), data: true })) ?? [];
  const sourceOptions = facets?.source.map((o) => ({ ...o, label: withIssueText(o.label, lang), data: true })) ?? [];
  const programOptions = facets?.program.map((o) => ({ ...o, data: true })) ?? [];
  // A theme missing from the facet has no measure under the other filters: show 0, not nothing.
  const themeCounts = Object.fromEntries(
    THEME_IDS.map((id) => [id, facets?.theme.find((f) => f.value === id)?.count ?? 0]),
  ) as Record<ThemeId, number>;
  return (
    <section className="measure-filters" aria-label={t('measures.filters')}>
      <ThemeFilter counts={facets ? themeCounts : undefined} />
      {facets ? (
        <>
          <FacetGroup
            legend={t('measures.facet.region')}
            options={regionOptions}
            selected={search.regions}
            onToggle={(code) =>
              update({
                regions: search.regions.includes(code)
                  ? search.regions.filter((c) => c !== code)
                  : [...search.regions, code],
              })
            }
          />
          <FacetGroup
            legend={t('measures.facet.year')}
            options={facets.year}
            selected={search.year === null ? [] : [String(search.year)]}
            onToggle={(y) => update({ year: search.year === Number(y) ? null : Number(y) })}
          />
          <FacetGroup
            legend={t('measures.facet.source')}
            options={sourceOptions}
            selected={search.source === null ? [] : [String(search.source)]}
            onToggle={(s) => update({ source: search.source === Number(s) ? null : Number(s) })}
          />
          <FacetGroup
            legend={t('measures.facet.program')}
            options={programOptions}
            selected={search.program ? [search.program] : []}
            onToggle={(p) => update({ program: toggleOne(search.program, p) })}
          />
        </>
      ) : error ? (
        <ErrorState
          title={t('measures.error')}
          hint={t('measures.errorHint')}
          error={error}
          retryLabel={t('measures.retry')}
          onRetry={onRetry}
        />
      ) : (
        <Skeleton height={360} label={t('measures.loading')} />
      )}
      {hasFilters(search) && (
        <button type="button" className="button button-secondary" onClick={() => update(EMPTY_SEARCH)}>
          {t('measures.clearAll')}
        </button>
      )}
    </section>
  );
}
