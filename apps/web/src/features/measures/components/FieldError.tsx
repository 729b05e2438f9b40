/**
 * A field's problem: what the field needs, then what the server found wrong, both in the interface
 * language (the server's problems are worded from their codes).
 */
import { useT } from '@/i18n';
import type { EntryField } from '../lib/measure-entry';

export function FieldError({ id, field, messages }: { id: string; field: EntryField; messages: string[] }) {
  const t = useT();
  return (
    <p id={id} className="form-error field-error" data-testid={`error-${field}`}>
      {t(`inventory.error.${field}`)} <span className="field-error-detail">{messages.join(' · ')}</span>
    </p>
  );
}
