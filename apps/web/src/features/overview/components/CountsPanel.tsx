/**
 * Four headline counts; a count that could not be loaded shows "—" rather than 0. With the
 * official-sources switch on, the source and figure counts are of official sources only, like the
 * views they link to.
 */
import { Link } from 'react-router';
import { useI18n } from '@/i18n';
import { OVERVIEW_SOURCES, useSources } from '@/lib/api/get-sources';
import { usePlacesWithDataCount } from '@/lib/get-regions';
import { useAuthorityParam } from '@/lib/use-authority-param';
import { useSharedHref } from '@/lib/use-shared-href';
import { useFigureCount } from '../api/get-figure-count';
import { useMeasureFacets } from '../api/get-measure-facets';

export function CountsPanel() {
  const { t, lang } = useI18n();
  const [authority] = useAuthorityParam();
  const href = useSharedHref();
  const sources = useSources(authority ? 'official' : undefined, OVERVIEW_SOURCES);
  const facets = useMeasureFacets([]);
  const figures = useFigureCount(authority);
  const places = usePlacesWithDataCount();
  const format = (n: number | undefined) =>
    n === undefined ? '—' : new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB').format(n);
  const items = [
    { key: 'sources', label: t('overview.count.sources'), value: sources.data?.total, href: '/sources' },
    { key: 'measures', label: t('overview.count.measures'), value: facets.data?.total, href: '/measures' },
    { key: 'figures', label: t('overview.count.figures'), value: figures.data, href: '/indicators' },
    { key: 'places', label: t('overview.count.places'), value: places.data, href: '/compare' },
  ];
  const pending = sources.isPending || facets.isPending || figures.isPending || places.isPending;
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
              <Link to={href(item.href)} className="stat-value">
                {format(item.value)}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
