/**
 * The one form around an upload item's change (drop, place correction, figure correction): its own
 * fields, then why (required: the audit log records it), what is wrong, and save or cancel.
 */
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useT } from '@/i18n';

export function ItemForm({
  label,
  submitLabel,
  busy,
  check = () => null,
  onSubmit,
  onClose,
  children,
}: {
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  busy: boolean;
  /** What is wrong with the form's own fields, checked before the reason; null when nothing. */
  check?: () => string | null;
  /** Called with the trimmed reason once everything is filled in; the form closes after it. */
  onSubmit: (reason: string) => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields = check();
    setReasonMissing(!fields && !reason.trim());
    if (fields || !reason.trim()) return setProblem(fields ?? t('uploadReview.reasonMissing'));
    onSubmit(reason.trim());
    onClose();
  };
  return (
    <form className="item-form" onSubmit={submit} aria-label={label}>
      {children}
      <label className="field-label" htmlFor={`${id}-reason`}>
        {t('uploadReview.reason')}
      </label>
      <input
        id={`${id}-reason`}
        className="input"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={reasonMissing}
      />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button-small" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={onClose}>
        {t('uploadReview.cancel')}
      </button>
    </form>
  );
}
