/** One compared figure: the value linking to its sentence, its year, and its trust badges. */
import type { LatestValue } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';
import { TrustBadges } from '@/components/ui/TrustBadges';
import { useI18n } from '@/i18n';
import { type DisplayScale, formatLatest } from '../lib/format-compare';

export function ComparedValue({ value, scale }: { value: LatestValue; scale: DisplayScale }) {
  const { lang } = useI18n();
  const text = formatLatest(value, scale, lang);
  const withUnit = (v: Pick<LatestValue, 'value' | 'qualifier'>) => `${formatLatest(v, scale, lang)} ${scale.unit}`;
  return (
    <div className="compared-value" data-testid="compared-value">
      <span className="compared-number">
        <CitationLink citation={value.citation}>{text}</CitationLink>
        {value.year !== null && <span className="muted"> ({value.year})</span>}
      </span>
      <TrustBadges value={value} text={withUnit(value)} format={withUnit} />
    </div>
  );
}
