/** How a place is compared with the benchmark: "按 2022 比较", or "年份不同" (no difference computed). */
import { useT } from '@/i18n';
import type { PlaceComparison } from '../lib/place-comparison';

export function PeriodBadge({ comparison }: { comparison: PlaceComparison }) {
  const t = useT();
  if (comparison.kind === 'common_period') {
    return (
      <span className="badge badge-period" data-testid="period-badge">
        {t('comparability.commonPeriod', { period: comparison.period })}
      </span>
    );
  }
  if (comparison.kind === 'different_periods') {
    return (
      <span className="badge badge-warn" title={t('comparability.periodsDifferHint')} data-testid="period-badge">
        {t('comparability.periodsDiffer')}
        <span className="visually-hidden">{t('comparability.periodsDifferHint')}</span>
      </span>
    );
  }
  return null;
}
