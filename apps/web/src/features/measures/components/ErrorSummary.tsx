/**
 * Above the form after a refused save: how many things to fix (each is also next to its field),
 * and any problem the API reported for no field of the form, so no message is lost. Any other
 * failure (session expired, CSRF, server down) is shown with the server's words.
 */
import { ErrorState } from '@/components/ui/StatusMessage';
import { useT } from '@/i18n';
import { ApiError } from '@/lib/api-client';
import { fieldProblemText } from '@/lib/problem-text';
import type { SortedProblems } from '../lib/field-errors';

export function ErrorSummary({ error, problems }: { error: Error; problems: SortedProblems | null }) {
  const t = useT();
  if (!(error instanceof ApiError) || !problems) {
    return (
      <ErrorState title={t('inventory.saveError')} hint={t('inventory.saveErrorHint')} error={error} retryLabel="" />
    );
  }
  const count = Object.keys(problems.fields).length + problems.other.length;
  return (
    <div className="form-error-summary" role="alert">
      <p className="form-error">{t('inventory.errorSummary', { count })}</p>
      {problems.other.length > 0 && (
        <ul>
          {problems.other.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <code>{p.path}</code> {fieldProblemText(t, p)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
