/** Small pages that belong to no feature: "not found" and the route error page. */
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useT } from '@/i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="page page-narrow">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </div>
  );
}

/** Shown when a page throws or its code cannot be loaded (e.g. an old tab after a release). */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="page page-narrow">
      <div className="status status-error" role="alert">
        <p className="status-title">{t('error.title')}</p>
        <p className="status-hint">{t('error.hint')}</p>
        <p className="status-detail">
          <code>{message}</code>
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </div>
  );
}
