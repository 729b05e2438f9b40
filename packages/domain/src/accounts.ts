/** Accounts, roles and the auth endpoints' bodies. */
import { z } from 'zod';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const UsernameSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}._-]{2,40}$/u, 'a user name is 2–40 letters, digits, ".", "_" or "-"');
export const PasswordSchema = z.string().min(10, 'a password has at least 10 characters').max(200);

export const UserSchema = z.object({ id: z.number().int(), username: z.string(), role: RoleSchema });
export type User = z.infer<typeof UserSchema>;

export const LoginBodySchema = z.object({ username: UsernameSchema, password: z.string().min(1).max(200) });
export const SessionResponseSchema = z.object({ user: UserSchema.nullable(), csrfToken: z.string().nullable() });
export const CreateUserBodySchema = z.object({ username: UsernameSchema, password: PasswordSchema, role: RoleSchema });
export const CreateTokenBodySchema = z.object({ name: z.string().trim().min(1).max(80) });
export const CreateTokenResponseSchema = z.object({ id: z.number().int(), name: z.string(), token: z.string() });
