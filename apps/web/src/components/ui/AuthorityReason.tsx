/**
 * Why a source has its authority class. The rules in @ipb/domain (authority.ts) state their reason
 * in English; each known wording is said in the reader's language here (with its host), and an
 * editor's own reason is data, shown as written.
 */
import { type MessageKey, useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';

const RULES: Array<[RegExp, MessageKey]> = [
  [/^entered by the bureau/, 'authorityReason.bureau'],
  [/^an issue of the bureau bulletin/, 'authorityReason.bulletin'],
  [/^the page is marked low-authority/, 'authorityReason.markedLow'],
  [/^a statistics office or statistical release/, 'authorityReason.statistics'],
  [/^a government host \((.+)\)$/, 'authorityReason.governmentHost'],
  [/^published by a government body/, 'authorityReason.government'],
  [/^a state-media host \((.+)\)$/, 'authorityReason.stateMediaHost'],
  [/^a state-media publisher/, 'authorityReason.stateMedia'],
  [/^a self-media or portal host \((.+)\)$/, 'authorityReason.portalHost'],
  [/^a blog, mirror or self-media page/, 'authorityReason.blog'],
  [/^no official publisher or host recognised/, 'authorityReason.reprint'],
];

export function AuthorityReason({ reason }: { reason: string }) {
  const { t } = useI18n();
  for (const [pattern, key] of RULES) {
    const m = pattern.exec(reason);
    if (m)
      return <span className="muted">{t('sourceAuthority.reason', { reason: t(key, { host: m[1] ?? '' }) })}</span>;
  }
  return (
    <span className="muted">
      {t('sourceAuthority.reason', { reason: '' })}
      <span {...dataProps(reason)}>{reason}</span>
    </span>
  );
}
