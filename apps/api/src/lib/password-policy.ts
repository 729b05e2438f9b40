/**
 * The password policy (ASVS 5.0 V6.2, docs/decisions/013): at least 12 and at most 128 characters,
 * any characters, no composition rules — and not guessable: not one of the ~49,000 most common
 * passwords (zxcvbn-ts's list, also with the digits and signs around a word taken off, so
 * `Password2024!` counts as `password`), not mostly one character, and not the user name.
 * Issue 11: ten spaces and `1234567890` were accepted.
 */
import { PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS } from '@ipb/domain';
import { dictionary } from '@zxcvbn-ts/language-common';
import { HttpProblem } from './http-problem';

let common: Set<string> | undefined;
const commonPasswords = () => {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
};

const MIN_DISTINCT = 5;

/** Why the password is refused, or null when it is acceptable. */
export function passwordWeakness(password: string, username: string): { code: string; message: string } | null {
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_CHARS)
    return { code: 'too-short', message: `a password has at least ${PASSWORD_MIN_CHARS} characters` };
  if (chars.length > PASSWORD_MAX_CHARS)
    return { code: 'too-long', message: `a password has at most ${PASSWORD_MAX_CHARS} characters` };
  if (new Set(chars).size < MIN_DISTINCT)
    return { code: 'repetitive', message: `use at least ${MIN_DISTINCT} different characters` };
  const lower = password.normalize('NFKC').toLowerCase();
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (commonPasswords().has(lower) || (core.length >= 4 && commonPasswords().has(core)))
    return { code: 'common', message: 'this password is on the list of the most common passwords: choose another' };
  if (username && lower.includes(username.toLowerCase()))
    return { code: 'contains-username', message: 'a password must not contain the user name' };
  return null;
}

/** Throw the problem a weak password answers with (400, field `body.password`). */
export function requireStrongPassword(password: string, username: string): void {
  const weakness = passwordWeakness(password, username);
  if (!weakness) return;
  throw new HttpProblem(400, 'Weak password', `The password is refused: ${weakness.message}.`, {
    code: 'weak-password',
    params: { reason: weakness.code, minLength: PASSWORD_MIN_CHARS },
    errors: [{ path: 'body.password', message: weakness.message }],
  });
}
