/**
 * /measures/new: the bureau's own policy inventory, one measure at a time or as a CSV. Editors only
 * (the API refuses anyone else): anonymous visitors and viewers get a login prompt instead.
 */
import { useEffect } from 'react';
import { Link } from 'react-router';
import { ErrorState, Skeleton } from '@/components/ui/StatusMessage';
import { useT } from '@/i18n';
import { hasRole, useSession } from '@/lib/session';
import { CsvImportPanel } from './CsvImportPanel';
import { LoginPrompt } from './LoginPrompt';
import { MeasureEntryForm } from './MeasureEntryForm';
import './inventory.css';

export function InventoryPage() {
  const t = useT();
  const session = useSession();

  useEffect(() => {
    document.title = `${t('inventory.title')} · ${t('app.title')}`;
  }, [t]);

  let body: React.ReactNode;
  if (session.isPending) body = <Skeleton height={480} label={t('inventory.loading')} />;
  else if (session.isError)
    body = (
      <ErrorState
        title={t('inventory.sessionError')}
        hint={t('inventory.sessionErrorHint')}
        error={session.error}
        retryLabel={t('inventory.retry')}
        onRetry={() => void session.refetch()}
      />
    );
  else if (!hasRole(session.data, 'editor')) body = <LoginPrompt user={session.data.user} />;
  else
    body = (
      <>
        <MeasureEntryForm />
        <CsvImportPanel />
      </>
    );

  return (
    <div className="page page-narrow inventory-page">
      <header className="page-header">
        <p className="small">
          <Link to="/measures">{t('inventory.back')}</Link>
        </p>
        <h1>{t('inventory.title')}</h1>
        <p className="muted">{t('inventory.intro')}</p>
      </header>
      {body}
    </div>
  );
}
