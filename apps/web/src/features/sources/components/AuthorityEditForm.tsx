/**
 * An editor overrides a source's authority class: a class and a reason (the API's own schema says
 * what is enough), sent as PATCH /api/sources/:id. Uncontrolled fields, read on submit, like the
 * review forms: a refetch while the editor types never resets them.
 */
import { AUTHORITY_CLASSES, type Authority, SourceAuthorityPatchSchema, type SourceSummary } from '@ipb/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ErrorState } from '@/components/ui/StatusMessage';
import { type MessageKey, useT } from '@/i18n';
import { usePatchSourceAuthority } from '../api/patch-source-authority';

export function AuthorityEditForm({
  source,
  onDone,
  onCancel,
}: {
  source: Pick<SourceSummary, 'id' | 'authority'>;
  onDone: (updated: SourceSummary) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const patch = usePatchSourceAuthority();
  const [error, setError] = useState<MessageKey | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const parsed = SourceAuthorityPatchSchema.safeParse({
      authority: data.get('authority'),
      reason: String(data.get('reason') ?? ''),
    });
    if (!parsed.success) return setError('sourceAuthority.reasonMissing');
    if (parsed.data.authority === source.authority) return setError('sourceAuthority.same');
    setError(null);
    patch.mutate({ id: source.id, patch: parsed.data }, { onSuccess: onDone });
  };

  const label = (a: Authority) =>
    `${t(`authority.${a}`)} — ${t(`authority.${a}.hint`)}${a === source.authority ? ` ${t('sourceAuthority.current')}` : ''}`;

  return (
    <form className="authority-form" onSubmit={submit} noValidate aria-label={t('sourceAuthority.formTitle')}>
      <label className="field-label" htmlFor={`${id}-class`}>
        {t('sourceAuthority.class')}
      </label>
      <select id={`${id}-class`} ref={select} name="authority" className="input" defaultValue={source.authority}>
        {AUTHORITY_CLASSES.map((a) => (
          <option key={a} value={a}>
            {label(a)}
          </option>
        ))}
      </select>
      <label className="field-label" htmlFor={`${id}-reason`}>
        {t('sourceAuthority.why')}
      </label>
      <textarea
        id={`${id}-reason`}
        name="reason"
        className="input"
        rows={2}
        maxLength={1000}
        required
        aria-invalid={error === 'sourceAuthority.reasonMissing' || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {t(error)}
        </p>
      )}
      {patch.isError && (
        <ErrorState
          title={t('sourceAuthority.error')}
          hint={t('sourceAuthority.errorHint')}
          error={patch.error}
          retryLabel=""
        />
      )}
      <div className="authority-form-actions">
        <button type="submit" className="button" disabled={patch.isPending}>
          {patch.isPending ? t('sourceAuthority.saving') : t('sourceAuthority.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('sourceAuthority.cancel')}
        </button>
      </div>
    </form>
  );
}
