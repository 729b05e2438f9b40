/**
 * One measure in a column: its whole headline, the district it comes from when the column is its
 * city (宁波（江北区）), programme badges, the full text on demand (MeasureFullText), and a link
 * to its sentence.
 */
import type { MeasureBrief } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';
import { useI18n } from '@/i18n';
import { dataProps } from '@/lib/data-props';
import { issueText } from '@/lib/issue-label';
import { MeasureFullText } from './MeasureFullText';

export function MeasureItem({ measure }: { measure: MeasureBrief }) {
  const { t, lang } = useI18n();
  const { subPlace } = measure;
  return (
    <li className="measure-item" data-testid="measure">
      <p className="measure-title" {...dataProps(measure.title)}>
        {measure.title}
      </p>
      {subPlace && (
        <p className="muted small" data-testid="sub-place">
          {t('compare.fromSubPlace', { place: lang === 'en' ? subPlace.nameEn : subPlace.name })}
        </p>
      )}
      {measure.programs.length > 0 && (
        <ul className="badges" aria-label={t('compare.programs')}>
          {measure.programs.map((p) => (
            <li key={p} className="badge badge-program" {...dataProps(p)}>
              {p}
            </li>
          ))}
        </ul>
      )}
      {(measure.textChars !== undefined || (measure.text && measure.text !== measure.title)) && (
        <MeasureFullText measure={measure} />
      )}
      <p className="measure-source small">
        <CitationLink citation={measure.citation} label={t('compare.sourceOf', { title: measure.title })}>
          {t('compare.source')}
        </CitationLink>
        {measure.citation.issue && <span className="muted"> · {issueText(measure.citation.issue, lang)}</span>}
      </p>
    </li>
  );
}
