/**
 * /instruments?regions=320100,321000&instrument=tech_loan — 工具条款对照: the terms of each place's
 * policy instruments side by side with 呼和浩特, each with its sentence and recognising words.
 */
import { useEffect, useState } from 'react';
import { PlacesPicker } from '@/components/ui/PlacesPicker';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { usePlacesParam, useSearchValue } from '@/lib/use-places-param';
import { useInstruments } from '../api/get-instruments';
import { InstrumentTable } from './InstrumentTable';
import { TermsPager } from './TermsPager';
import './instruments.css';
import { useUrlParams } from '@/lib/use-url-params';

const MAX_PLACES = 8;

export function InstrumentsPage() {
  const { t, lang } = useI18n();
  const [places, setPlaces] = usePlacesParam(MAX_PLACES);
  const [instrument] = useSearchValue('instrument');
  const [measures] = useSearchValue('measures');
  const [, setParams] = useUrlParams();
  // One URL update for both: two in one event would each start from the same URL.
  const choose = (id: string | null, allMeasures: boolean) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [name, value] of [
        ['instrument', id],
        ['measures', allMeasures ? 'all' : null],
      ] as const)
        value ? next.set(name, value) : next.delete(name);
      return next;
    });
  const [page, setPage] = useState({ key: '', offset: 0 });
  const key = `${places.join(',')}|${instrument ?? ''}|${measures ?? ''}`;
  const offset = page.key === key ? page.offset : 0;
  const all = useInstruments({ regions: places, instrument: null });
  const query = useInstruments({ regions: places, instrument, offset, allMeasures: measures === 'all' });
  const showAllMeasures = (id: string) => choose(id, true);
  useEffect(() => {
    document.title = `${t('instruments.title')} · ${t('app.title')}`;
  }, [t]);
  const data = query.data;
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('instruments.title')}</h1>
        <p className="muted">{t('instruments.intro')}</p>
      </header>
      <div className="panel instruments-controls">
        <PlacesPicker selected={places} max={MAX_PLACES} onChange={setPlaces} />
        <label className="field">
          <span className="field-label">{t('instruments.instrument')}</span>
          <select className="input" value={instrument ?? ''} onChange={(e) => choose(e.target.value || null, false)}>
            <option value="">{t('instruments.all')}</option>
            {all.data?.instruments.map((i) => (
              <option key={i.id} value={i.id}>
                {lang === 'en' ? i.nameEn : i.nameZh}
              </option>
            ))}
          </select>
        </label>
      </div>
      {query.isError ? (
        <section className="panel">
          <ErrorState
            title={t('beyond.error')}
            hint={t('beyond.errorHint')}
            error={query.error}
            retryLabel={t('beyond.retry')}
            onRetry={() => void query.refetch()}
          />
        </section>
      ) : !data ? (
        <section className="panel" aria-busy="true">
          <Skeleton height={320} label={t('beyond.loading')} />
        </section>
      ) : !data.instruments.length ? (
        <section className="panel">
          <EmptyState title={t('instruments.empty')} hint={t('instruments.emptyHint')} />
        </section>
      ) : (
        <div className={query.isPlaceholderData ? 'is-stale' : undefined}>
          {data.placesTotal > data.regions.length && (
            <p className="muted small" data-testid="instrument-top-places">
              {t('instruments.topPlaces', { total: data.placesTotal, count: data.regions.length })}
            </p>
          )}
          <TermsPager
            offset={data.offset}
            shown={data.items.length}
            total={data.total}
            onOffset={(next) => setPage({ key, offset: next })}
          />
          {data.instruments.map((i) => (
            <InstrumentTable key={i.id} data={data} instrument={i} onShowAllMeasures={showAllMeasures} />
          ))}
        </div>
      )}
    </div>
  );
}
