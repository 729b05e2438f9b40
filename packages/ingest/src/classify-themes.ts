/**
 * Themes of a measure from the lexicon in data/taxonomy/themes.json: each theme scores the sum of
 * the weights of its terms found in the text (each term once); the evidence is the list of terms
 * found. A theme is kept when it scores at least MIN_SCORE and 40% of the best theme (at most four),
 * or is the best with any score; a measure with no match is `other`. Terms in the measure's title
 * count double. Explainable by construction: the evidence is the reason.
 */
import type { Theme, ThemeId } from '@ipb/domain';
import { type PrefixTrie, prefixTrie } from './term-trie';

export interface ThemeClassification {
  themes: ThemeId[];
  evidence: Record<string, string[]>;
}

const MIN_SCORE = 2;
/** A theme scoring under this share of the best one is incidental vocabulary, not a topic. */
const RELATIVE_FLOOR = 0.4;
const MAX_THEMES = 4;

/** Where a term counts: a theme whose lexicon has it, with its first entry's weight and position. */
interface TermUse {
  theme: number;
  term: string;
  weight: number;
  position: number;
}

/**
 * A lexicon term with where it counts, as the automaton finds it (no lookup by string per term
 * found). `seen` is the number of the last classification that found it: a term counts once per
 * text without a set built per text.
 */
interface Entry {
  term: string;
  uses: TermUse[];
  seen: number;
}

interface Lexicon {
  terms: PrefixTrie<Entry>;
  ids: ThemeId[];
  /** Each scored theme's place in `ids` sorted by `localeCompare`, the tie-break between equal scores. */
  rank: Int32Array;
}

const lexicons = new WeakMap<readonly Theme[], Lexicon>();

function lexiconOf(themes: readonly Theme[]): Lexicon {
  const known = lexicons.get(themes);
  if (known) return known;
  const scoredThemes = themes.filter((t) => t.id !== 'other');
  const ids = scoredThemes.map((t) => t.id);
  const uses = new Map<string, TermUse[]>();
  scoredThemes.forEach(({ lexicon: entries }, theme) => {
    const seen = new Set<string>();
    entries.forEach((e, position) => {
      if (e.term.length === 0 || seen.has(e.term)) return;
      seen.add(e.term);
      const list = uses.get(e.term) ?? [];
      list.push({ theme, term: e.term, weight: e.weight ?? 1, position });
      uses.set(e.term, list);
    });
  });
  const terms = prefixTrie<Entry, string>(
    themes.flatMap((t) => t.lexicon.map(({ term }): [string, string] => [term, term])),
    (known, term) => known ?? { term, uses: uses.get(term) ?? [], seen: 0 },
  );
  const rank = new Int32Array(ids.length);
  ids
    .map((id, theme) => ({ id, theme }))
    .sort((a, b) => a.id.localeCompare(b.id))
    .forEach(({ theme }, k) => {
      rank[theme] = k;
    });
  const lexicon: Lexicon = { terms, ids, rank };
  lexicons.set(themes, lexicon);
  return lexicon;
}

/** Numbers the classifications, for `Entry.seen`. */
let classification = 0;

/** The measure's title says what it is about: a term found there counts double. */
export function classifyThemes(text: string, themes: readonly Theme[], title = ''): ThemeClassification {
  const lexicon = lexiconOf(themes);
  const call = ++classification;
  // The lexicon terms that occur in `text` (any theme's), found in one pass over the text.
  const found: TermUse[] = [];
  lexicon.terms.eachIn(text, (_, entry) => {
    if (entry.seen === call) return;
    entry.seen = call;
    for (const use of entry.uses) found.push(use);
  });
  if (found.length === 0) return { themes: ['other'], evidence: {} };
  // By theme, then in lexicon order (the evidence's order): one sort of what was found, where a list
  // per theme cost an array and a sort for each of the dozen themes of every measure. A term is in a
  // theme's lexicon once, so the order is total.
  found.sort((a, b) => a.theme - b.theme || a.position - b.position);
  const scored: Array<{ id: ThemeId; theme: number; score: number; terms: string[] }> = [];
  for (let from = 0; from < found.length; ) {
    const theme = found[from]!.theme;
    let score = 0;
    const terms: string[] = [];
    let k = from;
    for (; k < found.length && found[k]!.theme === theme; k++) {
      const use = found[k]!;
      score += use.weight * (title.includes(use.term) ? 2 : 1);
      terms.push(use.term);
    }
    if (score > 0) scored.push({ id: lexicon.ids[theme]!, theme, score, terms });
    from = k;
  }
  scored.sort((a, b) => b.score - a.score || lexicon.rank[a.theme]! - lexicon.rank[b.theme]!);
  const floor = Math.max(MIN_SCORE, (scored[0]?.score ?? 0) * RELATIVE_FLOOR);
  const kept = scored.filter((s, k) => s.score >= floor || k === 0).slice(0, MAX_THEMES);
  if (kept.length === 0) return { themes: ['other'], evidence: {} };
  return {
    themes: kept.map((s) => s.id),
    evidence: Object.fromEntries(kept.map((s) => [s.id, s.terms])),
  };
}
