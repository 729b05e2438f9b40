/**
 * Quality flags (partial year, estimate, lower bound, low-authority page …) as visible badges with
 * human labels, and "未审核" for a figure nobody has reviewed; unknown flags are shown as written.
 * Shared by every view that shows a number: a flag hidden in a tooltip is a flag not read.
 */
import type { ReviewStatus } from '@ipb/domain';
import { flagLabel, useT } from '@/i18n';

export function FlagBadges({
  flags,
  reviewStatus,
  inline = false,
}: {
  flags: readonly string[];
  reviewStatus?: ReviewStatus;
  /** Sit on the value's line (table cells) instead of below it. */
  inline?: boolean;
}) {
  const t = useT();
  const unreviewed = reviewStatus === 'extracted';
  if (!flags.length && !unreviewed) return null;
  return (
    <ul className={`badges${inline ? ' badges-inline' : ''}`} aria-label={t('flags.label')}>
      {flags.map((flag) => (
        <li key={flag} className="badge badge-warn" title={flag}>
          {flagLabel(t, flag)}
        </li>
      ))}
      {unreviewed && <li className="badge badge-muted">{t('sources.unreviewed')}</li>}
    </ul>
  );
}
