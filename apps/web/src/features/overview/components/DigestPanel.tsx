/**
 * 自上期以来: what the latest import changed for 呼和浩特, or every import since a date (`since=` in
 * the URL), each change cited. The first import of a database is marked as the baseline.
 */
import { ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { useSearchValue } from '@/lib/use-places-param';
import { useThemeParam } from '@/lib/use-theme-param';
import { useDigest } from '../api/get-digest';
import { filterDigest } from '../lib/filter-digest';
import { DigestItemView } from './DigestItemView';
import './digest.css';

/** The loaded height of the imports line and a full list, in CSS pixels. */
const DIGEST_HEIGHT = 515;

export function DigestPanel() {
  const { t } = useI18n();
  const [since, setSince] = useSearchValue('since');
  const [themes] = useThemeParam();
  const digest = useDigest(since);
  const data = digest.data;
  const items = data ? filterDigest(data.items, themes) : [];
  return (
    <section className="panel digest-panel" aria-labelledby="digest-title" data-testid="digest-panel">
      <div className="digest-head">
        <h2 id="digest-title" className="panel-title">
          {since ? t('digest.sinceDate', { date: since }) : t('digest.title')}
        </h2>
        <label className="field digest-since">
          <span className="field-label">{t('digest.since')}</span>
          <input
            type="date"
            className="input"
            value={since ?? ''}
            onChange={(e) => setSince(e.target.value || null)}
            aria-describedby="digest-intro"
          />
        </label>
      </div>
      <p id="digest-intro" className="muted small">
        {t('digest.intro')}
      </p>
      {digest.isError ? (
        <ErrorState
          title={t('beyond.error')}
          hint={t('beyond.errorHint')}
          error={digest.error}
          retryLabel={t('beyond.retry')}
          onRetry={() => void digest.refetch()}
        />
      ) : !data ? (
        // As tall as a digest with a full list (its line of imports, then the list at its 28rem
        // cap, digest.css): the panels below stay where they are when it arrives (CLS 0.09 -> 0).
        <Skeleton height={DIGEST_HEIGHT} label={t('beyond.loading')} />
      ) : !data.entries.length ? (
        <p className="muted">{t('digest.noDigest')}</p>
      ) : (
        <>
          <ul className="digest-entries">
            {data.entries.map((e) => (
              <li key={e.id}>
                <span {...dataProps(e.trigger.title)}>{e.trigger.title}</span>{' '}
                {t('digest.entryDate', { date: e.at.slice(0, 10) })} ·{' '}
                {t('digest.counts', {
                  measures: e.counts.newMeasures,
                  figures: e.counts.figures,
                  targets: e.counts.targets,
                })}
                {e.baseline && <span className="badge badge-muted">{t('digest.baseline')}</span>}
              </li>
            ))}
          </ul>
          {items.length ? (
            <ul className="digest-items">
              {items.map((item) => (
                <DigestItemView key={item.id} item={item} />
              ))}
            </ul>
          ) : (
            <p className="muted">{t('digest.none')}</p>
          )}
          {data.total > data.items.length && (
            <p className="muted small">{t('digest.more', { count: data.total - data.items.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
