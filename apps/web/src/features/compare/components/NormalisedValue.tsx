/** A normalised number: linked to its numerator's sentence, with both figures' badges and the denominator line. */
import type { LatestValue } from '@ipb/domain';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { CitationLink } from '@/components/ui/CitationLink';
import { FlagBadges } from '@/components/ui/FlagBadges';
import { useI18n } from '@/i18n';
import { type DisplayScale, formatNumber } from '../lib/format-compare';
import type { NormalisedViewId } from '../lib/place-comparison';
import { DenominatorLine } from './DenominatorLine';

export function NormalisedValue({
  value,
  numerator,
  denominator,
  view,
  scale,
}: {
  value: number;
  numerator: LatestValue;
  denominator: LatestValue | null;
  view: NormalisedViewId;
  scale: DisplayScale;
}) {
  const { lang } = useI18n();
  return (
    <div className="compared-value" data-testid="compared-value">
      <span className="compared-number">
        <CitationLink citation={numerator.citation}>{formatNumber(value / scale.factor, lang)}</CitationLink>
        {numerator.year !== null && <span className="muted"> ({numerator.year})</span>}
      </span>
      <AuthorityBadge authority={numerator.authority} />
      <FlagBadges flags={numerator.flags} inline />
      {denominator && <DenominatorLine value={denominator} view={view} />}
    </div>
  );
}
