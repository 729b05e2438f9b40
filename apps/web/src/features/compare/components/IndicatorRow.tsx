/**
 * One indicator row: one display scale for every number in it, the benchmark's value, each place's
 * cell in the chosen view, and the CSV of the figures behind it (filtered like the table).
 */
import type { ComparedIndicator, Region } from '@ipb/domain';
import { useI18n } from '@/i18n';
import type { AuthorityParam } from '@/lib/use-authority-param';
import type { CompareView } from '../lib/compare-search';
import { seriesCsvUrl } from '../lib/csv-links';
import { rowScale } from '../lib/format-compare';
import { normalisedUnit, rowNumbers } from '../lib/place-comparison';
import { BenchmarkCell } from './BenchmarkCell';
import { NormalisedCell } from './NormalisedCell';
import { PlaceCell } from './PlaceCell';

export function IndicatorRow({
  row,
  columns,
  view,
  authority,
}: {
  row: ComparedIndicator;
  columns: readonly Region[];
  view: CompareView;
  authority: AuthorityParam;
}) {
  const { t, lang } = useI18n();
  const unit = view === 'absolute' ? row.unit : (normalisedUnit(row.places, view) ?? row.unit);
  const scale = rowScale(unit, rowNumbers(row.benchmark, row.places, view), lang);
  const name = lang === 'en' ? row.indicator.nameEn : row.indicator.nameZh;
  const byCode = new Map(row.places.map((p) => [p.regionCode, p]));
  return (
    <tr data-testid="indicator-row">
      {/* The unit sits under the name, so the benchmark column can stay in view right beside it. */}
      <th scope="row">
        {name} <span className="row-unit muted small">{scale.unit}</span>
      </th>
      <td className="is-benchmark">
        <BenchmarkCell row={row} view={view} scale={scale} />
      </td>
      {columns.slice(1).map((region) => (
        <td key={region.code}>
          {view === 'absolute' ? (
            <PlaceCell place={byCode.get(region.code)} scale={scale} />
          ) : (
            <NormalisedCell place={byCode.get(region.code)} view={view} scale={scale} />
          )}
        </td>
      ))}
      <td>
        <a
          href={seriesCsvUrl(
            row.indicator.id,
            columns.map((c) => c.code),
            authority,
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
