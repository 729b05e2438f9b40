/**
 * One source's value in a conflict, as a radio choice: the value as written, its source's authority
 * badge, quality flags, review status and rank, then the sentence it was read from and links to the
 * reader (and the original page). The links sit outside the <label>: a link inside a label is a
 * second click target screen readers announce badly.
 */
import { Link } from 'react-router';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { CitationSource } from '@/components/ui/CitationSource';
import { flagLabel, useI18n } from '@/i18n';
import type { Conflict } from '../api/get-conflicts';
import { citationHref, conflictValue } from '../lib/conflict-labels';

type Value = Conflict['values'][number];

export function ConflictValueOption({
  value,
  idPrefix,
  preferred,
  defaultChecked,
}: {
  value: Value;
  /** Unique per conflict form: every form names its radio group "value". */
  idPrefix: string;
  preferred: boolean;
  defaultChecked: boolean;
}) {
  const { t, lang } = useI18n();
  const { citation } = value;
  const id = `${idPrefix}-${value.observationId}`;
  return (
    <li className={`conflict-value${preferred ? ' is-preferred' : ''}`} data-testid="conflict-value">
      <div className="conflict-choice">
        <input
          type="radio"
          id={id}
          name="value"
          value={value.observationId}
          defaultChecked={defaultChecked}
          aria-describedby={`${id}-quote`}
        />
        <label htmlFor={id} className="conflict-label">
          <strong className="conflict-number">{conflictValue(value, lang)}</strong>
          <AuthorityBadge authority={value.authority} />
          {preferred && <span className="badge badge-preferred">{t('conflict.preferred')}</span>}
          <span className="muted small">
            {[
              t('review.conflict.rank', { rank: value.rank }),
              t(`review.status.${value.reviewStatus}`),
              value.publishedAt && t('review.conflict.published', { date: value.publishedAt }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </label>
      </div>
      {value.flags.length > 0 && (
        <ul className="badges" aria-label={t('flags.label')}>
          {value.flags.map((f) => (
            <li key={f} className="badge badge-warn">
              {flagLabel(t, f)}
            </li>
          ))}
        </ul>
      )}
      <figure className="review-citation">
        <blockquote id={`${id}-quote`} className="citation-quote">
          {citation.quote}
        </blockquote>
        <figcaption className="small">
          <Link to={citationHref(citation)}>
            {t('review.openSource')}
            <CitationSource citation={citation} title="source-or-article" />
          </Link>
          {citation.url && (
            <>
              {' · '}
              <a href={citation.url} target="_blank" rel="noreferrer noopener">
                {t('review.conflict.openPage')}
              </a>
            </>
          )}
        </figcaption>
      </figure>
    </li>
  );
}
