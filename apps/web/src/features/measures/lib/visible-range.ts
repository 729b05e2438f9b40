/**
 * Simple windowing for long result lists: rows have a fixed height, so which rows are on screen
 * follows from the list's position in the viewport. Pure, so the arithmetic is tested apart from
 * the DOM.
 */
export interface Range {
  /** First row to render (inclusive). */
  start: number;
  /** Row after the last one to render (exclusive). */
  end: number;
}

export function visibleRange({
  listTop,
  viewportHeight,
  rowHeight,
  count,
  overscan = 5,
}: {
  /** The list's top edge relative to the viewport's top (negative once scrolled past). */
  listTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  overscan?: number;
}): Range {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, -listTop) / rowHeight);
  const last = Math.ceil(Math.max(0, viewportHeight - listTop) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end };
}
