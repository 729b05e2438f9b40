/**
 * The app shell: skip link, header with navigation, the account and the language switch, and the page.
 * Navigation links carry the shared URL state (theme filter, official-sources switch) between views.
 * On a phone or a tablet the navigation, account and language switch fold into a menu button.
 */
import { useEffect, useId, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useI18n } from '@/i18n';
import { hasRole, useSession } from '@/lib/session';
import { useSharedHref } from '@/lib/use-shared-href';
import { Account } from './account';
import './layout.css';

function MainNav() {
  const { t } = useI18n();
  const href = useSharedHref();
  const editor = hasRole(useSession().data, 'editor');
  return (
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
      {editor && <NavLink to="/import">{t('nav.import')}</NavLink>}
      {editor && <NavLink to="/audit">{t('nav.audit')}</NavLink>}
    </nav>
  );
}

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const location = useLocation();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  // A chosen page closes the menu (on a phone it would otherwise cover the page just opened).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the location change is the trigger
  useEffect(() => setOpen(false), [location.pathname]);
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
          <button
            type="button"
            className="button button-ghost menu-toggle"
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true" className="menu-icon" />
            {t('nav.menu')}
          </button>
          <div id={menuId} className={`app-menu${open ? ' is-open' : ''}`}>
            <MainNav />
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
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
