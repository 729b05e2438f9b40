/**
 * "2 个来源不一致" as a button that discloses what each source says: the value used first, then
 * the others, each with its authority badge, its flags, the quoted sentence and a link to the
 * source, and the rule that chose the value used. Values come formatted by the caller so they
 * read in the same scale as the cell they sit in.
 */
import type { AlternativeValue, Authority, Citation, ConflictBrief } from '@ipb/domain';
import { useId, useState } from 'react';
import { useT } from '@/i18n';
import { AuthorityBadge } from './AuthorityBadge';
import { CitationLink } from './CitationLink';
import { FlagBadges } from './FlagBadges';
import './trust.css';

export interface ConflictPreferred {
  /** The value used, formatted with its unit. */
  text: string;
  authority: Authority;
  flags: readonly string[];
  citation: Citation;
}

function Entry({ text, authority, flags, citation }: ConflictPreferred) {
  return (
    <div className="conflict-entry" data-testid="conflict-value">
      <p className="conflict-value">
        <strong>{text}</strong> <AuthorityBadge authority={authority} />
      </p>
      <FlagBadges flags={flags} inline />
      <blockquote className="citation-quote">{citation.quote}</blockquote>
      <p className="small">
        <CitationLink citation={citation}>
          <cite>{citation.sourceTitle}</cite>
        </CitationLink>
        {citation.issue && <span className="muted"> · {citation.issue}</span>}
      </p>
    </div>
  );
}

export function ConflictBadge({
  conflict,
  preferred,
  format,
}: {
  conflict: ConflictBrief;
  preferred: ConflictPreferred;
  /** An alternative value with its unit, in the caller's scale. */
  format(value: AlternativeValue): string;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="conflict">
      <button
        type="button"
        className="badge badge-conflict"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t('conflict.badge', { count: conflict.values })}
        <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
      </button>
      {conflict.settled && <span className="badge badge-muted">{t('conflict.settled')}</span>}
      <section id={id} className="conflict-panel" hidden={!open} aria-label={t('conflict.showQuotes')}>
        <p className="conflict-label">{t('conflict.preferred')}</p>
        <Entry {...preferred} />
        <p className="conflict-label">{t('conflict.alternative')}</p>
        <ul className="conflict-list">
          {conflict.alternatives.map((alt) => (
            <li key={alt.observationId}>
              <Entry text={format(alt)} authority={alt.authority} flags={alt.flags} citation={alt.citation} />
            </li>
          ))}
        </ul>
        {conflict.alternativesTotal > conflict.alternatives.length && (
          <p className="small muted">
            {t('conflict.more', { count: conflict.alternativesTotal - conflict.alternatives.length })}
          </p>
        )}
        <p className="small muted">{t('conflict.rule')}</p>
      </section>
    </div>
  );
}
