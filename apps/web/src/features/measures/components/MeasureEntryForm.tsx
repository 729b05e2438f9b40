/**
 * One bureau measure (POST /api/measures). The API is the one judge of what is valid: the form sends
 * what was typed and puts each problem of a 400 next to its field (body.title → the title), then
 * focuses the first field to fix. On success the confirmation takes the focus and the form is
 * cleared for the next entry. Uncontrolled fields, read on submit, like the review forms.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '@/i18n';
import { ApiError } from '@/lib/api-client';
import { fieldProblemText } from '@/lib/problem-text';
import { type MeasureCreated, useCreateMeasure } from '../api/create-measure';
import { sortProblems } from '../lib/field-errors';
import { buildMeasureInput } from '../lib/measure-entry';
import { EntryConfirmation } from './EntryConfirmation';
import { ErrorSummary } from './ErrorSummary';
import { FormField } from './FormField';
import { PlaceSelect } from './PlaceSelect';
import { ThemeChecklist } from './ThemeChecklist';

/** The first control with a problem, in form order (a theme error focuses the first box). */
const INVALID = '[aria-invalid="true"], [data-invalid="true"] input';

export function MeasureEntryForm() {
  const t = useT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const create = useCreateMeasure();
  const [created, setCreated] = useState<{ result: MeasureCreated; title: string } | null>(null);
  // Bumped by each refused save: the first invalid field takes the focus once it has rendered.
  const [refused, setRefused] = useState(0);
  const problems =
    create.error instanceof ApiError && create.error.errors.length
      ? sortProblems(create.error.errors, (p) => fieldProblemText(t, p))
      : null;
  const errors = problems?.fields ?? {};

  useEffect(() => {
    if (refused) form.current?.querySelector<HTMLElement>(INVALID)?.focus();
  }, [refused]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const input = buildMeasureInput(new FormData(e.currentTarget));
    setCreated(null);
    create.mutate(input, {
      onSuccess: (result) => {
        setCreated({ result, title: input.title });
        form.current?.reset();
      },
      onError: () => setRefused((n) => n + 1),
    });
  };

  return (
    <div className="panel">
      <h2 id={`${id}-heading`} className="panel-title">
        {t('inventory.formTitle')}
      </h2>
      {created && <EntryConfirmation key={created.result.id} created={created.result} title={created.title} />}
      {create.error && <ErrorSummary error={create.error} problems={problems} />}
      <form ref={form} className="entry-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        <FormField idPrefix={id} field="region" errors={errors.region}>
          {(control) => <PlaceSelect {...control} />}
        </FormField>
        <ThemeChecklist idPrefix={id} errors={errors.themes} />
        <FormField idPrefix={id} field="title" required errors={errors.title}>
          {(control) => <input {...control} className="input" maxLength={200} />}
        </FormField>
        <FormField idPrefix={id} field="text" required errors={errors.text}>
          {(control) => <textarea {...control} className="input" rows={5} maxLength={20000} />}
        </FormField>
        <FormField idPrefix={id} field="date" required errors={errors.date}>
          {(control) => <input {...control} className="input input-date" type="date" />}
        </FormField>
        <FormField idPrefix={id} field="programs" errors={errors.programs}>
          {(control) => <input {...control} className="input" />}
        </FormField>
        <FormField idPrefix={id} field="document" errors={errors.document}>
          {(control) => <input {...control} className="input" maxLength={300} />}
        </FormField>
        <FormField idPrefix={id} field="url" errors={errors.url}>
          {(control) => <input {...control} className="input" type="url" inputMode="url" />}
        </FormField>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('inventory.saving') : t('inventory.submit')}
        </button>
      </form>
    </div>
  );
}
