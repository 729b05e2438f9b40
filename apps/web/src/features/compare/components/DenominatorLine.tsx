/** "÷ 常住人口 949.11 万人 (2022)": the denominator of a normalised value, cited like any figure. */
import type { LatestValue } from '@ipb/domain';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { CitationLink } from '@/components/ui/CitationLink';
import { FlagBadges } from '@/components/ui/FlagBadges';
import { useI18n } from '@/i18n';
import { formatDenominator } from '../lib/format-compare';
import type { NormalisedViewId } from '../lib/place-comparison';

export function DenominatorLine({ value, view }: { value: LatestValue; view: NormalisedViewId }) {
  const { t, lang } = useI18n();
  return (
    <div className="denominator small muted" data-testid="denominator">
      <CitationLink citation={value.citation}>
        {t('compare.dividedBy', {
          denominator: t(`compare.denominator.${view}`),
          value: formatDenominator(value, lang),
        })}
      </CitationLink>
      {value.year !== null && <span> ({value.year})</span>}
      <AuthorityBadge authority={value.authority} />
      <FlagBadges flags={value.flags} inline />
    </div>
  );
}
