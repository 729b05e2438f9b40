/**
 * The app shell: skip link, header with navigation, the account and the language switch, and the page.
 * Navigation links carry the shared URL state (theme filter, official-sources switch) between views.
 */
import { SessionResponseSchema } from '@ipb/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useI18n } from '@/i18n';
import { useSend } from '@/lib/api-send';
import { loginHref, sessionQueryOptions, useSession } from '@/lib/session';
import { useSharedHref } from '@/lib/use-shared-href';

/** Who is logged in, with a logout button; a login link that comes back here otherwise. */
function Account() {
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
          {logout.error.message}
        </span>
      )}
    </section>
  );
}

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const href = useSharedHref();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to="/" className="brand">
            <span className="brand-title">{t('app.title')}</span>
            <span className="brand-subtitle">{t('app.subtitle')}</span>
          </NavLink>
          <nav aria-label={t('nav.label')} className="app-nav">
            <NavLink to={href('/')} end>
              {t('nav.overview')}
            </NavLink>
            <NavLink to={href('/compare')}>{t('nav.compare')}</NavLink>
            <NavLink to={href('/indicators')}>{t('nav.indicators')}</NavLink>
            <NavLink to={href('/ladder')}>{t('nav.ladder')}</NavLink>
            <NavLink to={href('/instruments')}>{t('nav.instruments')}</NavLink>
            <NavLink to={href('/peers')}>{t('nav.peers')}</NavLink>
            <NavLink to={href('/measures')}>{t('nav.measures')}</NavLink>
            <NavLink to={href('/sources')}>{t('nav.sources')}</NavLink>
            <NavLink to={href('/review')}>{t('nav.review')}</NavLink>
          </nav>
          <Account />
          <button
            type="button"
            className="button button-ghost lang-switch"
            aria-label={t('lang.switchLabel')}
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
