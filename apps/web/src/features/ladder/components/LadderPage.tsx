/**
 * /ladder?regions=320100,321000&year=2022 — 企业梯度: the enterprise ladder of 呼和浩特 beside the
 * chosen places, one year at a time, with the measures that aim at each rung.
 */
import { BENCHMARK_REGION_CODE } from '@ipb/domain';
import { useEffect } from 'react';
import { OfficialSourcesSwitch } from '@/components/ui/OfficialSourcesSwitch';
import { PlacesPicker } from '@/components/ui/PlacesPicker';
import { ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useAuthorityParam } from '@/lib/use-authority-param';
import { usePlacesParam, useSearchValue } from '@/lib/use-places-param';
import { useLadder } from '../api/get-ladder';
import { defaultYear, ladderYears } from '../lib/ladder-years';
import { LadderTable } from './LadderTable';
import { StageMeasures } from './StageMeasures';
import './ladder.css';

const MAX_PLACES = 6;

export function LadderPage() {
  const { t, lang } = useI18n();
  const [places, setPlaces] = usePlacesParam(MAX_PLACES);
  const [yearParam, setYear] = useSearchValue('year');
  const [authority] = useAuthorityParam();
  const ladder = useLadder({ region: BENCHMARK_REGION_CODE, regions: places, authority });
  useEffect(() => {
    document.title = `${t('ladder.title')} · ${t('app.title')}`;
  }, [t]);
  const data = ladder.data;
  const years = data ? ladderYears(data) : [];
  const year = yearParam && years.includes(Number(yearParam)) ? Number(yearParam) : data ? defaultYear(data) : null;
  const stageName = (id: string) => {
    const s = data?.stages.find((x) => x.id === id);
    return s ? (lang === 'en' ? s.nameEn : s.nameZh) : id;
  };
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('ladder.title')}</h1>
        <p className="muted">{t('ladder.intro')}</p>
      </header>
      <div className="panel ladder-controls">
        <PlacesPicker selected={places} max={MAX_PLACES} onChange={setPlaces} />
        {years.length > 0 && (
          <fieldset className="segmented ladder-years">
            <legend className="field-label">{t('ladder.year')}</legend>
            {years.map((y) => (
              <button
                key={y}
                type="button"
                className={`chip${y === year ? ' chip-on' : ''}`}
                aria-pressed={y === year}
                onClick={() => setYear(String(y))}
              >
                {y}
              </button>
            ))}
          </fieldset>
        )}
        <OfficialSourcesSwitch />
      </div>
      {ladder.isError ? (
        <section className="panel">
          <ErrorState
            title={t('beyond.error')}
            hint={t('beyond.errorHint')}
            error={ladder.error}
            retryLabel={t('beyond.retry')}
            onRetry={() => void ladder.refetch()}
          />
        </section>
      ) : !data || year === null ? (
        <section className="panel" aria-busy="true">
          <Skeleton height={360} label={t('beyond.loading')} />
        </section>
      ) : (
        <>
          <section className={`panel${ladder.isPlaceholderData ? ' is-stale' : ''}`} aria-label={t('ladder.title')}>
            <LadderTable data={data} year={year} />
            {data.places.map(
              (p) =>
                p.missingStages.length > 0 && (
                  <p key={p.region.code} className="muted small">
                    {lang === 'en' ? p.region.nameEn : p.region.shortName}:{' '}
                    {t('ladder.missingStages', { stages: p.missingStages.map(stageName).join('、') })}
                  </p>
                ),
            )}
          </section>
          <section className="panel" aria-labelledby="ladder-measures">
            <h2 id="ladder-measures" className="panel-title">
              {t('ladder.measures')}
            </h2>
            <p className="muted">{t('ladder.measuresIntro')}</p>
            <StageMeasures data={data} />
          </section>
        </>
      )}
    </div>
  );
}
