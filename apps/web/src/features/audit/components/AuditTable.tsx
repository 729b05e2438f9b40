/**
 * The audit entries: when, who, what (the action on which record), why, and each changed field
 * before and after. The time is the row's header, so it stays in view while the table scrolls.
 */

import { Link } from 'react-router';
import { ScrollBox } from '@/components/ui/ScrollBox';
import { isMessageKey, useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import type { AuditEntry } from '../api/get-audit';
import { auditChanges } from '../lib/audit-changes';

function Record({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const key = `audit.entity.${entry.entity}`;
  const kind = isMessageKey(key) ? t(key) : entry.entity;
  if (entry.entity === 'source') return <Link to={`/sources/${entry.entityId}`}>{`${kind} ${entry.entityId}`}</Link>;
  return (
    <span>
      {kind} <code {...dataProps(entry.entityId)}>{entry.entityId}</code>
    </span>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, lang } = useI18n();
  const when = (at: string) =>
    new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ScrollBox label={t('audit.caption')}>
      <table className="data-table audit-table" data-testid="audit-table">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.col.when')}</th>
            <th scope="col">{t('audit.col.who')}</th>
            <th scope="col">{t('audit.col.what')}</th>
            <th scope="col">{t('audit.col.why')}</th>
            <th scope="col">{t('audit.col.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const action = `audit.action.${entry.action}`;
            return (
              <tr key={entry.id} data-testid="audit-entry">
                <th scope="row">
                  <time dateTime={entry.at}>{when(entry.at)}</time>
                </th>
                <td {...dataProps(entry.actor)}>{entry.actor}</td>
                <td>
                  {isMessageKey(action) ? t(action) : <code>{entry.action}</code>} · <Record entry={entry} />
                </td>
                <td>{entry.reason ? <span {...dataProps(entry.reason)}>{entry.reason}</span> : '—'}</td>
                <td>
                  <dl className="audit-changes">
                    {auditChanges(entry.before, entry.after).map((c) => (
                      <div key={c.field}>
                        <dt>
                          <code>{c.field}</code>
                        </dt>
                        <dd {...dataProps(`${c.before ?? ''}${c.after}`)}>
                          {c.before !== null && (
                            <>
                              <del>{c.before}</del> →{' '}
                            </>
                          )}
                          <ins>{c.after}</ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
