/**
 * Themes of a measure from the lexicon in data/taxonomy/themes.json: each theme scores the sum of
 * the weights of its terms found in the text (each term once); the evidence is the list of terms
 * found. A theme is kept when it scores at least MIN_SCORE and 40% of the best theme (at most four),
 * or is the best with any score; a measure with no match is `other`. Terms in the measure's title
 * count double. Explainable by construction: the evidence is the reason.
 */
import type { Theme, ThemeId } from '@ipb/domain';

export interface ThemeClassification {
  themes: ThemeId[];
  evidence: Record<string, string[]>;
}

const MIN_SCORE = 2;
/** A theme scoring under this share of the best one is incidental vocabulary, not a topic. */
const RELATIVE_FLOOR = 0.4;
const MAX_THEMES = 4;

/**
 * Every lexicon term of the themes, by its first character's code (no one-character string made
 * per position): one pass over a text finds them all.
 */
const termIndexes = new WeakMap<readonly Theme[], Map<number, string[]>>();

function termIndex(themes: readonly Theme[]): Map<number, string[]> {
  const known = termIndexes.get(themes);
  if (known) return known;
  const index = new Map<number, string[]>();
  for (const theme of themes) {
    for (const { term } of theme.lexicon) {
      if (!term) continue;
      const list = index.get(term.charCodeAt(0)) ?? [];
      if (!list.includes(term)) list.push(term);
      index.set(term.charCodeAt(0), list);
    }
  }
  termIndexes.set(themes, index);
  return index;
}

/** The lexicon terms that occur in `text` (any theme's), found in one pass instead of one search per term. */
function termsIn(text: string, themes: readonly Theme[]): Set<string> {
  const index = termIndex(themes);
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const candidates = index.get(text.charCodeAt(i));
    if (!candidates) continue;
    for (const term of candidates) if (!found.has(term) && text.startsWith(term, i)) found.add(term);
  }
  return found;
}

/** The measure's title says what it is about: a term found there counts double. */
export function classifyThemes(text: string, themes: readonly Theme[], title = ''): ThemeClassification {
  const found = termsIn(text, themes);
  const scored: Array<{ id: ThemeId; score: number; terms: string[] }> = [];
  for (const theme of themes) {
    if (theme.id === 'other') continue;
    const terms = [...new Set(theme.lexicon.filter((e) => e.term.length > 0 && found.has(e.term)).map((e) => e.term))];
    const weightOf = (t: string) =>
      (theme.lexicon.find((e) => e.term === t)?.weight ?? 1) * (title.includes(t) ? 2 : 1);
    const score = terms.reduce((sum, t) => sum + weightOf(t), 0);
    if (score > 0) scored.push({ id: theme.id, score, terms });
  }
  scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const floor = Math.max(MIN_SCORE, (scored[0]?.score ?? 0) * RELATIVE_FLOOR);
  const kept = scored.filter((s, k) => s.score >= floor || k === 0).slice(0, MAX_THEMES);
  if (kept.length === 0) return { themes: ['other'], evidence: {} };
  return {
    themes: kept.map((s) => s.id),
    evidence: Object.fromEntries(kept.map((s) => [s.id, s.terms])),
  };
}
