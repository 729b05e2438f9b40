/**
 * Comparable indicators side by side: the benchmark's latest value and each place's, with the
 * difference and relative difference. Missing is "无数据", never 0; different years are flagged.
 * Every value links to the sentence it was read from.
 */
import type { CompareResponse, LatestValue, Region } from '@ipb/domain';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { seriesCsvUrl } from '../lib/csv-links';
import { type DisplayScale, formatLatest, formatRelative, formatSigned, rowScale } from '../lib/format-compare';
import { placeName } from '../lib/place-name';
import { isInternal, sourceHref } from '../lib/source-href';

type Row = CompareResponse['indicators'][number];

function Value({ latest, scale }: { latest: LatestValue | null; scale: DisplayScale }) {
  const { t, lang } = useI18n();
  if (!latest) return <span className="missing">{t('compare.missing')}</span>;
  const href = sourceHref(latest.citation);
  const text = formatLatest(latest, scale, lang);
  const title = latest.citation.quote;
  return (
    <>
      {isInternal(href) ? (
        <Link to={href} title={title}>
          {text}
        </Link>
      ) : (
        <a href={href} title={title} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      )}
      {latest.year !== null && <span className="muted"> ({latest.year})</span>}
    </>
  );
}

function IndicatorRow({ row, columns }: { row: Row; columns: readonly Region[] }) {
  const { t, lang } = useI18n();
  const values = [row.benchmark, ...row.places.map((p) => p.latest)].flatMap((v) => (v ? [v.value] : []));
  const scale = rowScale(row.unit, values, lang);
  const name = lang === 'en' ? row.indicator.nameEn : row.indicator.nameZh;
  const byCode = new Map(row.places.map((p) => [p.regionCode, p]));
  return (
    <tr data-testid="indicator-row">
      <th scope="row">{name}</th>
      <td>{scale.unit}</td>
      <td className="is-benchmark">
        <Value latest={row.benchmark} scale={scale} />
      </td>
      {columns.slice(1).map((region) => {
        const place = byCode.get(region.code);
        return (
          <td key={region.code}>
            <Value latest={place?.latest ?? null} scale={scale} />
            {place && place.difference !== null && (
              <span className="difference small">
                {t('compare.difference', { value: formatSigned(place.difference, scale, lang) })}
                {place.relative !== null && t('compare.relative', { value: formatRelative(place.relative, lang) })}
              </span>
            )}
            {place?.periodsDiffer && <span className="badge badge-warn small">{t('compare.periodsDiffer')}</span>}
          </td>
        );
      })}
      <td>
        <a
          href={seriesCsvUrl(
            row.indicator.id,
            columns.map((c) => c.code),
          )}
          download
          aria-label={t('compare.csvOf', { name })}
        >
          {t('compare.csv')}
        </a>
      </td>
    </tr>
  );
}

/** `columns` is every place shown, benchmark first. */
export function IndicatorTable({ rows, columns }: { rows: Row[]; columns: readonly Region[] }) {
  const { t, lang } = useI18n();
  if (!rows.length) {
    return <EmptyState title={t('compare.indicatorsEmpty')} hint={t('compare.indicatorsEmptyHint')} />;
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable table must be reachable by keyboard
    <section className="table-scroll" tabIndex={0} aria-label={t('compare.indicatorsCaption')}>
      <table className="data-table compare-table">
        <caption className="visually-hidden">{t('compare.indicatorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.indicator')}</th>
            <th scope="col">{t('compare.unit')}</th>
            {columns.map((c, i) => (
              <th key={c.code} scope="col" className={i === 0 ? 'is-benchmark' : undefined}>
                <Link to={`/regions/${c.code}`}>{placeName(c, c.code, lang)}</Link>
                {i === 0 && <span className="badge badge-benchmark">{t('compare.benchmark')}</span>}
              </th>
            ))}
            <th scope="col">{t('compare.csv')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <IndicatorRow key={`${row.indicator.id}-${row.periodType}-${row.unit}`} row={row} columns={columns} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
