/**
 * Charts load lazily: ECharts is the largest chunk of the app (~190 KB gzip), so no page's first
 * paint waits for it. A chart's module is fetched when the chart is first drawn (React.lazy at the
 * module that draws it); until then a skeleton of the chart's height holds its place, so nothing
 * shifts when it arrives.
 *
 *   const Chart = lazy(async () => ({ default: (await import('./Chart')).Chart }));
 *   <LazyChart height={360}><Chart … /></LazyChart>
 */
import { type ReactNode, Suspense } from 'react';
import { Skeleton } from '@/components/ui/StatusMessage';
import { useT } from '@/i18n';

export function LazyChart({ height, children }: { height: number; children: ReactNode }) {
  const t = useT();
  return <Suspense fallback={<Skeleton height={height} label={t('chart.loading')} />}>{children}</Suspense>;
}
