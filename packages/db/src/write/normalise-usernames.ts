/**
 * Accounts created before user names were normalised (NFKC + lower case) are renamed once, when
 * the SQLite file is opened (createDb, synchronous), unless the normalised name is taken (then the
 * older spelling stays and the admin must rename one of them). PostgreSQL databases never held
 * such names: they are created after normalisation, or copied from a SQLite file opened here.
 */
import { normaliseUsername } from '@ipb/domain';
import { eq } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { users } from '../schema';

export function normaliseStoredUsernames(db: Drizzle): string[] {
  const kept: string[] = [];
  for (const user of db.select({ id: users.id, username: users.username }).from(users).all()) {
    const name = normaliseUsername(user.username);
    if (name === user.username) continue;
    if (db.select({ id: users.id }).from(users).where(eq(users.username, name)).get()) kept.push(user.username);
    else db.update(users).set({ username: name }).where(eq(users.id, user.id)).run();
  }
  return kept;
}
