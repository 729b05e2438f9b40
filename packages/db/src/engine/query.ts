/**
 * A query for both engines (docs/decisions/016): one SQL text where the dialects agree, one per
 * engine where they differ. Placeholders are written `?`; PostgreSQL's `$1, $2…` are numbered here,
 * once, and its named prepared statement gets a name from its text.
 */
import { createHash } from 'node:crypto';

export interface Query {
  readonly sqlite: string;
  readonly postgres: string;
  /** The PostgreSQL prepared statement's name, the same for the same text on every connection. */
  readonly name: string;
}

/** `?` → `$n`, outside string literals (a `?` inside quotes is text, not a parameter). */
function numbered(text: string): string {
  let n = 0;
  return text
    .split("'")
    .map((part, i) => (i % 2 === 0 ? part.replace(/\?/g, () => `$${++n}`) : part))
    .join("'");
}

export function query(text: string | { sqlite: string; postgres: string }): Query {
  const sqlite = typeof text === 'string' ? text : text.sqlite;
  const postgres = numbered(typeof text === 'string' ? text : text.postgres);
  const name = `ipb_${createHash('sha256').update(postgres).digest('hex').slice(0, 24)}`;
  return { sqlite, postgres, name };
}
