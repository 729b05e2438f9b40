/**
 * The answer of a part of the service that still runs on SQLite only, asked on PostgreSQL (issue 13
 * moves the modules one at a time, docs/decisions/016): 501, plainly, never a 500.
 */
import { HttpProblem } from './http-problem';

export function notOnPostgresYet(what: string): HttpProblem {
  return new HttpProblem(
    501,
    'Not on PostgreSQL yet',
    `${what} still runs on the embedded SQLite engine only (issue 13 moves it). Use a server with DATABASE_PATH for it.`,
    { code: 'not-on-postgres-yet' },
  );
}
