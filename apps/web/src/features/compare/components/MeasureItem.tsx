/** One measure in a column: its heading, programme badges and a link to the sentence it came from. */
import type { MeasureBrief } from '@ipb/domain';
import { Link } from 'react-router';
import { useT } from '@/i18n';
import { isInternal, sourceHref } from '../lib/source-href';

export function MeasureItem({ measure }: { measure: MeasureBrief }) {
  const t = useT();
  const href = sourceHref(measure.citation);
  const label = t('compare.sourceOf', { title: measure.title });
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
        {isInternal(href) ? (
          <Link to={href} aria-label={label}>
            {t('compare.source')}
          </Link>
        ) : (
          <a href={href} target="_blank" rel="noopener noreferrer" aria-label={label}>
            {t('compare.source')}
          </a>
        )}
        {measure.citation.issue && <span className="muted"> · {measure.citation.issue}</span>}
      </p>
    </li>
  );
}
