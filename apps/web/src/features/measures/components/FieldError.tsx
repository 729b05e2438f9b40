/**
 * A field's problem: what to do, in the interface language (the API's messages are English and
 * name the rule, not the field), then the server's own words for the detail, marked as English.
 */
import { useT } from '@/i18n';
import type { EntryField } from '../lib/measure-entry';

export function FieldError({ id, field, messages }: { id: string; field: EntryField; messages: string[] }) {
  const t = useT();
  return (
    <p id={id} className="form-error field-error" data-testid={`error-${field}`}>
      {t(`inventory.error.${field}`)}{' '}
      <span className="field-error-detail">
        {t('inventory.error.server')}
        <span lang="en">{messages.join('; ')}</span>
      </span>
    </p>
  );
}
