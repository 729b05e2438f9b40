/** Under each rung, the measures of the shown places that aim at it, with the words that link them. */
import type { LadderResponse } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';

export function StageMeasures({ data }: { data: LadderResponse }) {
  const { t, lang } = useI18n();
  const names = new Map(data.places.map((p) => [p.region.code, lang === 'en' ? p.region.nameEn : p.region.shortName]));
  return (
    <div className="ladder-measures">
      {data.stages.map((stage) => (
        <section key={stage.id} aria-labelledby={`stage-${stage.id}`} data-testid="stage-measures">
          <h3 id={`stage-${stage.id}`}>{lang === 'en' ? stage.nameEn : stage.nameZh}</h3>
          {stage.measures.length ? (
            <ul className="measure-list">
              {stage.measures.map(({ measure, evidence }) => (
                <li key={measure.id} className="measure-item">
                  <span className="badge badge-muted">{names.get(measure.regionCode) ?? measure.regionCode}</span>{' '}
                  <span className="measure-title" {...dataProps(measure.title)}>
                    {measure.title}
                  </span>{' '}
                  {measure.programs.map((p) => (
                    <span key={p} className="badge badge-program" {...dataProps(p)}>
                      {p}
                    </span>
                  ))}{' '}
                  <span className="muted small">
                    {t('ladder.evidence')} <span {...dataProps(evidence.join('、'))}>{evidence.join('、')}</span>
                  </span>{' '}
                  <CitationLink citation={measure.citation} label={t('beyond.sourceOf', { title: measure.title })}>
                    {t('beyond.source')}
                  </CitationLink>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{t('ladder.noMeasures')}</p>
          )}
        </section>
      ))}
    </div>
  );
}
