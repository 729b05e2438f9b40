/**
 * Why a CSV was refused: every problem with its line (as a spreadsheet numbers it, header = 1) and
 * column, so the editor can find the cell, worded in the interface's language from its code. The
 * heading takes the focus when the list appears (mounted once per upload: the parent keys it).
 */
import { useEffect, useRef } from 'react';
import { useT } from '@/i18n';
import { fieldProblemText } from '@/lib/problem-text';
import type { CsvProblem } from '../lib/csv-problems';

export function CsvProblemList({ problems }: { problems: CsvProblem[] }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="csv-problems" data-testid="csv-problems">
      <h3 ref={heading} tabIndex={-1} className="csv-problems-title">
        {t('inventory.csv.problems', { count: problems.length })}
      </h3>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('inventory.csv.problemsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('inventory.csv.line')}
              </th>
              <th scope="col">{t('inventory.csv.column')}</th>
              <th scope="col">{t('inventory.csv.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id, and one line and column can have two
              <tr key={i}>
                <td className="num">{p.line ?? t('inventory.csv.wholeFile')}</td>
                <td>
                  <code>{p.column}</code>
                </td>
                <td>{fieldProblemText(t, p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
