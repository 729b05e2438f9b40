/** /login?next=…: user name and password; on success go back to `next` (a path of this site only). */
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '@/i18n';
import { problemText } from '@/lib/problem-text';
import { useSession } from '@/lib/session';
import { useLogin } from '../api/login';
import { useLogout } from '../api/logout';
import { safeNext } from '../lib/safe-next';
import './login.css';

export function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const logout = useLogout();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    document.title = `${t('auth.title')} · ${t('app.title')}`;
  }, [t]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate({ username: username.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }) });
  };

  const user = session.data?.user;
  const error = missing ? t('auth.missing') : login.error ? problemText(t, login.error) : undefined;
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('auth.intro')}</p>
      </header>
      {user && (
        <p className="status" role="status">
          {t('auth.loggedInAs', { user: user.username, role: t(`role.${user.role}`) })}{' '}
          <Link to={next}>{t('auth.continue')}</Link>{' '}
          <button type="button" className="button button-secondary" onClick={() => logout.mutate()}>
            {t('auth.logout')}
          </button>
        </p>
      )}
      <form
        className="panel login-form"
        onSubmit={onSubmit}
        noValidate
        aria-describedby={error ? 'login-error' : undefined}
      >
        <div className="field">
          <label className="field-label" htmlFor="login-username">
            {t('auth.username')}
          </label>
          <input
            id="login-username"
            className="input"
            name="username"
            autoComplete="username"
            required
            aria-invalid={missing && !username.trim() ? true : undefined}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="login-password">
            {t('auth.password')}
          </label>
          <input
            id="login-password"
            className="input"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            aria-invalid={missing && !password ? true : undefined}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error && (
          <div id="login-error" className="status status-error" role="alert">
            <p className="status-title">{t('auth.error')}</p>
            <p className="status-hint">{error}</p>
          </div>
        )}
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>
    </div>
  );
}
