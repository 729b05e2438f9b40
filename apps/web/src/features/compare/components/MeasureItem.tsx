/** One measure in a column: its heading, programme badges and a link to the sentence it came from. */
import type { MeasureBrief } from '@ipb/domain';
import { CitationLink } from '@/components/ui/CitationLink';
import { useT } from '@/i18n';

export function MeasureItem({ measure }: { measure: MeasureBrief }) {
  const t = useT();
  return (
    <li className="measure-item" data-testid="measure">
      <p className="measure-title">{measure.title}</p>
      {measure.programs.length > 0 && (
        <ul className="badges" aria-label={t('compare.programs')}>
          {measure.programs.map((p) => (
            <li key={p} className="badge badge-program">
              {p}
            </li>
          ))}
        </ul>
      )}
      <p className="measure-source small">
        <CitationLink citation={measure.citation} label={t('compare.sourceOf', { title: measure.title })}>
          {t('compare.source')}
        </CitationLink>
        {measure.citation.issue && <span className="muted"> · {measure.citation.issue}</span>}
      </p>
    </li>
  );
}
