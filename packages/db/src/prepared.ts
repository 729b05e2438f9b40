/**
 * Prepared statements, built once per connection and kept: the serving path runs the same few
 * queries thousands of times, and building and preparing them per request (drizzle's query builder)
 * cost more than running them. A statement is looked up by its SQL text, so the text must not
 * contain values: lists travel as one JSON array parameter (`IN (SELECT value FROM json_each(?))`).
 */
import type Database from 'better-sqlite3';
import type { Drizzle } from './create-db';

const byConnection = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Drizzle, text: string): Database.Statement {
  const client = db.$client;
  let statements = byConnection.get(client);
  if (!statements) {
    statements = new Map();
    byConnection.set(client, statements);
  }
  const known = statements.get(text);
  if (known) return known;
  const statement = client.prepare(text);
  statements.set(text, statement);
  return statement;
}

/** A list as the one parameter of `IN (SELECT value FROM json_each(?))`. */
export const jsonList = (values: readonly (string | number)[]): string => JSON.stringify(values);
