/**
 * Stage 10: one fact stated again in one article — a headline, a lede and the body, a repeated
 * paragraph, a bilingual highlights line — becomes one observation with several spans, so a place's
 * count is stored once. Two mentions are the same fact when value, unit, measure, status and period
 * agree and their subjects do (the same catalogue indicator, one subject inside the other, or the
 * same sentence word for word). A subject in another script (R&D spending / 研发经费投入) is neither
 * the same nor another: it counts only for a value precise enough not to recur by chance (18.2%,
 * 36.0%, not 30%) in the same dated period; an undated figure (a policy's cap) only when its sentence
 * is repeated or its indicator is the same. Different facts with the same number stay apart. The
 * mention read best (linked, then most confident, then first) keeps the fields; the others are its
 * `repeats`. Offsets are normalised here.
 */
import type { ExtractedIndicator } from '@ipb/domain';
import { factsByAmount, factsOfAmount, quoting, restatedFact } from './quoted-again';
import { restatedInContext } from './restated-in-context';
import { precise, sameAmount, sameFact, samePeriod, subjects, type TopicOf } from './same-fact';

type Figure = ExtractedIndicator;
type Span = { start: number; end: number; text: string };

/** A headline rarely dates its figure: it repeats a body figure of the same amount and a compatible subject. */
function headlineRepeats(h: Figure, body: Figure): boolean {
  if (!sameAmount(h, body)) return false;
  if (h.period.type !== 'unknown' && !samePeriod(h.period, body.period)) return false;
  return subjects(h, body) !== 'other' || precise(h);
}

/** The mention read best keeps the fields: linked first, then the most confident, then the first. */
function better(a: Figure, b: Figure): Figure {
  if (Boolean(a.indicator) !== Boolean(b.indicator)) return a.indicator ? a : b;
  // A mention dated by its own year (2025年…) over one whose 全年 has no year.
  if ((a.period.start === null) !== (b.period.start === null)) return a.period.start ? a : b;
  return b.confidence > a.confidence ? b : a;
}

const spanOf = (f: Figure): Span => ({ start: f.start, end: f.end, text: f.text });

/** Figures that can be one fact share this key (amount and axes): only they are compared. */
function amountKey(f: Figure): string {
  const amount = f.normalized ? `${f.normalized.value}${f.normalized.unit}` : `${f.value}${f.unit}`;
  // What join('|') writes (null and undefined as nothing), without an array made per figure.
  return `${amount}|${f.valueMax ?? ''}|${f.measure ?? ''}|${f.status ?? ''}`;
}

/**
 * One observation per fact: the article's body figures, with the headline's mentions and the body's
 * quoting mentions (a digest line, a question: quoted-again.ts) attached as repeats. `text` is the
 * text the figures' offsets index, to see the line a figure is on.
 */
export function mergeRepeats(
  body: Figure[],
  headline: Figure[] = [],
  topicOf: TopicOf = () => undefined,
  text = '',
): Figure[] {
  const quotes = new Map<Figure, 'digest' | 'quote'>();
  for (const f of text ? body : []) {
    const how = quoting(f, text);
    if (how) quotes.set(f, how);
  }
  const groups: Figure[][] = [];
  const byKey = new Map<string, Figure[][]>();
  const add = (f: Figure) => {
    const key = amountKey(f);
    const candidates = byKey.get(key);
    const group = candidates?.find((g) => sameFact(g[0]!, f, topicOf));
    if (group) group.push(f);
    else {
      const created = [f];
      groups.push(created);
      // In place: copying the list per new fact was quadratic in facts of one amount (a long table of 10%).
      if (candidates) candidates.push(created);
      else byKey.set(key, [created]);
    }
  };
  for (const f of body) if (!quotes.has(f)) add(f);
  const extra = new Map<Figure[], Span[]>();
  const attach = (group: Figure[], f: Figure) => extra.set(group, [...(extra.get(group) ?? []), spanOf(f)]);
  const facts = quotes.size ? factsByAmount(groups) : new Map<string, Figure[][]>();
  // The sentences whose facts each quoting sentence restated (restated-in-context.ts, reading 1).
  const restated = new Map<number, Set<number>>();
  for (const [f, how] of quotes) {
    const at = f.sentenceStart ?? -1;
    const group =
      restatedFact(f, how, facts, subjects) ??
      (how === 'digest' ? restatedInContext(f, factsOfAmount(f, facts), text, restated.get(at)) : undefined);
    if (!group) {
      add(f);
      continue;
    }
    attach(group, f);
    restated.set(at, (restated.get(at) ?? new Set()).add(group[0]!.sentenceStart ?? -1));
  }
  for (const h of headline) {
    // Only groups of the headline's amount can hold it (headlineRepeats starts with sameAmount).
    const group = byKey.get(amountKey(h))?.find((g) => headlineRepeats(h, g[0]!));
    if (group) attach(group, h);
  }
  return groups
    .map((g) => {
      const kept = g.reduce(better);
      const repeats = [...g.filter((f) => f !== kept).map(spanOf), ...(extra.get(g) ?? [])];
      return repeats.length ? { ...kept, repeats: repeats.sort((x, y) => x.start - y.start) } : kept;
    })
    .sort((x, y) => x.start - y.start);
}
