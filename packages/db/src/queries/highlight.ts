/** Cut a text into a short snippet around the first match, with matched parts marked. Pure. */
import type { Highlight } from '@ipb/domain';

export function highlight(text: string, terms: string[], radius = 40): Highlight | null {
  if (!terms.length) return null;
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (!term) continue;
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
      if (!ranges.some(([a, b]) => i < b && i + term.length > a)) ranges.push([i, i + term.length]);
    }
  }
  if (!ranges.length) return null;
  ranges.sort((a, b) => a[0] - b[0]);
  const from = Math.max(0, (ranges[0]?.[0] ?? 0) - radius);
  const to = Math.min(text.length, (ranges[0]?.[1] ?? 0) + radius * 2);
  const parts: Highlight = [];
  let at = from;
  for (const [a, b] of ranges) {
    if (a < at || b > to) continue;
    if (a > at) parts.push({ text: text.slice(at, a), match: false });
    parts.push({ text: text.slice(a, b), match: true });
    at = b;
  }
  if (at < to) parts.push({ text: text.slice(at, to), match: false });
  if (from > 0) parts.unshift({ text: '…', match: false });
  if (to < text.length) parts.push({ text: '…', match: false });
  return parts;
}
