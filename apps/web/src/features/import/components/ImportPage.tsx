/**
 * /import (editors): the bureau's own figures from a CSV. Download the template, choose the file,
 * see every row as it would be imported (with each problem by row and column), then confirm. Rows
 * enter the review queue as bureau entries citing their source; rows already imported are skipped.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { EditorGate } from '@/components/ui/EditorGate';
import { ErrorState } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useImportCsv } from '../api/import-csv';
import { figuresTemplateHref, usePreviewCsv } from '../api/preview-csv';
import { CsvPreviewTable } from './CsvPreviewTable';
import './import.css';

function ImportFlow() {
  const { t } = useI18n();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewCsv();
  const confirm = useImportCsv();
  const data = preview.data;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    confirm.reset();
    preview.mutate(file);
  };

  return (
    <>
      <section className="panel" aria-labelledby={`${id}-template`}>
        <h2 id={`${id}-template`} className="panel-title">
          {t('import.step.template')}
        </h2>
        <p className="field-hint">{t('import.templateHint')}</p>
        <a className="button button-secondary" href={figuresTemplateHref} download>
          {t('import.template')}
        </a>
      </section>
      <section className="panel" aria-labelledby={`${id}-file`}>
        <h2 id={`${id}-file`} className="panel-title">
          {t('import.step.file')}
        </h2>
        <form className="upload-form" onSubmit={submit}>
          <label className="field-label" htmlFor={`${id}-input`}>
            {t('import.file')}
          </label>
          <input
            id={`${id}-input`}
            className="input"
            type="file"
            accept=".csv,text/csv"
            required
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              preview.reset();
              confirm.reset();
            }}
          />
          <button type="submit" className="button" disabled={!file || preview.isPending}>
            {preview.isPending ? t('import.previewing') : t('import.preview')}
          </button>
        </form>
        {preview.isError && (
          <ErrorState
            title={t('import.previewError')}
            hint={t('import.errorHint')}
            error={preview.error}
            retryLabel=""
          />
        )}
      </section>
      {data && file && (
        <section className="panel" aria-labelledby={`${id}-rows`} data-testid="csv-preview-panel">
          <h2 id={`${id}-rows`} className="panel-title">
            {t('import.step.preview', { file: data.fileName ?? file.name })}
          </h2>
          <p role="status" data-testid="csv-counts">
            {t('import.counts', {
              rows: data.counts.rows,
              new: data.counts.new,
              exists: data.counts.exists,
              refused: data.counts.refused,
            })}
          </p>
          <CsvPreviewTable preview={data} />
          <ConfirmBar importable={data.importable} file={file} confirm={confirm} />
        </section>
      )}
    </>
  );
}

function ConfirmBar({
  importable,
  file,
  confirm,
}: {
  importable: boolean;
  file: File;
  confirm: ReturnType<typeof useImportCsv>;
}) {
  const { t } = useI18n();
  const result = confirm.data;
  const done = result
    ? t(result.added ? 'import.done' : 'import.unchanged', { added: result.added, unchanged: result.unchanged })
    : '';
  return (
    <div className="import-confirm">
      {!importable && <p className="form-error">{t('import.fixFirst')}</p>}
      <button
        type="button"
        className="button"
        disabled={!importable || confirm.isPending || Boolean(result)}
        onClick={() => confirm.mutate(file)}
      >
        {confirm.isPending ? t('import.importing') : t('import.confirm')}
      </button>
      {result && (
        <div className="status" role="status" data-testid="csv-result">
          <p className="status-title">{done}</p>
          {result.sourceIds.map((sourceId) => (
            <p key={sourceId}>
              <Link to={`/review?source=${sourceId}`}>{t('import.toReview')}</Link> ·{' '}
              <Link to={`/sources/${sourceId}`}>{t('import.toSource')}</Link>
            </p>
          ))}
          <p>
            <Link to="/audit?entity=csv">{t('import.toAudit')}</Link>
          </p>
        </div>
      )}
      {confirm.isError && (
        <ErrorState title={t('import.importError')} hint={t('import.errorHint')} error={confirm.error} retryLabel="" />
      )}
    </div>
  );
}

export function ImportPage() {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${t('import.title')} · ${t('app.title')}`;
  }, [t]);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('import.title')}</h1>
        <p className="muted">{t('import.intro')}</p>
      </header>
      <EditorGate>
        <ImportFlow />
      </EditorGate>
    </div>
  );
}
