/**
 * The results. Cards have a fixed height, so a long list (after several "load more") renders only
 * the rows near the viewport (lib/visible-range.ts) and keeps the page fast on a tablet.
 */
import type { Measure } from '@ipb/domain';
import { useEffect, useRef, useState } from 'react';
import { type Range, visibleRange } from '../lib/visible-range';
import { MeasureCard } from './MeasureCard';

/** Card height plus the gap below it; matches .measure-row in styles.css. */
export const ROW_HEIGHT = 212;
/** Shorter lists render every card: windowing only pays off when the list is long. */
export const WINDOW_FROM = 60;

function useWindow(count: number): [React.RefObject<HTMLOListElement | null>, Range] {
  const ref = useRef<HTMLOListElement>(null);
  const windowed = count >= WINDOW_FROM;
  const [range, setRange] = useState<Range>({ start: 0, end: Math.min(count, WINDOW_FROM) });
  useEffect(() => {
    if (!windowed) return;
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setRange(visibleRange({ listTop: top, viewportHeight: window.innerHeight, rowHeight: ROW_HEIGHT, count }));
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [windowed, count]);
  return [ref, windowed ? range : { start: 0, end: count }];
}

export function MeasureList({
  measures,
  label,
  themeName,
}: {
  measures: readonly Measure[];
  label: string;
  themeName: (id: string) => string;
}) {
  const [ref, range] = useWindow(measures.length);
  const rows = measures.slice(range.start, range.end);
  return (
    <ol
      ref={ref}
      className="measure-list"
      aria-label={label}
      style={{ height: measures.length * ROW_HEIGHT, paddingTop: range.start * ROW_HEIGHT }}
    >
      {rows.map((m, i) => (
        <li key={m.id} className="measure-row" aria-posinset={range.start + i + 1} aria-setsize={measures.length}>
          <MeasureCard measure={m} themeName={themeName} />
        </li>
      ))}
    </ol>
  );
}
