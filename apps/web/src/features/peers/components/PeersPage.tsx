/**
 * /peers?place=320100&group=provincial_capitals (or &regions=… for hand-picked peers) — 同类画像:
 * the place's indicators normalised over its peers, as strengths and weaknesses against 呼和浩特.
 */
import { BENCHMARK_REGION_CODE } from '@ipb/domain';
import { useEffect } from 'react';
import { OfficialSourcesSwitch } from '@/components/ui/OfficialSourcesSwitch';
import { PlacesPicker } from '@/components/ui/PlacesPicker';
import { EmptyState, ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { useRegions } from '@/lib/get-regions';
import { useAuthorityParam } from '@/lib/use-authority-param';
import { usePlacesParam, useSearchValue } from '@/lib/use-places-param';
import { usePeerGroups, usePeerProfile } from '../api/get-peers';
import { splitVerdicts } from '../lib/split-verdicts';
import { PeerIndicatorRow } from './PeerIndicatorRow';
import './peers.css';

const MAX_PICKED = 12;

export function PeersPage() {
  const { t, lang } = useI18n();
  const [placeParam, setPlace] = useSearchValue('place');
  const [group, setGroup] = useSearchValue('group');
  const [picked, setPicked] = usePlacesParam(MAX_PICKED);
  const [authority] = useAuthorityParam();
  const regions = useRegions();
  const groups = usePeerGroups();
  const place = placeParam ?? BENCHMARK_REGION_CODE;
  const profile = usePeerProfile({ place, group, picked, authority });
  useEffect(() => {
    document.title = `${t('peers.title')} · ${t('app.title')}`;
  }, [t]);
  const data = profile.data;
  const reference = place === BENCHMARK_REGION_CODE ? t('peers.referenceMedian') : t('peers.referenceBenchmark');
  const split = data ? splitVerdicts(data.indicators) : null;
  const list = (rows: NonNullable<typeof split>['strengths']) =>
    rows.length ? (
      <ul className="peer-list">
        {rows.map(
          (r) => data && <PeerIndicatorRow key={`${r.indicator.id}-${r.period}-${r.unit}`} row={r} data={data} />,
        )}
      </ul>
    ) : (
      <p className="muted">{t('peers.none')}</p>
    );
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('peers.title')}</h1>
        <p className="muted">{t('peers.intro')}</p>
      </header>
      <div className="panel peers-controls">
        <label className="field">
          <span className="field-label">{t('peers.place')}</span>
          <select className="input" value={place} onChange={(e) => setPlace(e.target.value)}>
            {(regions.data ?? []).map((r) => (
              <option key={r.code} value={r.code}>
                {lang === 'en' ? r.nameEn : r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('peers.group')}</span>
          <select
            className="input"
            value={group ?? 'provincial_capitals'}
            disabled={picked.length > 0}
            onChange={(e) => setGroup(e.target.value)}
          >
            {(groups.data ?? []).map((g) => (
              <option key={g.id ?? ''} value={g.id ?? ''}>
                {lang === 'en' ? g.nameEn : g.nameZh}
              </option>
            ))}
          </select>
        </label>
        <PlacesPicker
          selected={picked}
          max={MAX_PICKED}
          onChange={setPicked}
          label={t('peers.picked')}
          benchmark={false}
        />
        <p className="field-hint">{t('peers.pickedHint')}</p>
        <OfficialSourcesSwitch />
      </div>
      {profile.isError ? (
        <section className="panel">
          <ErrorState
            title={t('beyond.error')}
            hint={t('beyond.errorHint')}
            error={profile.error}
            retryLabel={t('beyond.retry')}
            onRetry={() => void profile.refetch()}
          />
        </section>
      ) : !data || !split ? (
        <section className="panel" aria-busy="true">
          <Skeleton height={360} label={t('beyond.loading')} />
        </section>
      ) : (
        <div className={profile.isPlaceholderData ? 'is-stale' : undefined}>
          <section className="panel">
            <p className="muted" data-testid="peer-group">
              {lang === 'en' ? data.group.nameEn : data.group.nameZh} ·{' '}
              {t('peers.members', { count: data.group.members.length })}
              {' — '}
              {data.group.members
                .map(
                  (m) =>
                    `${lang === 'en' ? m.region.nameEn : m.region.shortName}${m.basis ? ` (${t('peers.basis', { value: m.basis.value })})` : ''}`,
                )
                .join('、')}
            </p>
            <p className="muted small">{lang === 'en' ? data.group.note : data.group.noteZh}</p>
          </section>
          {!data.indicators.length && (
            <section className="panel">
              <EmptyState title={t('peers.empty')} />
            </section>
          )}
          <section className="panel" aria-labelledby="peer-strengths" data-testid="peer-strengths">
            <h2 id="peer-strengths" className="panel-title">
              {t('peers.strengths', { reference })}
            </h2>
            {list(split.strengths)}
          </section>
          <section className="panel" aria-labelledby="peer-weaknesses" data-testid="peer-weaknesses">
            <h2 id="peer-weaknesses" className="panel-title">
              {t('peers.weaknesses', { reference })}
            </h2>
            {list(split.weaknesses)}
            {split.par.length > 0 && (
              <>
                <h3>{t('peers.par')}</h3>
                {list(split.par)}
              </>
            )}
          </section>
          <section className="panel">
            <details>
              <summary>{t('peers.notComparableList', { count: split.notComparable.length })}</summary>
              {list(split.notComparable)}
            </details>
          </section>
        </div>
      )}
    </div>
  );
}
