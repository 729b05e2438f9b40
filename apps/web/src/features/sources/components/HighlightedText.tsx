/**
 * The raw text with every record highlighted in place (lib/segment-text.ts). Each record's first
 * piece is a tab stop (Enter or Space opens it); a click anywhere on a highlight opens the
 * innermost record there. The span named by the URL hash gets a thick outline and the focus.
 */
import { type KeyboardEvent, type MouseEvent, memo, useMemo } from 'react';
import { useT } from '@/i18n';
import { formatWrittenValue } from '../lib/format-value';
import type { ReaderRecord } from '../lib/reader-records';
import { segmentText } from '../lib/segment-text';
import type { Span } from '../lib/span-hash';

export const TARGET_ID = 'cited-span';

type Piece = ReaderRecord | { key: 'target'; start: number; end: number; kind: 'target' };

function recordLabel(r: ReaderRecord, kindLabel: string): string {
  const text =
    r.kind === 'measure'
      ? r.record.title
      : `${r.record.subject ?? ''} ${formatWrittenValue(r.record, 'en')}${r.record.unitAsWritten ?? ''}`;
  return `${kindLabel}：${text.trim()}`;
}

function keyAt(element: EventTarget | null): string | null {
  const mark = element instanceof Element ? element.closest('[data-record]') : null;
  return mark?.getAttribute('data-record') || null;
}

export const HighlightedText = memo(function HighlightedText({
  text,
  records,
  target,
  selectedKey,
  onSelect,
}: {
  text: string;
  records: readonly ReaderRecord[];
  target: Span | null;
  selectedKey: string | null;
  onSelect: (key: string) => void;
}) {
  const t = useT();
  const segments = useMemo(() => {
    const pieces: Piece[] = [...records];
    if (target) pieces.push({ key: 'target', start: target.start, end: target.end, kind: 'target' });
    return segmentText(text, pieces);
  }, [text, records, target]);

  const onClick = (e: MouseEvent) => {
    const key = keyAt(e.target);
    if (key) onSelect(key);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const key = keyAt(e.target);
    if (key) {
      e.preventDefault();
      onSelect(key);
    }
  };

  let targetPlaced = false;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegation; the focusable marks inside carry role="button"
    <div className="reader-text" onClick={onClick} onKeyDown={onKeyDown} data-data="" lang="zh-CN">
      {segments.map((seg) => {
        const recs = seg.spans.filter((s): s is ReaderRecord => s.kind !== 'target');
        const isTarget = seg.spans.some((s) => s.kind === 'target');
        if (!recs.length && !isTarget) return seg.text;
        const inner = recs[recs.length - 1];
        // A repeated mention opens its figure on a click; only the figure's own span is a tab stop.
        const repeat = inner?.kind === 'figure' && inner.of ? inner.of : null;
        const first = inner && inner.start === seg.start && !repeat ? inner : undefined;
        const kinds = new Set(recs.map((r) => r.kind));
        const className = [
          'hl',
          kinds.has('measure') && 'hl-measure',
          kinds.has('figure') && 'hl-figure',
          isTarget && 'hl-target',
          recs.some((r) => r.key === selectedKey || (r.kind === 'figure' && r.of === selectedKey)) && 'is-selected',
        ]
          .filter(Boolean)
          .join(' ');
        const firstOfTarget = isTarget && !targetPlaced;
        if (firstOfTarget) targetPlaced = true;
        return (
          // biome-ignore lint/a11y/useAriaPropsSupportedByRole: role="button" is set exactly when aria-label and aria-pressed are
          <mark
            key={seg.start}
            className={className}
            data-record={repeat ?? inner?.key}
            id={firstOfTarget ? TARGET_ID : undefined}
            tabIndex={first ? 0 : firstOfTarget ? -1 : undefined}
            role={first ? 'button' : undefined}
            aria-label={first ? recordLabel(first, t(`reader.kind.${first.kind}`)) : undefined}
            aria-pressed={first ? first.key === selectedKey : undefined}
          >
            {seg.text}
          </mark>
        );
      })}
    </div>
  );
});
