/**
 * The basis every gap is stated on, and — when 呼和浩特's own record is below the threshold — a
 * warning that what follows may be missing data rather than a gap.
 */
import type { GapsResponse } from '@ipb/domain';
import { useI18n } from '@/i18n';

export function GapCoverage({ coverage }: { coverage: GapsResponse['coverage'] }) {
  const { t, lang } = useI18n();
  return (
    <>
      <p className="gap-basis small muted" data-testid="gap-basis">
        {t('compare.gapBasis', { statement: lang === 'en' ? coverage.statement : coverage.statementZh })}
      </p>
      {coverage.thin && (
        <p className="notice" role="note" data-testid="gap-thin">
          {t('compare.thinWarning', {
            measures: coverage.benchmark.measures,
            sources: coverage.benchmark.sources,
            minMeasures: coverage.threshold.measures,
            minSources: coverage.threshold.sources,
          })}
        </p>
      )}
    </>
  );
}
