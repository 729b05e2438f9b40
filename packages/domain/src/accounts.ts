/** Accounts, roles and the auth endpoints' bodies. */
import { z } from 'zod';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/**
 * One account per person however the name is typed: NFKC folds full-width letters (ａｄｍｉｎ) to
 * ASCII and lower case folds ADMIN, so neither can sit beside `admin` (issue 11).
 */
export function normaliseUsername(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

export const UsernameSchema = z
  .string()
  .max(200)
  .transform(normaliseUsername)
  .pipe(z.string().regex(/^[\p{L}\p{N}._-]{2,40}$/u, 'a user name is 2–40 letters, digits, ".", "_" or "-"'));

/**
 * The length part of the password policy (ASVS 5.0 V6.2: at least 12 characters here, at least 64
 * allowed, no composition rules). The API also refuses common and guessable passwords
 * (apps/api lib/password-policy.ts), which needs a word list the web app does not load.
 */
export const PASSWORD_MIN_CHARS = 12;
export const PASSWORD_MAX_CHARS = 128;
export const PasswordSchema = z
  .string()
  .refine((p) => [...p].length >= PASSWORD_MIN_CHARS, `a password has at least ${PASSWORD_MIN_CHARS} characters`)
  .refine((p) => [...p].length <= PASSWORD_MAX_CHARS, `a password has at most ${PASSWORD_MAX_CHARS} characters`);

export const UserSchema = z.object({ id: z.number().int(), username: z.string(), role: RoleSchema });
export type User = z.infer<typeof UserSchema>;

export const LoginBodySchema = z.object({
  username: UsernameSchema,
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_CHARS * 4),
});
export const SessionResponseSchema = z.object({ user: UserSchema.nullable(), csrfToken: z.string().nullable() });
export const CreateUserBodySchema = z.object({ username: UsernameSchema, password: PasswordSchema, role: RoleSchema });

/** API tokens expire: 90 days unless asked otherwise, at most a year. */
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;
export const CreateTokenBodySchema = z.object({
  name: z.string().trim().min(1).max(80),
  expiresInDays: z.number().int().min(1).max(TOKEN_MAX_DAYS).default(TOKEN_DEFAULT_DAYS),
});
export const ApiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export const CreateTokenResponseSchema = ApiTokenSchema.extend({ token: z.string() });
export const ApiTokenListResponseSchema = z.object({ items: z.array(ApiTokenSchema) });
