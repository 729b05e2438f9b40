/**
 * Many bureau measures at once (POST /api/measures/import): the template to start from, the theme
 * ids its themes column takes, the file, then what the import did or, for a refused file (422,
 * nothing saved), every problem by line and column.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { ErrorState } from '@/components/ui/StatusMessage';
import { useT } from '@/i18n';
import { ApiError } from '@/lib/api-client';
import { measuresTemplateHref, useImportMeasures } from '../api/import-measures';
import { csvProblems } from '../lib/csv-problems';
import { CsvImportResult } from './CsvImportResult';
import { CsvProblemList } from './CsvProblemList';
import { ThemeIdList } from './ThemeIdList';

export function CsvImportPanel() {
  const t = useT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportMeasures();
  // A 422 lists what is wrong with the file; any other failure (401, 415, 500) is shown as it is.
  const problems =
    upload.error instanceof ApiError && upload.error.status === 422 && upload.error.errors.length > 0
      ? csvProblems(upload.error.errors)
      : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    upload.mutate(file, {
      onSuccess: () => {
        form.current?.reset();
        setFile(null);
      },
    });
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel-title">
        {t('inventory.csv.title')}
      </h2>
      <p className="field-hint">{t('inventory.csv.intro')}</p>
      <p className="field-hint">{t('inventory.csv.replaceNote')}</p>
      <p>
        <a className="button button-secondary" href={measuresTemplateHref} download>
          {t('inventory.csv.template')}
        </a>
      </p>
      <ThemeIdList />
      <form ref={form} className="upload-form" onSubmit={submit}>
        <label className="field-label" htmlFor={`${id}-file`}>
          {t('inventory.csv.file')}
        </label>
        <input
          id={`${id}-file`}
          className="input"
          type="file"
          name="file"
          accept=".csv,text/csv"
          required
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <button type="submit" className="button" disabled={!file || upload.isPending}>
          {upload.isPending ? t('inventory.csv.uploading') : t('inventory.csv.submit')}
        </button>
      </form>
      {upload.data && <CsvImportResult key={upload.submittedAt} result={upload.data} />}
      {problems ? (
        <CsvProblemList key={upload.submittedAt} problems={problems} />
      ) : (
        upload.isError && (
          <ErrorState
            title={t('inventory.csv.error')}
            hint={t('inventory.csv.errorHint')}
            error={upload.error}
            retryLabel=""
          />
        )
      )}
    </section>
  );
}
