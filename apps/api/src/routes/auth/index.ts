import { createApiToken, createSession, createUser, deleteSession, findUserForLogin } from '@ipb/db';
import {
  CreateTokenBodySchema,
  CreateTokenResponseSchema,
  CreateUserBodySchema,
  LoginBodySchema,
  SessionResponseSchema,
  UserSchema,
} from '@ipb/domain';
import { hash, verify } from '@node-rs/argon2';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SESSION_COOKIE, setSessionCookie } from '../../plugins/auth';
import { HttpProblem } from '../../plugins/problem';

/** A hash to verify against when the user does not exist, so timing does not reveal user names. */
const DUMMY_HASH = hash('not-a-real-password-0000');

const auth: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/auth/session',
    { config: { auth: 'public' }, schema: { response: { 200: SessionResponseSchema } } },
    async (request) => ({
      user: request.user,
      csrfToken: request.csrfToken,
    }),
  );

  app.post(
    '/auth/login',
    { config: { auth: 'public' }, schema: { body: LoginBodySchema, response: { 200: SessionResponseSchema } } },
    async (request, reply) => {
      const { username, password } = request.body;
      const user = findUserForLogin(app.store.db, username);
      const ok = await verify(user?.passwordHash ?? (await DUMMY_HASH), password);
      if (!user || !ok) throw new HttpProblem(401, 'Wrong user name or password', 'Check both and try again.');
      const session = createSession(app.store.db, user.id);
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return { user: { id: user.id, username: user.username, role: user.role }, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { config: { role: 'viewer' }, schema: { response: { 200: SessionResponseSchema } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) deleteSession(app.store.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { user: null, csrfToken: null };
    },
  );

  app.post(
    '/auth/tokens',
    {
      config: { role: 'editor' },
      schema: { body: CreateTokenBodySchema, response: { 201: CreateTokenResponseSchema } },
    },
    async (request, reply) => {
      const user = request.user;
      if (!user) throw new HttpProblem(401, 'Login required', 'Log in first.');
      const { id, token } = createApiToken(app.store.db, user.id, request.body.name);
      return reply.code(201).send({ id, name: request.body.name, token });
    },
  );

  app.post(
    '/users',
    { config: { role: 'admin' }, schema: { body: CreateUserBodySchema, response: { 201: UserSchema } } },
    async (request, reply) => {
      const { username, password, role } = request.body;
      if (findUserForLogin(app.store.db, username))
        throw new HttpProblem(409, 'User exists', `"${username}" is taken.`);
      const user = createUser(
        app.store.db,
        { username, passwordHash: await hash(password), role },
        request.user?.username ?? '?',
      );
      return reply.code(201).send(user);
    },
  );
};
export default auth;
