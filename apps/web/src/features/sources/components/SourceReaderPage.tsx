/**
 * /sources/:id — the bulletin reader: the source's authority (editors may change it), the raw
 * text with every extracted measure and figure highlighted in place, and the selected record in a
 * side panel. The selection is the URL hash
 * `#<start>-<end>` (the same link other views use for citations), so a selection is shareable.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { ApiError } from '@/lib/api-client';
import { usePlaces } from '@/lib/get-regions';
import { useThemes } from '@/lib/get-themes';
import { useSource } from '../api/get-source';
import { type SourceRecords, useSourceRecords } from '../api/get-source-records';
import { toReaderRecords, withRepeats } from '../lib/reader-records';
import { sourceLabel } from '../lib/source-label';
import { parseSpanHash, pickRecord, spanHash } from '../lib/span-hash';
import { HighlightedText, TARGET_ID } from './HighlightedText';
import { ReaderLegend } from './ReaderLegend';
import { RecordPanel } from './RecordPanel';
import { SourceAuthority } from './SourceAuthority';
import './sources.css';
import { dataProps } from '@/lib/data-props';
import { problemText } from '@/lib/problem-text';

/** Names of the places the records speak of (fetched by code) and of the themes. */
function useNames(records: SourceRecords | undefined) {
  const { lang } = useI18n();
  const codes = useMemo(
    () =>
      [...(records?.measures ?? []), ...(records?.observations ?? [])].flatMap((r) =>
        r.regionCode ? [r.regionCode] : [],
      ),
    [records],
  );
  const regions = usePlaces(codes);
  const { data: themes } = useThemes();
  return useMemo(
    () => ({
      region: (code: string) => {
        const r = regions.get(code);
        return r ? (lang === 'zh' ? r.name : r.nameEn) : code;
      },
      theme: (id: string) => {
        const th = themes?.find((x) => x.id === id);
        return th ? (lang === 'zh' ? th.nameZh : th.nameEn) : id;
      },
    }),
    [regions, themes, lang],
  );
}

export function SourceReaderPage() {
  const { t, lang } = useI18n();
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const source = useSource(valid ? id : 0);
  const recordsQuery = useSourceRecords(valid ? id : 0);
  const names = useNames(recordsQuery.data);
  const location = useLocation();
  const navigate = useNavigate();
  const target = useMemo(() => parseSpanHash(location.hash), [location.hash]);
  const records = useMemo(() => toReaderRecords(recordsQuery.data), [recordsQuery.data]);
  const highlights = useMemo(() => withRepeats(records), [records]);
  const selected = useMemo(() => pickRecord(records, target), [records, target]);
  const counts = {
    measures: recordsQuery.data?.measures.length ?? 0,
    figures: recordsQuery.data?.observations.length ?? 0,
  };

  const onSelect = useCallback(
    (key: string) => {
      const record = records.find((r) => r.key === key);
      if (record) void navigate({ search: location.search, hash: spanHash(record) }, { replace: true });
    },
    [records, navigate, location.search],
  );

  const text = source.data?.rawText;
  const ready = text !== undefined && !recordsQuery.isPending;
  // Bring the linked or selected passage into view and give it the focus (screen readers read it next).
  useEffect(() => {
    if (!target || !ready) return;
    const element = document.getElementById(TARGET_ID);
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [target, ready]);

  useEffect(() => {
    document.title = `${source.data ? sourceLabel(source.data, lang) : t('sourcesPage.title')} · ${t('app.title')}`;
  }, [t, lang, source.data]);

  const error = valid ? source.error : new ApiError(`"${params.id}"`, 404, 'Not found');
  if (!valid || source.isError) {
    return (
      <div className="page">
        <ErrorState
          title={t('reader.error')}
          hint={t('reader.errorHint')}
          error={error}
          retryLabel={t('sourcesPage.retry')}
          onRetry={valid ? () => void source.refetch() : undefined}
        />
        <p>
          <Link to="/sources">{t('reader.back')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page">
      <header className="page-header">
        <p className="small">
          <Link to="/sources">← {t('reader.back')}</Link>
        </p>
        {source.data ? (
          <h1 {...dataProps(source.data.title)}>{sourceLabel(source.data, lang)}</h1>
        ) : (
          <h1>{t('reader.loading')}</h1>
        )}
        {source.data && <SourceAuthority source={source.data} title={sourceLabel(source.data, lang)} />}
        {recordsQuery.isSuccess && (
          <p className="muted">
            {t('reader.counts', counts)} · <Link to={`/measures?source=${id}`}>{t('reader.openMeasures')}</Link>
          </p>
        )}
        <ReaderLegend />
      </header>
      <div className="reader-layout">
        <section className="panel reader-body" aria-labelledby="reader-text-title">
          <h2 id="reader-text-title" className="visually-hidden">
            {t('reader.text')}
          </h2>
          {recordsQuery.isError && (
            <p className="status status-error" role="alert">
              {t('reader.recordsError')} {problemText(t, recordsQuery.error)}
            </p>
          )}
          {!ready ? (
            <Skeleton height={600} label={t('reader.loading')} />
          ) : (
            <HighlightedText
              text={text ?? ''}
              records={highlights}
              target={target}
              selectedKey={selected?.key ?? null}
              onSelect={onSelect}
            />
          )}
        </section>
        <RecordPanel records={records} selected={selected} onSelect={onSelect} names={names} />
      </div>
    </div>
  );
}
