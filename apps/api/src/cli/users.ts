/**
 * Accounts from the command line — how the first admin is made:
 *   npm run users -- create <username> [--role admin|editor|viewer]
 * The password is read from IPB_PASSWORD, or from standard input (one line), never from argv
 * (argv is visible to other users in `ps`), and must pass the password policy (lib/password-policy.ts).
 * The user name is normalised (NFKC, lower case) like every name the API accepts.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createUser, findUserForLogin, openStore, StoreConfigError, storeConfigFromEnv } from '@ipb/db';
import { RoleSchema, UsernameSchema } from '@ipb/domain';
import { hash } from '@node-rs/argon2';
import { passwordWeakness } from '../lib/password-policy';

const USAGE =
  'usage: npm run users -- create <username> [--role admin|editor|viewer]  (password from IPB_PASSWORD or stdin)';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (process.env.IPB_PASSWORD) return process.env.IPB_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('password: ');
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function main() {
  const [command, name, ...rest] = process.argv.slice(2);
  if (command !== 'create' || !name) fail(USAGE);
  const roleIndex = rest.indexOf('--role');
  const role = RoleSchema.safeParse(roleIndex >= 0 ? rest[roleIndex + 1] : 'admin');
  if (!role.success) fail(`--role must be admin, editor or viewer. ${USAGE}`);
  const username = UsernameSchema.safeParse(name);
  if (!username.success) fail(username.error.issues[0]?.message ?? 'invalid user name');
  const password = await readPassword();
  const weakness = passwordWeakness(password, username.data);
  if (weakness) fail(`The password is refused: ${weakness.message}.`);
  const root = fileURLToPath(new URL('../../../..', import.meta.url));
  const store = await openStore(storeConfigFromEnv(process.env, resolve(root, 'var/ipb.sqlite')));
  try {
    if (await findUserForLogin(store.db, username.data)) fail(`a user called "${username.data}" already exists`);
    const user = await createUser(
      store.db,
      { username: username.data, passwordHash: await hash(password), role: role.data },
      'cli',
    );
    console.log(`created ${user.role} "${user.username}" (id ${user.id}) in ${store.where}`);
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof StoreConfigError) fail(err.message);
  fail(`Could not create the user: ${err instanceof Error ? err.message : String(err)}`);
});
