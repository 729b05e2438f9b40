/** Four headline counts; a count that could not be loaded shows "—" rather than 0. */
import { Link } from 'react-router';
import { useI18n } from '@/i18n';
import { useRegions } from '@/lib/get-regions';
import { useHealth } from '../api/get-health';
import { useMeasureFacets } from '../api/get-measure-facets';
import { useSources } from '../api/get-sources';

export function CountsPanel() {
  const { t, lang } = useI18n();
  const sources = useSources();
  const facets = useMeasureFacets([]);
  const health = useHealth();
  const regions = useRegions();
  const format = (n: number | undefined) =>
    n === undefined ? '—' : new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB').format(n);
  const items = [
    { key: 'sources', label: t('overview.count.sources'), value: sources.data?.length, href: '/sources' },
    { key: 'measures', label: t('overview.count.measures'), value: facets.data?.total, href: '/measures' },
    {
      key: 'figures',
      label: t('overview.count.figures'),
      value: health.data?.database.observations,
      href: '/indicators',
    },
    { key: 'places', label: t('overview.count.places'), value: regions.data?.length, href: '/compare' },
  ];
  const pending = sources.isPending || facets.isPending || health.isPending || regions.isPending;
  return (
    <section className="overview-counts" aria-labelledby="overview-counts" aria-busy={pending || undefined}>
      <h2 id="overview-counts" className="visually-hidden">
        {t('overview.counts')}
      </h2>
      <dl className="stat-list">
        {items.map((item) => (
          <div key={item.key} className="stat" data-testid={`count-${item.key}`}>
            <dt>{item.label}</dt>
            <dd>
              <Link to={item.href} className="stat-value">
                {format(item.value)}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
