/**
 * One labelled field of the entry form: label (and whether it is required), hint, error, then the
 * control, which gets its id, name and the aria attributes that tie the hint and the error to it.
 */
import type { ReactNode } from 'react';
import { useT } from '@/i18n';
import type { EntryField } from '../lib/measure-entry';
import { FieldError } from './FieldError';

export interface ControlProps {
  id: string;
  name: EntryField;
  required: boolean;
  'aria-invalid': true | undefined;
  'aria-describedby': string;
}

export function FormField({
  idPrefix,
  field,
  required = false,
  errors,
  children,
}: {
  idPrefix: string;
  field: EntryField;
  required?: boolean;
  errors: string[] | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  const t = useT();
  const id = `${idPrefix}-${field}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t(`inventory.field.${field}`)}
        {required && <span className="field-required">{t('inventory.required')}</span>}
      </label>
      <p id={hintId} className="field-hint">
        {t(`inventory.hint.${field}`)}
      </p>
      {errors && <FieldError id={errorId} field={field} messages={errors} />}
      {children({
        id,
        name: field,
        required,
        'aria-invalid': errors ? true : undefined,
        'aria-describedby': errors ? `${errorId} ${hintId}` : hintId,
      })}
    </div>
  );
}
