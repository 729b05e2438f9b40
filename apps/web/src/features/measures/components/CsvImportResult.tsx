/**
 * What an accepted CSV did: new rows, a replaced earlier import of the same file name, or nothing
 * (the same file again). Mounted once per upload (the parent keys it) and focused then.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { type MessageKey, useT } from '@/i18n';
import type { MeasureCsvImport } from '../api/import-measures';

const MESSAGE: Record<MeasureCsvImport['status'], MessageKey> = {
  new: 'inventory.csv.new',
  replaced: 'inventory.csv.replaced',
  unchanged: 'inventory.csv.unchanged',
};

export function CsvImportResult({ result }: { result: MeasureCsvImport }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="entry-result" role="status" data-testid="csv-result">
      <p className="entry-result-title">{t(MESSAGE[result.status], { rows: result.rows })}</p>
      <p className="entry-result-links">
        {result.status !== 'unchanged' && <Link to="/review">{t('inventory.csv.openReview')}</Link>}
        <Link to={`/sources/${result.sourceId}`}>{t('inventory.csv.openSource')}</Link>
      </p>
    </div>
  );
}
