/**
 * A source's authority: the badge, the rule's reason (or the editor's, after an override) and, for
 * editors, the change form. Used by the source list and the reader, so both read the same.
 * After a change the focus goes back to the button and a status line says what happened.
 */
import type { SourceSummary } from '@ipb/domain';
import { useRef, useState } from 'react';
import { AuthorityBadge } from '@/components/ui/AuthorityBadge';
import { AuthorityReason } from '@/components/ui/AuthorityReason';
import { useT } from '@/i18n';
import { hasRole, useSession } from '@/lib/session';
import { AuthorityEditForm } from './AuthorityEditForm';
import './source-authority.css';

export function SourceAuthority({
  source,
  title,
}: {
  source: Pick<SourceSummary, 'id' | 'authority' | 'authorityReason'>;
  /** How the source is named on screen, for the button's accessible name and the status line. */
  title: string;
}) {
  const t = useT();
  const session = useSession();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <div className="source-authority" data-testid="source-authority">
      <p className="source-authority-line small">
        <AuthorityBadge authority={source.authority} />
        <AuthorityReason reason={source.authorityReason} />
        {hasRole(session.data, 'editor') && !editing && (
          <button
            ref={button}
            type="button"
            className="button button-secondary button-small"
            aria-label={t('sourceAuthority.changeFor', { title })}
            onClick={() => {
              setSaved('');
              setEditing(true);
            }}
          >
            {t('sourceAuthority.change')}
          </button>
        )}
      </p>
      {editing && (
        <AuthorityEditForm
          source={source}
          onCancel={close}
          onDone={(updated) => {
            setSaved(t('sourceAuthority.saved', { title, authority: t(`authority.${updated.authority}`) }));
            close();
          }}
        />
      )}
      <p className="visually-hidden" role="status">
        {saved}
      </p>
    </div>
  );
}
