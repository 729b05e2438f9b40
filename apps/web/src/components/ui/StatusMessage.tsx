/** Empty and error states that say what happened and what to do next. */
import type { ReactNode } from 'react';

export function EmptyState({ title, hint, children }: { title: string; hint?: string; children?: ReactNode }) {
  return (
    <div className="status status-empty" role="status">
      <p className="status-title">{title}</p>
      {hint && <p className="status-hint">{hint}</p>}
      {children}
    </div>
  );
}

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
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="status status-error" role="alert">
      <p className="status-title">{title}</p>
      <p className="status-hint">{hint}</p>
      <p className="status-detail">
        <code>{message}</code>
      </p>
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
