/**
 * Pages for editors only (import, audit): an anonymous visitor goes to the login page and comes
 * back, a viewer is told which role it takes, an editor sees the page.
 */
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useI18n } from '@/i18n';
import { hasRole, loginHref, useSession } from '@/lib/session';

export function EditorGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Skeleton height={240} label={t('gate.loading')} />;
  if (session.isError)
    return (
      <ErrorState
        title={t('gate.error')}
        hint={t('gate.errorHint')}
        error={session.error}
        retryLabel={t('gate.retry')}
        onRetry={() => void session.refetch()}
      />
    );
  const user = session.data?.user;
  if (!user) return <Navigate to={loginHref(location)} replace />;
  if (!hasRole(session.data, 'editor'))
    return (
      <div className="status status-error" role="alert">
        <p className="status-title">{t('gate.forbidden')}</p>
        <p className="status-hint">{t('gate.needsEditor', { user: user.username, role: t(`role.${user.role}`) })}</p>
      </div>
    );
  return <>{children}</>;
}
