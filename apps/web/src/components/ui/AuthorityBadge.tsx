/**
 * A source's authority class as a visible badge, with its meaning as a tooltip. Every number the
 * dashboard shows sits next to one (docs/decisions/011): official classes read calm, reprints and
 * low-authority sources read as a warning.
 */
import type { Authority } from '@ipb/domain';
import { useT } from '@/i18n';
import './badges.css';

const TONE: Record<Authority, string> = {
  official_statistics: 'badge-official',
  bureau_entry: 'badge-official',
  government: 'badge-official',
  state_media: 'badge-muted',
  bulletin: 'badge-muted',
  news_reprint: 'badge-warn',
  low_authority: 'badge-danger',
};

export function AuthorityBadge({
  authority,
  reason,
}: {
  authority: Authority;
  /** The rule that classed the source (or an editor's reason), when known: added to the tooltip. */
  reason?: string;
}) {
  const t = useT();
  const hint = `${t('authority.label')}: ${t(`authority.${authority}.hint`)}`;
  return (
    <span
      className={`badge badge-authority ${TONE[authority]}`}
      title={reason ? `${hint} (${reason})` : hint}
      data-authority={authority}
    >
      {t(`authority.${authority}`)}
    </span>
  );
}
