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

/**
 * The lexicon in typed tables. A term found is a number (its place in `terms`), and each of its
 * uses — a theme whose lexicon has it, with its first entry's weight and position — is a number too,
 * numbered by theme and then lexicon position, so sorting the numbers found puts them in the
 * evidence's order. Objects per term and per use cost a cache miss each when a measure finds them:
 * between two measures the rest of the extraction has evicted them, and theme scoring was the
 * largest step outside the figures.
 */
interface Lexicon {
  /** Each term's number, as the automaton finds it (no lookup by string per term found). */
  trie: PrefixTrie<number>;
  terms: string[];
  /** Uses of term t: `useOf[useStart[t]]` to `useOf[useStart[t + 1] - 1]`. */
  useStart: Int32Array;
  useOf: Int32Array;
  /** By use: its theme (index into `ids`), weight and term. */
  useTheme: Int32Array;
  useWeight: Float64Array;
  useTerm: Int32Array;
  /** By term: the number of the last classification that found it (a term counts once per text). */
  seen: Int32Array;
  /** The uses found by one classification (each at most once). */
  found: Int32Array;
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
  const termIndex = new Map<string, number>();
  const terms: string[] = [];
  const indexOf = (term: string) => {
    let t = termIndex.get(term);
    if (t === undefined) {
      t = terms.length;
      termIndex.set(term, t);
      terms.push(term);
    }
    return t;
  };
  // Uses in theme order, then lexicon position: their numbers sort into the evidence's order.
  const uses: Array<{ theme: number; term: number; weight: number }> = [];
  scoredThemes.forEach(({ lexicon: entries }, theme) => {
    const seen = new Set<string>();
    for (const e of entries) {
      if (e.term.length === 0 || seen.has(e.term)) continue;
      seen.add(e.term);
      uses.push({ theme, term: indexOf(e.term), weight: e.weight ?? 1 });
    }
  });
  const trie = prefixTrie<number, string>(
    themes.flatMap((t) => t.lexicon.map(({ term }): [string, string] => [term, term])),
    (known, term) => known ?? indexOf(term),
  );
  const useStart = new Int32Array(terms.length + 1);
  for (const u of uses) useStart[u.term + 1]!++;
  for (let t = 0; t < terms.length; t++) useStart[t + 1]! += useStart[t]!;
  const useOf = new Int32Array(uses.length);
  const next = useStart.slice(0, terms.length);
  uses.forEach((u, k) => {
    useOf[next[u.term]!++] = k;
  });
  const rank = new Int32Array(ids.length);
  ids
    .map((id, theme) => ({ id, theme }))
    .sort((a, b) => a.id.localeCompare(b.id))
    .forEach(({ theme }, k) => {
      rank[theme] = k;
    });
  const lexicon: Lexicon = {
    trie,
    terms,
    useStart,
    useOf,
    useTheme: Int32Array.from(uses, (u) => u.theme),
    useWeight: Float64Array.from(uses, (u) => u.weight),
    useTerm: Int32Array.from(uses, (u) => u.term),
    seen: new Int32Array(terms.length),
    found: new Int32Array(uses.length),
    ids,
    rank,
  };
  lexicons.set(themes, lexicon);
  return lexicon;
}

/** Numbers the classifications, for `Lexicon.seen`. */
let classification = 0;

/** The measure's title says what it is about: a term found there counts double. */
export function classifyThemes(text: string, themes: readonly Theme[], title = ''): ThemeClassification {
  const lexicon = lexiconOf(themes);
  const { terms, useStart, useOf, useTheme, useWeight, useTerm, seen, found } = lexicon;
  const call = ++classification;
  // The lexicon terms that occur in `text` (any theme's), found in one pass over the text.
  let count = 0;
  lexicon.trie.eachIn(text, (_, term) => {
    if (seen[term] === call) return;
    seen[term] = call;
    for (let k = useStart[term]!; k < useStart[term + 1]!; k++) found[count++] = useOf[k]!;
  });
  if (count === 0) return { themes: ['other'], evidence: {} };
  // By theme, then in lexicon order (the evidence's order), as the uses are numbered.
  const ordered = found.subarray(0, count).sort();
  const scored: Array<{ id: ThemeId; theme: number; score: number; terms: string[] }> = [];
  for (let from = 0; from < count; ) {
    const theme = useTheme[ordered[from]!]!;
    let score = 0;
    const kept: string[] = [];
    let k = from;
    for (; k < count && useTheme[ordered[k]!] === theme; k++) {
      const use = ordered[k]!;
      const term = terms[useTerm[use]!]!;
      score += useWeight[use]! * (title.includes(term) ? 2 : 1);
      kept.push(term);
    }
    if (score > 0) scored.push({ id: lexicon.ids[theme]!, theme, score, terms: kept });
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
