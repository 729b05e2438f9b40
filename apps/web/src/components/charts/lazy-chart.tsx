/**
 * Charts load lazily: ECharts is the largest chunk of the app (~190 KB gzip), so no page's first
 * paint waits for it. A chart's module is fetched when the chart is first drawn (React.lazy at the
 * module that draws it); until then a skeleton of the chart's height holds its place, so nothing
 * shifts when it arrives. On the first page of a visit the chart is asked for only once the page
 * has painted: fetched and run in the same turn as the page's render, ECharts (~600 KB of script)
 * delayed the paint of the page's own text (its LCP) instead of following it.
 *
 *   const Chart = lazy(async () => ({ default: (await import('./Chart')).Chart }));
 *   <LazyChart height={360}><Chart … /></LazyChart>
 */
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { Skeleton } from '@/components/ui/StatusMessage';
import { useT } from '@/i18n';

/** Set once the first page has painted: later charts load at once (ECharts is then on its way). */
let pagePainted = false;

/** False until the browser has painted this render: a frame's callback runs before its paint, a task after. */
function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(pagePainted);
  useEffect(() => {
    if (painted) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => {
        pagePainted = true;
        setPainted(true);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [painted]);
  return painted;
}

export function LazyChart({ height, children }: { height: number; children: ReactNode }) {
  const t = useT();
  const painted = useAfterPaint();
  const skeleton = <Skeleton height={height} label={t('chart.loading')} />;
  return <Suspense fallback={skeleton}>{painted ? children : skeleton}</Suspense>;
}
