/**
 * What the pipeline extracted from an uploaded file: the authority class the rules give it (with
 * the rule, so the editor can check it before confirming), articles with place and counts, and
 * parse notes.
 */
import type { ReactNode } from 'react';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { AuthorityReason } from '@/components/ui/AuthorityReason';
import { isMessageKey, type MessageKey, useT } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import type { UploadPreview } from '../api/upload-source';
import './source-authority.css';

type PreviewArticle = UploadPreview['articles'][number];

/** The place, how it is known when the text does not name it (issue 9), or that a reviewer must say. */
function PlaceCell({ article: a }: { article: PreviewArticle }) {
  const t = useT();
  if (!a.regionName)
    return <span className="muted">{a.placeReview ? t('upload.placeReview') : t('upload.noRegion')}</span>;
  const evidence = a.placeEvidence && a.placeEvidence !== 'named' ? a.placeEvidence : null;
  return (
    <>
      <span {...dataProps(a.regionName)}>{a.regionName}</span>
      {evidence && (
        <span className="muted small" title={a.placeNote ?? undefined}>
          {' '}
          {t('upload.placeEvidenceNote', { how: t(`upload.placeEvidence.${evidence}`) })}
        </span>
      )}
    </>
  );
}

/**
 * A parse note in the reader's language, by its code; what it is about (an article's title, quoted
 * in the pipeline's message) is data, shown as written.
 */
function IssueText({ issue }: { issue: UploadPreview['issues'][number] }) {
  const t = useT();
  const key = `issue.${issue.code}`;
  const about = /“([^”]+)”/.exec(issue.message)?.[1];
  return (
    <>
      <strong>{t(`issue.severity.${issue.severity}` as MessageKey)}</strong>{' '}
      {isMessageKey(key) ? t(key) : t('issue.other')}
      {about && (
        <>
          {': '}
          <q {...dataProps(about)}>{about}</q>
        </>
      )}{' '}
      <code className="muted small">{issue.code}</code>
    </>
  );
}

export function UploadPreviewTable({ preview, children }: { preview: UploadPreview; children: ReactNode }) {
  const t = useT();
  return (
    <section className="upload-preview" aria-labelledby="upload-preview-title">
      <h3 id="upload-preview-title">{t('upload.preview', { title: preview.title })}</h3>
      <p className="muted small">{t('upload.previewHint')}</p>
      <p className="upload-authority small" data-testid="upload-authority">
        <strong>{t('upload.authority')}</strong>
        <AuthorityBadge authority={preview.authority} />
        <AuthorityReason reason={preview.authorityReason} />
        <span className="muted">{t('upload.authorityHint')}</span>
      </p>
      {preview.alreadyImported && (
        <p className="status status-empty" role="note">
          {t('upload.alreadyImported')}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('upload.preview', { title: preview.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('upload.articles')}</th>
              <th scope="col">{t('upload.region')}</th>
              <th scope="col" className="num">
                {t('upload.measures')}
              </th>
              <th scope="col" className="num">
                {t('upload.figures')}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.articles.map((a, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: articles of one preview are listed in file order
              <tr key={i}>
                <th scope="row" {...dataProps(a.title)}>
                  {a.title}
                </th>
                <td>
                  <PlaceCell article={a} />
                </td>
                <td className="num">{a.measures}</td>
                <td className="num">{a.figures}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="upload-issues" open={preview.issues.some((i) => i.severity === 'error')}>
        <summary>{t('upload.issues', { count: preview.issues.length })}</summary>
        {preview.issues.length === 0 ? (
          <p className="muted small">{t('upload.noIssues')}</p>
        ) : (
          <ul>
            {preview.issues.map((issue, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id
              <li key={i} className={`issue issue-${issue.severity}`}>
                <IssueText issue={issue} />
              </li>
            ))}
          </ul>
        )}
      </details>
      {children}
    </section>
  );
}
