/**
 * What a place's data rests on — sources · measures · figures · latest date — shown next to every
 * comparison and profile, so a thin record reads as thin rather than as a finding.
 */
import type { Coverage } from '@ipb/domain';
import { useI18n } from '@/i18n';

export function CoverageLine({ coverage }: { coverage: Coverage }) {
  const { t, lang } = useI18n();
  const n = (value: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN').format(value);
  if (!coverage.sources && !coverage.measures && !coverage.figures) {
    return <span className="coverage-line">{t('coverage.none')}</span>;
  }
  const counts = { sources: n(coverage.sources), measures: n(coverage.measures), figures: n(coverage.figures) };
  return (
    <span className="coverage-line">
      {coverage.latestDate
        ? t('coverage.line', { ...counts, date: coverage.latestDate })
        : t('coverage.lineNoDate', counts)}
    </span>
  );
}
