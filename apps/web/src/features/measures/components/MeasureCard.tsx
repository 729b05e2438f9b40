/** One measure in the results: title, place, themes (with the words that decided them), programmes, citation. */
import type { Highlight, Measure } from '@ipb/domain';
import { Link } from 'react-router';
import { type MessageKey, useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { issueText } from '@/lib/issue-label';
import { usePlaceName } from '@/lib/use-place-name';

export function Snippet({ parts }: { parts: Highlight }) {
  return (
    <>
      {parts.map((part, i) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their order
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their order
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** `/sources/3#120-168`: the reader selects and scrolls to the span. */
export function sourceHref(citation: Measure['citation']): string {
  const span = citation.start !== null && citation.end !== null ? `#${citation.start}-${citation.end}` : '';
  return `/sources/${citation.sourceId}${span}`;
}

export function MeasureCard({ measure, themeName }: { measure: Measure; themeName: (id: string) => string }) {
  const { t, lang } = useI18n();
  const placeName = usePlaceName();
  const { citation } = measure;
  const issue = citation.issue ? issueText(citation.issue, lang) : null;
  const title = citation.issue ? citation.articleTitle : citation.sourceTitle;
  const source = [issue, title].filter(Boolean).join(' · ');
  return (
    <article className="measure-card" data-testid="measure" aria-labelledby={`measure-${measure.id}`}>
      <header className="measure-head">
        <h3 id={`measure-${measure.id}`} className="measure-title" title={measure.title} {...dataProps(measure.title)}>
          {measure.title}
        </h3>
        <span className={`badge status-${measure.reviewStatus}`}>
          {t(`measures.status.${measure.reviewStatus}` as MessageKey)}
        </span>
      </header>
      <p className="measure-meta small">
        {measure.regionCode ? (
          <Link to={`/regions/${measure.regionCode}`}>{placeName(measure.regionCode, measure.regionName)}</Link>
        ) : (
          <span className="muted">{t('measures.noPlace')}</span>
        )}
        {measure.year !== null && <span>{measure.year}</span>}
        <Link to={sourceHref(citation)} className="measure-source" aria-label={t('measures.sourceLink', { source })}>
          {issue}
          {issue && title && ' · '}
          {title && <span {...dataProps(title)}>{title}</span>}
        </Link>
      </p>
      <p className="measure-text" {...dataProps(measure.text)}>
        {measure.snippet ? <Snippet parts={measure.snippet} /> : measure.text}
      </p>
      <div className="measure-badges">
        {measure.themes.length > 0 && (
          <ul className="badges" aria-label={t('measures.themes')}>
            {measure.themes.map((theme) => {
              const words = theme.evidence.join('、') || '—';
              const evidence = t('measures.evidence', { words });
              return (
                <li key={theme.id} className="badge badge-theme" title={evidence}>
                  {themeName(theme.id)}
                  <span className="visually-hidden">
                    {' '}
                    {t('measures.evidenceLabel')} <span {...dataProps(words)}>{words}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {measure.programs.length > 0 && (
          <ul className="badges" aria-label={t('measures.programs')}>
            {measure.programs.map((p) => (
              <li key={p} className="badge badge-program" {...dataProps(p)}>
                {p}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
