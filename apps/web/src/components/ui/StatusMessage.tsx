/** Empty and error states that say what happened and what to do next. */
import type { ReactNode } from 'react';
import { useT } from '@/i18n';
import { ApiError, ContractError } from '@/lib/api-client';
import { fieldProblemText, problemText } from '@/lib/problem-text';

export function EmptyState({ title, hint, children }: { title: string; hint?: string; children?: ReactNode }) {
  return (
    <div className="status status-empty" role="status">
      <p className="status-title">{title}</p>
      {hint && <p className="status-hint">{hint}</p>}
      {children}
    </div>
  );
}

/**
 * A failure: what happened (title), what to do (hint), and the reason in the reader's language (an
 * API problem worded from its code, each field problem with where it is). Only a technical failure
 * (a contract break, a crash) shows its raw message, for the administrator.
 */
export function ErrorState({
  title,
  hint,
  error,
  retryLabel,
  onRetry,
}: {
  title: string;
  hint: string;
  error: unknown;
  retryLabel: string;
  onRetry?: () => void;
}) {
  const t = useT();
  const fields = error instanceof ApiError ? error.errors : [];
  return (
    <div className="status status-error" role="alert">
      <p className="status-title">{title}</p>
      <p className="status-hint">{hint}</p>
      <p className="status-detail">{problemText(t, error)}</p>
      {fields.length > 0 && (
        <ul className="status-fields">
          {fields.map((f) => (
            <li key={`${f.path}:${f.message}`}>
              <code>{f.path}</code> {fieldProblemText(t, f)}
            </li>
          ))}
        </ul>
      )}
      {error instanceof ContractError && (
        <p className="status-detail">
          <code lang="en">{error.message}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}

/** A grey block of fixed height so the page does not jump when the content arrives. */
export function Skeleton({ height, label }: { height: number; label: string }) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
