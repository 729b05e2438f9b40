/**
 * Check a curator's indicator for a reference row against the sentence it quotes, with the fit
 * rules of @ipb/domain (indicator-fit.ts). The figure is found in the quote by its value (52.4,
 * or 1.86万 for 18600); its clause and the words naming what is counted decide scope. When the
 * claimed indicator does not fit, another catalogue indicator named in those words that fits is
 * taken (入库省科技型中小企业 → the provincial register); otherwise the row is left unlinked, with
 * a note saying why. A quote in which the figure cannot be found (English, a table row) keeps the
 * curator's indicator.
 */
import type { Indicator, Misfit, ObservationKind, ReferenceFigure } from '@ipb/domain';
import { misfit as defaultMisfit } from '@ipb/domain';

const NUMBER = /(\d+(?:[.,]\d+)*)\s*(万亿|万|亿)?/g;
const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const CLAUSE_BREAK = /[，,；;。：:！？!?]/;
/** A list item (…213家、省级专精特新中小企业647家) ends at 、 too. */
const ITEM_BREAK = /[，,；;。：:！？!?、]/;
const SENTENCE_BREAK = /[；;。！？!?]/;

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

/** Offset of the figure's number in the (folded) quote, or -1. */
function locate(quote: string, value: number): number {
  for (const m of quote.matchAll(NUMBER)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    const mult = m[2] ? (MULTIPLIER[m[2]] ?? 1) : 1;
    if (same(n, value) || same(n * mult, value)) return m.index;
  }
  return -1;
}

function back(text: string, from: number, stop: RegExp): number {
  let i = from;
  while (i > 0 && !stop.test(text[i - 1]!)) i--;
  return i;
}

const termsOf = (i: Indicator) => [i.nameZh, ...i.synonyms].filter((t) => t.length >= 2);

/** The words naming what is counted: from the list item's start up to the end of the nearest term before the number. */
function subjectBefore(text: string, at: number, terms: string[]): { subject: string; term?: string } {
  const sentenceStart = back(text, at, SENTENCE_BREAK);
  let best = -1;
  let found = '';
  for (const term of terms) {
    const i = text.lastIndexOf(term, at - 1);
    if (i >= sentenceStart && (i > best || (i === best && term.length > found.length))) {
      best = i;
      found = term;
    }
  }
  if (best < 0) return { subject: text.slice(back(text, at, CLAUSE_BREAK), at) };
  return { subject: text.slice(back(text, best, CLAUSE_BREAK), best + found.length), term: found };
}

export function linkReference(
  figure: ReferenceFigure,
  claimed: Indicator,
  f: { unit: string; kind: ObservationKind },
  catalogue: Map<string, Indicator>,
  check: typeof defaultMisfit = defaultMisfit,
): { indicator: Indicator | undefined; note: string | null } {
  const quote = figure.quote.replace(/億/g, '亿').replace(/萬/g, '万');
  const at = locate(quote, figure.value);
  if (at < 0) return { indicator: claimed, note: null };
  // The figure's own clause: a list item (…新获批712家、累计数达1774家) is a clause of its own.
  const clause = quote.slice(back(quote, at, ITEM_BREAK), at);
  const fitOf = (i: Indicator): Misfit | null => {
    const named = subjectBefore(quote, at, termsOf(i));
    const misfit = check(i, { unit: f.unit, kind: f.kind, ...named, clause });
    // A quote that names no term of the indicator (a table row) can only be checked for unit and entity.
    return named.term || misfit === 'unit' || misfit === 'entity' ? misfit : null;
  };
  // A stock counted over a year (培育国家高新技术企业218家, period full_year) is what the year added.
  const overYear = claimed.quantityType === 'stock' && figure.period === 'full_year' ? 'new_vs_stock' : null;
  const problem = overYear ?? fitOf(claimed);
  if (!problem) return { indicator: claimed, note: null };
  const words = subjectBefore(quote, at, termsOf(claimed)).subject;
  // Another indicator named where the claimed one was (入库省科技型中小企业), never one of an earlier list item.
  const alternative = [...catalogue.values()]
    .flatMap((i) => termsOf(i).map((term) => ({ i, term })))
    .filter(
      ({ i, term }) =>
        i.id !== claimed.id && words.endsWith(term) && !fitOf(i) && !(overYear && i.quantityType === 'stock'),
    )
    .sort((a, b) => b.term.length - a.term.length)[0];
  const why = `the sentence does not fit ${claimed.id} (${problem})`;
  return alternative
    ? { indicator: alternative.i, note: `Linked to ${alternative.i.id}: ${why}.` }
    : { indicator: undefined, note: `Not linked: ${why}.` };
}
