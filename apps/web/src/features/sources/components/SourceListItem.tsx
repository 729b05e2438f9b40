/** One source in the list: its name (to the reader), kind, publisher, import date and authority. */
import type { SourceSummary } from '@ipb/domain';
import { Link } from 'react-router';
import { type MessageKey, useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { sourceLabel } from '../lib/source-label';
import { SourceAuthority } from './SourceAuthority';

export function SourceListItem({ source }: { source: SourceSummary }) {
  const { t, lang } = useI18n();
  const date = new Date(source.importedAt).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  const label = sourceLabel(source, lang);
  return (
    <li className={`source-item source-${source.type}`} data-testid="source-item">
      <Link to={`/sources/${source.id}`} className="source-title" {...dataProps(label)}>
        {label}
      </Link>
      <span className="badge">{t(`sourcesPage.type.${source.type}` as MessageKey)}</span>
      <span className="muted small">
        {source.publisher && <span {...dataProps(source.publisher)}>{source.publisher} · </span>}
        {t('sourcesPage.imported', { date })}
      </span>
      <SourceAuthority source={source} title={label} />
    </li>
  );
}
