/**
 * The reader's URL hash `#<start>-<end>` names a span of the raw text (other views link
 * citations there). Parsing is strict about the shape and forgiving about the rest: anything
 * else means "no span".
 */
export interface Span {
  start: number;
  end: number;
}

export function parseSpanHash(hash: string): Span | null {
  const m = /^#?(\d{1,9})-(\d{1,9})$/.exec(hash.trim());
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end ? { start, end } : null;
}

export function spanHash(span: Span): string {
  return `#${span.start}-${span.end}`;
}

/**
 * The record a span means: one with exactly that span, else the smallest one containing it,
 * else the one overlapping it most. Null when nothing touches it.
 */
export function pickRecord<R extends Span>(records: readonly R[], span: Span | null): R | null {
  if (!span) return null;
  const length = (r: Span) => r.end - r.start;
  const exact = records.find((r) => r.start === span.start && r.end === span.end);
  if (exact) return exact;
  const containing = records
    .filter((r) => r.start <= span.start && r.end >= span.end)
    .sort((a, b) => length(a) - length(b));
  if (containing[0]) return containing[0];
  const overlap = (r: Span) => Math.min(r.end, span.end) - Math.max(r.start, span.start);
  const overlapping = records.filter((r) => overlap(r) > 0).sort((a, b) => overlap(b) - overlap(a));
  return overlapping[0] ?? null;
}
