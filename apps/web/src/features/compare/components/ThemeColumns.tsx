/**
 * Per theme, one column per place (benchmark first) with its latest measures and how many it has
 * (ThemeMeasures loads the rest). A place without a measure says so: an empty column would read
 * as "not loaded".
 */
import { BENCHMARK_REGION_CODE, type CompareResponse, type Region } from '@ipb/domain';
import { Link } from 'react-router';
import { ScrollBox } from '@/components/ui/ScrollBox';
import { EmptyState } from '@/components/ui/StatusMessage';
import { ThemeMeasures } from '@/components/ui/ThemeMeasures';
import { useI18n } from '@/i18n';
import { useSharedHref } from '@/lib/use-shared-href';
import { placeName } from '../lib/place-name';
import { MeasureItem } from './MeasureItem';

interface Props {
  themes: CompareResponse['themes'];
  places: readonly Region[];
}

export function ThemeColumns({ themes, places }: Props) {
  const { t, lang } = useI18n();
  const href = useSharedHref();
  if (!themes.length) {
    return <EmptyState title={t('compare.measuresEmpty')} hint={t('compare.measuresEmptyHint')} />;
  }
  const byCode = new Map(places.map((p) => [p.code, p]));
  // A city's column that holds its districts' measures says so: 宁波市（含江北区）.
  const columnName = (name: string, measures: CompareResponse['themes'][number]['columns'][number]['measures']) => {
    const subs = [
      ...new Set(measures.flatMap((m) => (m.subPlace ? [lang === 'en' ? m.subPlace.nameEn : m.subPlace.name] : []))),
    ];
    return subs.length
      ? t('compare.withSubPlaces', { place: name, subPlaces: subs.join(lang === 'en' ? ', ' : '、') })
      : name;
  };
  return (
    <>
      <p className="field-hint">{t('compare.scrollHint')}</p>
      {themes.map((block) => {
        const headingId = `theme-${block.theme.id}`;
        const columns = [...block.columns].sort(
          (a, b) => Number(b.regionCode === BENCHMARK_REGION_CODE) - Number(a.regionCode === BENCHMARK_REGION_CODE),
        );
        return (
          <section key={block.theme.id} className="compare-theme" aria-labelledby={headingId}>
            <h3 id={headingId}>{lang === 'en' ? block.theme.nameEn : block.theme.nameZh}</h3>
            <ScrollBox className="compare-scroll">
              <div className="compare-grid" style={{ '--columns': columns.length } as React.CSSProperties}>
                {columns.map((col) => {
                  const isBenchmark = col.regionCode === BENCHMARK_REGION_CODE;
                  return (
                    <div
                      key={col.regionCode}
                      className={`compare-column${isBenchmark ? ' is-benchmark' : ''}`}
                      data-testid="compare-column"
                    >
                      <h4 className="compare-column-head">
                        <Link to={href(`/regions/${col.regionCode}`)}>
                          {columnName(placeName(byCode.get(col.regionCode), col.regionCode, lang), col.measures)}
                        </Link>
                        {isBenchmark && <span className="badge badge-benchmark">{t('compare.benchmark')}</span>}
                      </h4>
                      <ThemeMeasures
                        regionCode={col.regionCode}
                        themeId={block.theme.id}
                        measures={col.measures}
                        total={col.total}
                        item={(m) => <MeasureItem key={m.id} measure={m} />}
                      />
                    </div>
                  );
                })}
              </div>
            </ScrollBox>
          </section>
        );
      })}
    </>
  );
}
