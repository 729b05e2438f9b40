/**
 * What a visitor who may not add measures sees instead of a form that would only be refused: who
 * they are, which role it takes, and a login link that comes back to this page.
 */
import { Link, useLocation } from 'react-router';
import { useT } from '@/i18n';
import { loginHref, type Session } from '@/lib/session';

export function LoginPrompt({ user }: { user: Session['user'] }) {
  const t = useT();
  const location = useLocation();
  return (
    <section className="panel" aria-labelledby="inventory-login-title" data-testid="inventory-login">
      <h2 id="inventory-login-title" className="panel-title">
        {t('inventory.loginTitle')}
      </h2>
      <p>
        {user
          ? t('inventory.viewerHint', { user: user.username, role: t(`role.${user.role}`) })
          : t('inventory.loginHint')}
      </p>
      <p>
        <Link className="button" to={loginHref(location)}>
          {user ? t('inventory.loginAsEditor') : t('inventory.login')}
        </Link>
      </p>
    </section>
  );
}
