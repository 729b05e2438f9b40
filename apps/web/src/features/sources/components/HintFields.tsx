/**
 * The upload form's optional source hints (issue 9): the page's address, the publisher and the
 * place. A text that only says 我市/全区 is placed from them; without them it is left for review.
 */
import type { SourceHints } from '@ipb/domain';
import { useId } from 'react';
import { type MessageKey, useT } from '@/i18n';
import './upload-hints.css';

// The address stays plain text (inputMode url): 'kjj.example.gov.cn' without a scheme is a fine hint.
const FIELDS = [
  { name: 'url', mode: 'url', max: 2000 },
  { name: 'publisher', mode: 'text', max: 200 },
  { name: 'place', mode: 'text', max: 100 },
] as const;

export function HintFields({ hints, onChange }: { hints: SourceHints; onChange: (h: SourceHints) => void }) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="upload-hints">
      <legend className="field-label">{t('upload.hints')}</legend>
      <p className="muted small" id={`${id}-hint`}>
        {t('upload.hintsHint')}
      </p>
      {FIELDS.map((f) => (
        <label key={f.name} className="upload-hint">
          <span>{t(`upload.hint.${f.name}` as MessageKey)}</span>
          <input
            className="input"
            type="text"
            inputMode={f.mode}
            name={f.name}
            maxLength={f.max}
            aria-describedby={`${id}-hint`}
            placeholder={t(`upload.hint.${f.name}.example` as MessageKey)}
            value={hints[f.name] ?? ''}
            onChange={(e) => onChange({ ...hints, [f.name]: e.target.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
