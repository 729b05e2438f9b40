/**
 * Sessions, API tokens and accounts. Logins are limited per address and per address and name
 * (plugins/security.ts) and locked with backoff per name (lib/login-lockout.ts); user names are
 * normalised (NFKC + lower case) by their schema; passwords follow lib/password-policy.ts; API
 * tokens expire and can be listed and revoked.
 */
import {
  createApiToken,
  createSession,
  createUser,
  deleteSession,
  findUserForLogin,
  listApiTokens,
  revokeApiToken,
} from '@ipb/db';
import {
  ApiTokenListResponseSchema,
  CreateTokenBodySchema,
  CreateTokenResponseSchema,
  CreateUserBodySchema,
  IdParamsSchema,
  LoginBodySchema,
  SessionResponseSchema,
  UserSchema,
} from '@ipb/domain';
import { hash, verify } from '@node-rs/argon2';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noteFailure, noteSuccess, refuseIfLocked } from '../../lib/login-lockout';
import { requireStrongPassword } from '../../lib/password-policy';
import { SESSION_COOKIE, setSessionCookie } from '../../plugins/auth';
import { HttpProblem } from '../../plugins/problem';

/** A hash to verify against when the user does not exist, so timing does not reveal user names. */
const DUMMY_HASH = hash('not-a-real-password-0000');

const auth: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.store.engine;

  app.get(
    '/auth/session',
    {
      config: { auth: 'public' },
      schema: {
        operationId: 'getSession',
        summary: 'Who is logged in, and the CSRF token for writes',
        response: { 200: SessionResponseSchema },
      },
    },
    async (request) => ({
      user: request.user,
      csrfToken: request.csrfToken,
    }),
  );

  app.post(
    '/auth/login',
    {
      config: { auth: 'public' },
      schema: {
        operationId: 'login',
        summary: 'Log in with a user name and password',
        body: LoginBodySchema,
        response: { 200: SessionResponseSchema },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      await app.checkLoginRate(request);
      await refuseIfLocked(db(), username, new Date());
      const user = await findUserForLogin(db(), username);
      const ok = await verify(user?.passwordHash ?? (await DUMMY_HASH), password);
      if (!user || !ok) {
        await app.writes.run(() => noteFailure(db(), username, new Date()));
        throw new HttpProblem(401, 'Wrong user name or password', 'Check both and try again.', {
          code: 'wrong-credentials',
        });
      }
      const session = await app.writes.run(async () => {
        await noteSuccess(db(), username);
        return createSession(db(), user.id);
      });
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return { user: { id: user.id, username: user.username, role: user.role }, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { role: 'viewer' },
      schema: { operationId: 'logout', summary: 'Log out', response: { 200: SessionResponseSchema } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await app.writes.run(() => deleteSession(db(), token));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { user: null, csrfToken: null };
    },
  );

  app.get(
    '/auth/tokens',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'listApiTokens',
        summary: 'Your API tokens (an administrator sees all)',
        response: { 200: ApiTokenListResponseSchema },
      },
    },
    async (request) => ({ items: await listApiTokens(db(), request.user?.id ?? 0) }),
  );

  app.post(
    '/auth/tokens',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'createApiToken',
        summary: 'Create an API token for scripts',
        body: CreateTokenBodySchema,
        response: { 201: CreateTokenResponseSchema },
      },
    },
    async (request, reply) => {
      const user = request.user;
      if (!user) throw new HttpProblem(401, 'Login required', 'Log in first.', { code: 'login-required' });
      const { name, expiresInDays } = request.body;
      const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000);
      const created = await app.writes.run(() =>
        createApiToken(db(), { userId: user.id, name, expiresAt }, user.username),
      );
      return reply.code(201).send({ ...created, name });
    },
  );

  app.delete(
    '/auth/tokens/:id',
    {
      config: { role: 'editor' },
      schema: {
        operationId: 'revokeApiToken',
        summary: 'Revoke an API token (audited)',
        params: IdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = request.user;
      const owner = user?.role === 'admin' ? null : (user?.id ?? 0);
      const revoked = await app.writes.run(() => revokeApiToken(db(), request.params.id, owner, user?.username ?? '?'));
      if (!revoked)
        throw new HttpProblem(
          404,
          'Unknown token',
          `You have no API token ${request.params.id} (GET /api/auth/tokens).`,
          {
            code: 'unknown-token',
          },
        );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/users',
    {
      config: { role: 'admin' },
      schema: {
        operationId: 'createUser',
        summary: 'Create an account (administrators)',
        body: CreateUserBodySchema,
        response: { 201: UserSchema },
      },
    },
    async (request, reply) => {
      const { username, password, role } = request.body;
      requireStrongPassword(password, username);
      if (await findUserForLogin(db(), username))
        throw new HttpProblem(409, 'User exists', `"${username}" is taken.`, {
          code: 'user-exists',
          params: { username },
        });
      const passwordHash = await hash(password);
      const user = await app.writes.run(async () => {
        if (await findUserForLogin(db(), username)) return null;
        return createUser(db(), { username, passwordHash, role }, request.user?.username ?? '?');
      });
      if (!user)
        throw new HttpProblem(409, 'User exists', `"${username}" is taken.`, {
          code: 'user-exists',
          params: { username },
        });
      return reply.code(201).send(user);
    },
  );
};
export default auth;
