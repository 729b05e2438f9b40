/**
 * One instrument side by side: the benchmark's row first — its terms, its measures without terms,
 * or "呼和浩特 has no comparable programme on record" (with its coverage when thin) — then each
 * place's programmes, every term with its value, kind, evidence words and sentence.
 */
import { GAP_COVERAGE_THRESHOLD, type InstrumentsResponse, qualifyNumber, unitLabel } from '@ipb/domain';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { CitationLink } from '@/components/ui/CitationLink';
import { FlagBadges } from '@/components/ui/FlagBadges';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { programmeRows } from '../lib/group-terms';
import { MeasuresShown } from './MeasuresShown';

type Instrument = InstrumentsResponse['instruments'][number];

export function InstrumentTable({
  data,
  instrument,
  onShowAllMeasures,
}: {
  data: InstrumentsResponse;
  instrument: Instrument;
  /** Ask for every measure of this instrument (up to the API's most), not only each place's latest. */
  onShowAllMeasures: (instrumentId: string) => void;
}) {
  const { t, lang } = useI18n();
  const fmt = (v: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN').format(v);
  const places = new Map(
    [data.benchmark, ...data.regions].map((r) => [r.code, lang === 'en' ? r.nameEn : r.shortName]),
  );
  const kinds = new Map(data.termKinds.map((k) => [k.id, k]));
  const rows = programmeRows(data, instrument.id);
  const benchmarkName = places.get(data.benchmark.code) ?? data.benchmark.code;
  const title = lang === 'en' ? instrument.nameEn : instrument.nameZh;
  const thin = data.benchmarkMeasures < GAP_COVERAGE_THRESHOLD.measures;
  return (
    <section className="panel" aria-labelledby={`instrument-${instrument.id}`} data-testid="instrument">
      <h2 id={`instrument-${instrument.id}`} className="panel-title">
        {title}{' '}
        {instrument.stip && <span className="muted small">{t('instruments.stip', { code: instrument.stip })}</span>}
      </h2>
      {instrument.benchmark !== 'has_terms' && (
        <p className="instrument-benchmark" data-testid="benchmark-row">
          {instrument.benchmark === 'none_recorded' ? (
            <>
              <strong>{t('instruments.noneRecorded', { place: benchmarkName })}</strong>
              {thin && t('instruments.noneRecordedThin', { place: benchmarkName, count: data.benchmarkMeasures })}
            </>
          ) : (
            <>
              {t('instruments.hasProgramme', { place: benchmarkName })}{' '}
              {instrument.benchmarkMeasures.map((m) => (
                <CitationLink key={m.id} citation={m.citation} label={t('beyond.sourceOf', { title: m.title })}>
                  {m.title}
                </CitationLink>
              ))}
            </>
          )}
        </p>
      )}
      <div className="table-scroll" hidden={!rows.length}>
        <table className="data-table instrument-table">
          <thead>
            <tr>
              <th scope="col">{t('instruments.place')}</th>
              <th scope="col">{t('instruments.programme')}</th>
              <th scope="col">{t('instruments.term')}</th>
              <th scope="col">{t('instruments.value')}</th>
              <th scope="col">{t('instruments.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((row) =>
              row.terms.map((term, i) => {
                const kind = kinds.get(term.termKind);
                return (
                  <tr key={term.observationId} data-testid="term-row">
                    {i === 0 && (
                      <>
                        <th scope="row" rowSpan={row.terms.length}>
                          {places.get(row.regionCode) ?? row.regionCode}
                        </th>
                        <td rowSpan={row.terms.length}>
                          {row.programme ? (
                            <span {...dataProps(row.programme)}>{row.programme}</span>
                          ) : (
                            <span className="muted">{t('instruments.unnamed')}</span>
                          )}
                          <div className="muted small" {...dataProps(row.measureTitle)}>
                            {row.measureTitle}
                          </div>
                        </td>
                      </>
                    )}
                    <td>
                      {kind ? (lang === 'en' ? kind.nameEn : kind.nameZh) : term.termKind}
                      {kind?.outcome && <span className="badge badge-muted">{t('instruments.outcome')}</span>}
                    </td>
                    <td className="num">
                      <strong>
                        {qualifyNumber(fmt(term.valueAsWritten), term.qualifier, lang)}{' '}
                        {unitLabel(term.unitAsWritten ?? term.unit, lang)}
                      </strong>
                      <div className="trust-badges">
                        <AuthorityBadge authority={term.authority} />
                        <FlagBadges flags={term.flags} inline />
                      </div>
                    </td>
                    <td>
                      <span className="muted small" {...dataProps(term.evidence.join('、'))}>
                        {term.evidence.join('、')}
                      </span>{' '}
                      <CitationLink citation={term.citation} label={t('beyond.sourceOf', { title: term.measureTitle })}>
                        {t('beyond.source')}
                      </CitationLink>
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
      {instrument.measuresWithoutTerms.length > 0 && (
        <ul className="instrument-without-terms">
          {instrument.measuresWithoutTerms.map((m) => (
            <li key={m.id}>
              {t('instruments.withoutTerms', { place: places.get(m.regionCode) ?? m.regionCode })}{' '}
              <CitationLink citation={m.citation} label={t('beyond.sourceOf', { title: m.title })}>
                <span {...dataProps(m.title)}>{m.title}</span>
              </CitationLink>
            </li>
          ))}
        </ul>
      )}
      <MeasuresShown instrument={instrument} onShowAll={() => onShowAllMeasures(instrument.id)} />
    </section>
  );
}
