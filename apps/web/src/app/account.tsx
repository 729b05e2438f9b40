/** The header's account box: who is logged in with a logout button, or a login link that comes back here. */
import { SessionResponseSchema } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useI18n } from '@/i18n';
import { useSend } from '@/lib/api-send';
import { problemText } from '@/lib/problem-text';
import { loginHref, sessionQueryOptions, useSession } from '@/lib/session';

/** Who is logged in, with a logout button; a login link that comes back here otherwise. */
export function Account() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const send = useSend();
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: () => send('POST', '/auth/logout', null, SessionResponseSchema),
    onSuccess: (next) => {
      queryClient.setQueryData(sessionQueryOptions().queryKey, next);
      queryClient.removeQueries({ queryKey: ['review-queue'] });
    },
  });
  const user = session.data?.user;
  // Same width box whatever the state, so the header does not jump when the session arrives.
  if (session.isPending) return <div className="account" aria-hidden="true" />;
  if (!user) {
    if (location.pathname === '/login') return <div className="account" />;
    return (
      <div className="account">
        <Link className="button button-ghost" to={loginHref(location)}>
          {t('header.login')}
        </Link>
      </div>
    );
  }
  return (
    <section className="account" aria-label={t('header.account')}>
      <span className="account-user" data-testid="account-user">
        {t('header.user', { user: user.username, role: t(`role.${user.role}`) })}
      </span>
      <button
        type="button"
        className="button button-ghost"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
        aria-describedby={logout.isError ? 'logout-error' : undefined}
      >
        {logout.isPending ? t('header.loggingOut') : t('header.logout')}
      </button>
      {logout.isError && (
        <span id="logout-error" className="visually-hidden" role="alert">
          {problemText(t, logout.error)}
        </span>
      )}
    </section>
  );
}
