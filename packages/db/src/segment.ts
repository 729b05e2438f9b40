/**
 * Chinese word segmentation for search. SQLite's trigram tokenizer cannot match 2-character words
 * (人才, 金融), so measures also get a jieba-segmented, space-separated copy indexed by unicode61.
 * The dictionary loads once (~0.2 s), on first use.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | undefined;

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const WORD = /[\p{L}\p{N}]/u;
/**
 * A word jieba gives is kept when it has a letter or a digit. Most begin with a CJK ideograph
 * (U+4E00–U+9FFF, every one a letter): those are kept without running the pattern, which was a
 * measurable part of the import's segmentation (one test per word, some 15,000 words an issue).
 */
const isWord = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || WORD.test(w);
};

/** Words for the index: search-mode cut (overlapping sub-words too), punctuation dropped. */
export function segmentForIndex(text: string): string {
  return instance().cutForSearch(text, true).filter(isWord).join(' ');
}

const SEPARATOR = '\u0001';

/**
 * Words cut ahead of the write (the import's worker thread, packages/ingest/src/import-worker.ts):
 * segmentManyForIndex of exactly `texts`. A writer asked for those same texts, in the same order,
 * takes the words instead of cutting again; asked for anything else, it cuts, so words cut ahead can
 * make a write faster but never different.
 */
export interface CutWords {
  texts: readonly string[];
  words: readonly string[];
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The text a measure's search words are cut from (insert-measures.ts). */
export const measureIndexText = (m: { title: string; text: string }) => `${m.title} ${m.text}`;
/** The text a figure's search words are cut from (insert-observations.ts). */
export const figureIndexText = (r: { subject?: string | null; quote: string }) => `${r.subject ?? ''} ${r.quote}`;

/** segmentManyForIndex of `texts`, kept with them for a writer that will ask for the same texts. */
export function cutAhead(texts: readonly string[]): CutWords {
  return { texts, words: segmentManyForIndex(texts) };
}

/**
 * segmentForIndex of many texts in one call into jieba: a batch of figures is cut at once, which
 * spares a crossing into jieba per row. The texts are joined by a control character jieba keeps as
 * a token of its own, so each text's words are exactly those it would get alone. A text that comes
 * again (figures of one sentence with one subject share their words) is cut once.
 */
export function segmentManyForIndex(texts: readonly string[], ahead?: CutWords): string[] {
  if (!texts.length) return [];
  if (ahead && ahead.words.length === texts.length && sameTexts(ahead.texts, texts)) return [...ahead.words];
  const unique = [...new Set(texts)];
  const out: string[][] = [[]];
  for (const word of instance().cutForSearch(unique.map((t) => t.replaceAll(SEPARATOR, ' ')).join(SEPARATOR), true)) {
    if (word === SEPARATOR) out.push([]);
    else if (isWord(word)) out[out.length - 1]?.push(word);
  }
  const words = new Map(unique.map((t, i) => [t, (out[i] ?? []).join(' ')]));
  return texts.map((t) => words.get(t) ?? '');
}

/** Words of a query: precise cut, so 科技金融 becomes 科技 金融 and both must match. */
export function segmentQuery(text: string): string[] {
  return instance()
    .cut(text, true)
    .filter((w) => WORD.test(w));
}
