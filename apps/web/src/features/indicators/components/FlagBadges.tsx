import type { ReviewStatus } from '@ipb/domain';
import { flagLabel, useT } from '@/i18n';

/** Quality flags as visible badges with human labels; unknown flags are shown as written. */
export function FlagBadges({ flags, reviewStatus }: { flags: readonly string[]; reviewStatus?: ReviewStatus }) {
  const t = useT();
  const unreviewed = reviewStatus === 'extracted';
  if (!flags.length && !unreviewed) return null;
  return (
    <ul className="badges" aria-label={t('flags.label')}>
      {flags.map((flag) => (
        <li key={flag} className="badge badge-warn" title={flag}>
          {flagLabel(t, flag)}
        </li>
      ))}
      {unreviewed && <li className="badge badge-muted">{t('sources.unreviewed')}</li>}
    </ul>
  );
}
