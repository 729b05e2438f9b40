/**
 * Cut a source's raw text into segments at every span edge, so extracted records can be
 * highlighted in place without parsing or injecting HTML. Spans may nest (a figure inside the
 * measure it belongs to) or overlap partly; each segment lists every span covering it, outermost
 * (longest) first, so the innermost one — what a click means — is last.
 * Offsets are UTF-16 code units, like the extractor's spans and String.prototype.slice.
 */
export interface HighlightSpan {
  key: string;
  start: number;
  end: number;
}

export interface TextSegment<S extends HighlightSpan = HighlightSpan> {
  start: number;
  end: number;
  text: string;
  spans: S[];
}

function byOuterFirst(a: HighlightSpan, b: HighlightSpan): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start || a.key.localeCompare(b.key);
}

export function segmentText<S extends HighlightSpan>(text: string, spans: readonly S[]): TextSegment<S>[] {
  // Clamp to the text and drop spans that are empty or inverted: bad offsets never break the page.
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end);
  const edges = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: TextSegment<S>[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i] as number;
    const end = edges[i + 1] as number;
    const covering = valid.filter((s) => s.start <= start && s.end >= end).sort(byOuterFirst);
    segments.push({ start, end, text: text.slice(start, end), spans: covering });
  }
  return segments;
}
