/**
 * The file row by row, as it would be imported: each row's status (new, already imported, refused,
 * the template's example), the figure it adds (place, indicator, value, period, citation), and for
 * a refused row every problem by column, in the interface's language. Problems of the file as a
 * whole (an unclosed quote, a missing column) come first.
 */
import type { CsvCellProblem, CsvPreview } from '@ipb/domain';
import { unitLabel } from '@ipb/domain';
import { ScrollBox } from '@/components/ui/ScrollBox';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { fieldProblemText } from '@/lib/problem-text';

function Problems({ problems }: { problems: CsvCellProblem[] }) {
  const { t } = useI18n();
  return (
    <ul className="csv-row-problems">
      {problems.map((p) => (
        <li key={`${p.column}:${p.code}`}>
          {p.column && <code>{p.column}</code>} {fieldProblemText(t, { ...p, path: p.column })}
        </li>
      ))}
    </ul>
  );
}

export function CsvPreviewTable({ preview }: { preview: CsvPreview }) {
  const { t, lang } = useI18n();
  return (
    <>
      {preview.fileProblems.length > 0 && (
        <div className="status status-error" role="alert" data-testid="csv-file-problems">
          <p className="status-title">{t('import.fileProblems')}</p>
          <Problems problems={preview.fileProblems} />
        </div>
      )}
      {preview.rows.length > 0 && (
        <ScrollBox label={t('import.rowsCaption')}>
          <table className="data-table csv-preview" data-testid="csv-preview">
            <caption className="visually-hidden">{t('import.rowsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.col.line')}</th>
                <th scope="col">{t('import.col.status')}</th>
                <th scope="col">{t('import.col.place')}</th>
                <th scope="col">{t('import.col.indicator')}</th>
                <th scope="col">{t('import.col.value')}</th>
                <th scope="col">{t('import.col.period')}</th>
                <th scope="col">{t('import.col.source')}</th>
                <th scope="col">{t('import.col.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => {
                const f = row.figure;
                return (
                  <tr key={row.line} data-status={row.status} data-testid="csv-row">
                    <th scope="row" className="num">
                      {row.line}
                    </th>
                    <td>
                      <span className={`badge csv-status-${row.status}`}>{t(`import.status.${row.status}`)}</span>
                    </td>
                    <td>{f ? (lang === 'en' ? f.regionNameEn : f.regionName) : '—'}</td>
                    <td>{f ? (lang === 'en' ? f.indicatorNameEn : f.indicatorName) : '—'}</td>
                    <td className="num">
                      {f
                        ? `${f.value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')} ${unitLabel(f.unit, lang)}`
                        : '—'}
                    </td>
                    <td>{f ? `${f.year} · ${t(`kind.${f.kind}`)} · ${t(`period.${f.periodType}`)}` : '—'}</td>
                    <td>
                      {f ? (
                        <>
                          <span {...dataProps(f.sourceTitle)}>{f.sourceTitle}</span>
                          {f.documentNumber && <span {...dataProps(f.documentNumber)}> · {f.documentNumber}</span>}
                          {f.sourceUrl && <span className="small muted"> · {f.sourceUrl}</span>}
                          <q className="small" {...dataProps(f.quote)}>
                            {f.quote}
                          </q>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>{row.problems.length ? <Problems problems={row.problems} /> : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </>
  );
}
