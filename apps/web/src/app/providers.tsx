import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { I18nProvider, type Lang } from '@/i18n';
import { createQueryClient } from '@/lib/query-client';

/** Everything a page needs around it; tests pass their own query client (no retries, no cache sharing). */
export function AppProviders({
  children,
  queryClient,
  lang,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  lang?: Lang;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initialLang={lang}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
