/**
 * Search on PostgreSQL: the same jieba words as SQLite's FTS query (wordsMatch), as a tsquery over
 * the `simple` words vector. Every word must occur; a 1-character query matches the words it begins.
 */
import { segmentQuery } from '../segment';

/** A word as one tsquery lexeme: quoted, so punctuation and operators in it are text. */
const lexeme = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

export function wordsQuery(q: string, words = segmentQuery(q)): string | null {
  if (!words.length) return null;
  if (words.length === 1 && [...(words[0] as string)].length === 1) return `${lexeme(words[0] as string)}:*`;
  return words.map(lexeme).join(' & ');
}
