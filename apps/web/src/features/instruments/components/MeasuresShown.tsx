/**
 * When an instrument's measures are more than the answer lists (the latest few of each place), how
 * many there are, and a button for all of them: nothing a reader relies on disappears silently.
 */
import type { InstrumentsResponse } from '@ipb/domain';
import { useI18n } from '@/i18n';

type Instrument = InstrumentsResponse['instruments'][number];

export function MeasuresShown({ instrument, onShowAll }: { instrument: Instrument; onShowAll: () => void }) {
  const { t } = useI18n();
  const total = instrument.benchmarkMeasuresTotal + instrument.measuresWithoutTermsTotal;
  const listed = instrument.benchmarkMeasures.length + instrument.measuresWithoutTerms.length;
  if (listed >= total) return null;
  return (
    <p className="muted small" data-testid="instrument-measures-more">
      {t('instruments.measuresShown', { total, count: listed })}{' '}
      <button type="button" className="button button-secondary" onClick={onShowAll}>
        {t('instruments.measuresAll', { total })}
      </button>
    </p>
  );
}
