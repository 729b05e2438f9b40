/** Narrow the audit log by what (record kind, action), who and when; the URL keeps the choice. */
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '@ipb/domain';
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '@/i18n';
import type { AuditFilters as Filters } from '../api/get-audit';

/** `onChange` gets only what changed, so two quick changes each keep the other (the page merges them). */
export function AuditFilters({ value, onChange }: { value: Filters; onChange: (change: Filters) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [actor, setActor] = useState(value.actor ?? '');
  const set = (key: keyof Filters, v: string) => onChange({ [key]: v || undefined });
  const submitActor = (e: FormEvent) => {
    e.preventDefault();
    set('actor', actor.trim());
  };
  return (
    <form className="audit-filters" onSubmit={submitActor} aria-label={t('audit.filters')}>
      <label className="field" htmlFor={`${id}-entity`}>
        <span className="field-label">{t('audit.filter.entity')}</span>
        <select
          id={`${id}-entity`}
          className="input"
          value={value.entity ?? ''}
          onChange={(e) => set('entity', e.target.value)}
        >
          <option value="">{t('audit.filter.all')}</option>
          {AUDIT_ENTITIES.map((e) => (
            <option key={e} value={e}>
              {t(`audit.entity.${e}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-action`}>
        <span className="field-label">{t('audit.filter.action')}</span>
        <select
          id={`${id}-action`}
          className="input"
          value={value.action ?? ''}
          onChange={(e) => set('action', e.target.value)}
        >
          <option value="">{t('audit.filter.all')}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`audit.action.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-actor`}>
        <span className="field-label">{t('audit.filter.actor')}</span>
        <input
          id={`${id}-actor`}
          className="input"
          value={actor}
          onChange={(e) => setActor(e.target.value)}
          onBlur={() => actor.trim() !== (value.actor ?? '') && set('actor', actor.trim())}
        />
      </label>
      <label className="field" htmlFor={`${id}-from`}>
        <span className="field-label">{t('audit.filter.from')}</span>
        <input
          id={`${id}-from`}
          className="input"
          type="date"
          value={value.from ?? ''}
          onChange={(e) => set('from', e.target.value)}
        />
      </label>
      <label className="field" htmlFor={`${id}-to`}>
        <span className="field-label">{t('audit.filter.to')}</span>
        <input
          id={`${id}-to`}
          className="input"
          type="date"
          value={value.to ?? ''}
          onChange={(e) => set('to', e.target.value)}
        />
      </label>
      {Object.values(value).some(Boolean) && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setActor('');
            onChange({ entity: undefined, action: undefined, actor: undefined, from: undefined, to: undefined });
          }}
        >
          {t('audit.filter.clear')}
        </button>
      )}
    </form>
  );
}
