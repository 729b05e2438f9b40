/**
 * Which of several facts of one amount a quoting mention restates, when their subjects cannot
 * tell (a digest's 最高300万元 among three rules' caps of 300万元, its 净增：87家 beside 为87家企业…).
 * Two readings of the quote's context, in order:
 *
 * 1. Its sentence's other figures: a digest line restates one rule or one sentence, so when its
 *    other figures restated the facts of one sentence (a table's row), this one restates that
 *    sentence's fact too.
 * 2. Its label: a digest's point (▶ 净增：87家) names the fact by the words that end the fact's own
 *    clause in the body (较上年底净增87家).
 *
 * None when still ambiguous: the mention stays a fact of its own.
 */
import type { ExtractedIndicator } from '@ipb/domain';

type Figure = ExtractedIndicator;

/** A point's label right before its number: 2–8 characters of words and a colon (净增：, 新认定:). */
const LABEL = /([\u4e00-\u9fff]{2,8})\s*[:：]\s*$/;
/** How far before a fact's number its label words are looked for. */
const LABEL_REACH = 4;

function labelOf(quoted: Figure, text: string): string | null {
  return LABEL.exec(text.slice(Math.max(0, quoted.start - 12), quoted.start))?.[1] ?? null;
}

function namedBy(label: string, f: Figure, text: string): boolean {
  return text.slice(Math.max(0, f.start - label.length - LABEL_REACH), f.start).includes(label);
}

const only = <T>(xs: T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);

export function restatedInContext(
  quoted: Figure,
  candidates: readonly Figure[][],
  text: string,
  siblingSentences: ReadonlySet<number> | undefined,
): Figure[] | undefined {
  if (candidates.length < 2) return undefined;
  if (siblingSentences?.size) {
    const inSentence = only(candidates.filter((g) => g.some((f) => siblingSentences.has(f.sentenceStart ?? -1))));
    if (inSentence) return inSentence;
  }
  const label = labelOf(quoted, text);
  return label ? only(candidates.filter((g) => g.some((f) => f !== quoted && namedBy(label, f, text)))) : undefined;
}
