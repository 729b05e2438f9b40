/** The app shell: skip link, header with navigation and the language switch, and the page. */
import { NavLink, Outlet } from 'react-router';
import { useI18n } from '@/i18n';

export function Layout() {
  const { t, lang, setLang } = useI18n();
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
            <NavLink to="/" end>
              {t('nav.overview')}
            </NavLink>
            <NavLink to="/compare">{t('nav.compare')}</NavLink>
            <NavLink to="/indicators">{t('nav.indicators')}</NavLink>
            <NavLink to="/measures">{t('nav.measures')}</NavLink>
            <NavLink to="/sources">{t('nav.sources')}</NavLink>
            <NavLink to="/review">{t('nav.review')}</NavLink>
          </nav>
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
