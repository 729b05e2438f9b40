/**
 * "展开全文": a measure's whole text. Compare's body carries only its first characters
 * (`textChars` says how long the whole is), so the whole is fetched the first time it is opened;
 * a measure that came whole (the "显示全部" pages) shows it at once.
 */
import type { MeasureBrief } from '@ipb/domain';
import { useState } from 'react';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { useMeasureText } from '../api/get-measure-text';

export function MeasureFullText({ measure }: { measure: MeasureBrief }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const partial = measure.textChars !== undefined;
  const whole = useMeasureText(measure.id, partial && open);
  const text = partial ? whole.data?.text : measure.text;
  return (
    <details className="measure-full" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('compare.fullText')}</summary>
      {text !== undefined ? (
        <p className="small" {...dataProps(text)}>
          {text}
        </p>
      ) : whole.isError ? (
        <p className="status-error small" role="alert">
          {t('compare.fullTextError', { message: whole.error.message })}
        </p>
      ) : (
        <p className="muted small">
          <span {...dataProps(measure.text)}>{measure.text}</span>… {t('compare.fullTextLoading')}
        </p>
      )}
    </details>
  );
}
