/**
 * Upload a new issue (editors): the file goes through the extraction pipeline and comes back as a
 * preview of every article, measure and figure, which the editor corrects or trims (audited) and
 * compares with the version already imported; nothing is imported until the editor confirms. Anonymous users get a login link,
 * viewers are told which role they need.
 */
import type { SourceHints } from '@ipb/domain';
import { type FormEvent, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useT } from '@/i18n';
import { ApiError } from '@/lib/api-client';
import { hasRole, loginHref, useSession } from '@/lib/session';
import { type UploadPreview, useConfirmUpload, useUploadSource } from '../api/upload-source';
import { HintFields } from './HintFields';
import { UploadDiff } from './UploadDiff';
import { UploadPreviewTable } from './UploadPreviewTable';
import { UploadReview } from './UploadReview';

/** The API refused to replace a version imported after this preview: the editor may insist. */
const isNewerVersion = (error: unknown) => error instanceof ApiError && error.code === 'newer-version-imported';

export function UploadPanel() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  return (
    <section className="panel upload-panel" aria-labelledby="upload-title">
      <h2 id="upload-title" className="panel-title">
        {t('upload.title')}
      </h2>
      {session.isPending ? (
        <Skeleton height={96} label={t('sourcesPage.loading')} />
      ) : !session.data?.user ? (
        <p>
          {t('upload.loginHint')} <Link to={loginHref(location)}>{t('upload.login')}</Link>
        </p>
      ) : !hasRole(session.data, 'editor') ? (
        <p>{t('upload.roleHint', { user: session.data.user.username, role: t(`role.${session.data.user.role}`) })}</p>
      ) : (
        <UploadForm />
      )}
    </section>
  );
}

function UploadForm() {
  const t = useT();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [hints, setHints] = useState<SourceHints>({});
  // The preview as the editor's corrections left it (each edit answers with the new preview).
  const [preview, setPreview] = useState<UploadPreview | null>(null);
  const upload = useUploadSource();
  const confirm = useConfirmUpload();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    confirm.reset();
    setPreview(null);
    upload.mutate({ file, hints }, { onSuccess: setPreview });
  };
  const discard = () => {
    upload.reset();
    confirm.reset();
    setPreview(null);
  };

  return (
    <>
      <form className="upload-form" onSubmit={onSubmit}>
        <label className="field-label" htmlFor={id}>
          {t('upload.file')}
        </label>
        <input
          id={id}
          className="input"
          type="file"
          accept=".txt,.md,text/plain,text/markdown"
          required
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <HintFields hints={hints} onChange={setHints} />
        <button type="submit" className="button" disabled={!file || upload.isPending}>
          {upload.isPending ? t('upload.uploading') : t('upload.submit')}
        </button>
      </form>
      {upload.isError && (
        <ErrorState title={t('upload.error')} hint={t('upload.errorHint')} error={upload.error} retryLabel="" />
      )}
      {preview && (
        <UploadPreviewTable preview={preview}>
          {preview.diff ? (
            <UploadDiff diff={preview.diff} />
          ) : (
            <p className="muted small">{t('uploadReview.firstVersion')}</p>
          )}
          <UploadReview preview={preview} onPreview={setPreview} />
          {confirm.data ? (
            <p className="status" role="status">
              {t('upload.done', {
                articles: confirm.data.articles,
                measures: confirm.data.measures,
                figures: confirm.data.observations,
              })}{' '}
              <Link to={`/sources/${confirm.data.sourceId}`}>{t('upload.open')}</Link>
            </p>
          ) : (
            <div className="upload-actions">
              <button
                type="button"
                className="button"
                disabled={confirm.isPending}
                onClick={() => confirm.mutate({ uploadId: preview.id })}
              >
                {confirm.isPending ? t('upload.confirming') : t('upload.confirm')}
              </button>
              <button type="button" className="button button-secondary" onClick={discard}>
                {t('upload.cancel')}
              </button>
            </div>
          )}
          {confirm.isError && (
            <ErrorState
              title={t('upload.confirmError')}
              hint={t('upload.errorHint')}
              error={confirm.error}
              retryLabel=""
            />
          )}
          {isNewerVersion(confirm.error) && preview && (
            <div className="upload-actions">
              <p>{t('upload.newerVersion')}</p>
              <button
                type="button"
                className="button button-secondary"
                disabled={confirm.isPending}
                onClick={() => confirm.mutate({ uploadId: preview.id, replaceNewer: true })}
              >
                {t('upload.replaceNewer')}
              </button>
            </div>
          )}
        </UploadPreviewTable>
      )}
    </>
  );
}
