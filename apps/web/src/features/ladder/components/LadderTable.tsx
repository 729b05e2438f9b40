/**
 * The ladder of one year: a row per rung (the entry rung first), a column per place (呼和浩特 first),
 * and between two rungs the ratio of the upper to the lower count where both are of that year.
 */
import type { LadderResponse } from '@ipb/domain';
import { Fragment } from 'react';
import { useI18n } from '@/i18n';
import { nearestYear } from '../lib/ladder-years';
import { LadderValueCell } from './LadderValueCell';

type Data = LadderResponse;

export function LadderTable({ data, year }: { data: Data; year: number }) {
  const { t, lang } = useI18n();
  const name = (s: { nameZh: string; nameEn: string }) => (lang === 'en' ? s.nameEn : s.nameZh);
  const placeName = (p: Data['places'][number]) => (lang === 'en' ? p.region.nameEn : p.region.shortName);
  const yearOf = (p: Data['places'][number]) => p.years.find((y) => y.year === year);
  return (
    <div className="table-scroll">
      <table className="data-table ladder-table" data-testid="ladder-table">
        <caption>{t('ladder.tableCaption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ladder.stage')}</th>
            {data.places.map((p) => (
              <th key={p.region.code} scope="col">
                {placeName(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.stages.map((stage, i) => (
            <Fragment key={stage.id}>
              {i > 0 && (
                <tr className="ladder-ratio-row">
                  <th scope="row" className="muted small">
                    ↑ {t('ladder.ratio', { upper: name(stage), lower: name(data.stages[i - 1]!) })}
                  </th>
                  {data.places.map((p) => {
                    const ratios = yearOf(p)?.ratios.filter((r) => r.to === stage.id) ?? [];
                    return (
                      <td key={p.region.code} className="num small" data-testid="ladder-ratio">
                        {ratios.map((r) => (
                          <span
                            key={`${r.fromIndicator}-${r.toIndicator}`}
                            title={t('ladder.ratioValue', { value: r.value })}
                          >
                            {r.value.toFixed(2)}×{!r.sameDate && <sup title={t('ladder.ratioNotSameDate')}>*</sup>}{' '}
                          </span>
                        ))}
                        {!ratios.length && <span className="muted">—</span>}
                      </td>
                    );
                  })}
                </tr>
              )}
              <tr>
                <th scope="row">
                  {name(stage)}
                  <span className="muted small ladder-stage-note">{stage.indicators.join(' · ')}</span>
                </th>
                {data.places.map((p) => {
                  const values = yearOf(p)?.stages.find((s) => s.stageId === stage.id)?.values ?? [];
                  const near = values.length ? null : nearestYear(p, year);
                  return (
                    <LadderValueCell
                      key={p.region.code}
                      values={values}
                      note={near !== null && near !== year ? `(${near})` : null}
                    />
                  );
                })}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
