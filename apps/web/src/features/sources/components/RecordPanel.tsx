/** The reader's side panel: the selected record in full, then every record as a keyboard-friendly list. */
import { Link } from 'react-router';
import { type MessageKey, useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { formatWrittenValue } from '../lib/format-value';
import type { ReaderRecord } from '../lib/reader-records';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

export interface Names {
  region: (code: string) => string;
  theme: (id: string) => string;
}

function RecordDetails({ record, names }: { record: ReaderRecord; names: Names }) {
  const { t, lang } = useI18n();
  const status = t(`reader.status.${record.record.reviewStatus}` as MessageKey);
  const confidence = `${Math.round(record.record.confidence * 100)}%`;
  if (record.kind === 'measure') {
    const m = record.record;
    return (
      <dl className="record-fields">
        <Field label={t('reader.field.article')}>{m.articleTitle}</Field>
        <Field label={t('reader.field.region')}>
          {m.regionCode ? <Link to={`/regions/${m.regionCode}`}>{names.region(m.regionCode)}</Link> : '—'}
        </Field>
        <Field label={t('reader.field.themes')}>{m.themes.map(names.theme).join('、') || '—'}</Field>
        <Field label={t('reader.field.programs')}>{m.programs.join('、') || '—'}</Field>
        <Field label={t('reader.field.confidence')}>{confidence}</Field>
        <Field label={t('reader.field.status')}>{status}</Field>
        <Field label={t('reader.field.span')}>{`${m.start}–${m.end}`}</Field>
      </dl>
    );
  }
  const o = record.record;
  return (
    <dl className="record-fields">
      <Field label={t('reader.field.region')}>
        <Link to={`/regions/${o.regionCode}`}>{names.region(o.regionCode)}</Link>
      </Field>
      <Field label={t('reader.field.subject')}>{o.subject ?? '—'}</Field>
      <Field label={t('reader.field.indicator')}>{o.indicatorId ?? '—'}</Field>
      <Field label={t('reader.field.value')}>
        {`${o.qualifier ?? ''}${formatWrittenValue(o, lang)} ${o.unitAsWritten ?? o.unit}`}
      </Field>
      <Field label={t('reader.field.kind')}>
        {`${t(`measure.${o.measure}` as MessageKey)} · ${t(`figureStatus.${o.status}` as MessageKey)}`}
      </Field>
      <Field label={t('reader.field.period')}>{o.periodText ?? t(`period.${o.periodType}` as MessageKey)}</Field>
      <Field label={t('reader.field.confidence')}>{confidence}</Field>
      <Field label={t('reader.field.status')}>{status}</Field>
      <Field label={t('reader.field.span')}>{`${o.start}–${o.end}`}</Field>
      {o.repeats.length > 0 && (
        <Field label={t('reader.field.repeats')}>
          {`${t('reader.repeats', { count: o.repeats.length })}: ${o.repeats.map((r) => `${r.start}–${r.end}`).join('、')}`}
        </Field>
      )}
    </dl>
  );
}

export function recordTitle(r: ReaderRecord): string {
  if (r.kind === 'measure') return r.record.title;
  const o = r.record;
  return `${o.subject ?? o.indicatorId ?? ''} ${formatWrittenValue(o, 'en')}${o.unitAsWritten ?? o.unit}`.trim();
}

export function RecordPanel({
  records,
  selected,
  onSelect,
  names,
}: {
  records: readonly ReaderRecord[];
  selected: ReaderRecord | null;
  onSelect: (key: string) => void;
  names: Names;
}) {
  const { t } = useI18n();
  return (
    <aside className="panel reader-panel" aria-labelledby="reader-panel-title">
      <h2 id="reader-panel-title" className="panel-title">
        {t('reader.panel')}
      </h2>
      <div aria-live="polite" className="record-details" data-testid="record-details">
        {selected ? (
          <>
            <p className={`record-kind kind-${selected.kind}`}>{t(`reader.kind.${selected.kind}`)}</p>
            <h3 className="record-title">{recordTitle(selected)}</h3>
            <RecordDetails record={selected} names={names} />
          </>
        ) : (
          <p className="muted small">{t('reader.panelHint')}</p>
        )}
      </div>
      <h3 id="record-list-title" className="record-list-title">
        {t('reader.records')}
      </h3>
      {records.length === 0 ? (
        <p className="muted small">{t('reader.noRecords')}</p>
      ) : (
        <ul className="record-list" aria-labelledby="record-list-title">
          {records.map((r) => (
            <li key={r.key}>
              <button
                type="button"
                className={`record-option kind-${r.kind}${r.key === selected?.key ? ' is-selected' : ''}`}
                aria-current={r.key === selected?.key ? 'true' : undefined}
                onClick={() => onSelect(r.key)}
              >
                <span className="record-option-kind">{t(`reader.kind.${r.kind}`)}</span>
                <span className="record-option-title" {...dataProps(recordTitle(r))}>
                  {recordTitle(r)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
