/**
 * Who is asking, and may they? Sessions come from an HttpOnly, SameSite=Strict cookie (Secure
 * behind TLS: the request's own, or X-Forwarded-Proto from a proxy named in TRUST_PROXY only) with a CSRF token that unsafe requests must echo in `x-csrf-token`; scripts use a
 * bearer API token (no CSRF: no ambient credentials). Secure by default: every route that is not
 * GET/HEAD needs an editor unless its config says `auth: 'public'`; a route can ask for more with
 * `config: { role: 'admin' }`. With requireLogin, reading needs a viewer too.
 */

import cookie from '@fastify/cookie';
import { findSession, findUserByApiToken } from '@ipb/db';
import type { Role, User } from '@ipb/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from './problem';

export const SESSION_COOKIE = 'ipb_session';
const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    authVia: 'cookie' | 'token' | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    role?: Role;
    auth?: 'public';
  }
}

function requiredRole(request: FastifyRequest, requireLogin: boolean): Role | null {
  const config = request.routeOptions.config ?? {};
  if (config.auth === 'public') return null;
  if (config.role) return config.role;
  const reading = request.method === 'GET' || request.method === 'HEAD';
  if (!reading) return 'editor';
  // The web app's shell (/, /index.html, /assets/*, deep links) holds no data and must load for
  // the login page to show; with REQUIRE_LOGIN only /api is closed (issue 11).
  if (!request.url.startsWith('/api/')) return null;
  return requireLogin ? 'viewer' : null;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expires: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    expires,
  });
}

export default fp(async function authPlugin(app: FastifyInstance, opts: { requireLogin: boolean }) {
  await app.register(cookie);
  app.decorateRequest('user', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('csrfToken', null);

  // Runs in onRequest, before the body is parsed or validated: an anonymous caller learns
  // nothing about a write route's body schema, and no upload is read for nothing.
  // A callback hook: a request with neither a token nor a session cookie (most reads) is
  // authorised without a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const session = request.cookies[SESSION_COOKIE];
    if (bearer === undefined && !session) {
      try {
        authorise(request);
      } catch (err) {
        return done(err as Error);
      }
      return done();
    }
    identify(request, bearer, session)
      .then(() => authorise(request))
      .then(() => done(), done);
  });

  async function identify(request: FastifyRequest, bearer: string | undefined, token: string | undefined) {
    if (bearer) {
      const user = await findUserByApiToken(app.store.engine, bearer);
      if (!user)
        throw new HttpProblem(
          401,
          'Invalid token',
          'The API token is not valid: unknown, expired or revoked. Create a new one while logged in (POST /api/auth/tokens).',
          { code: 'invalid-token' },
        );
      request.user = user;
      request.authVia = 'token';
      return;
    }
    const session = token ? await findSession(app.store.engine, token) : undefined;
    if (session) {
      request.user = session.user;
      request.authVia = 'cookie';
      request.csrfToken = session.csrfToken;
    }
  }

  function authorise(request: FastifyRequest) {
    const role = requiredRole(request, opts.requireLogin);
    if (!role) return;
    if (!request.user) {
      throw new HttpProblem(
        401,
        'Login required',
        'Log in (POST /api/auth/login) or send an API token (Authorization: Bearer …).',
        { code: 'login-required' },
      );
    }
    if (RANK[request.user.role] < RANK[role]) {
      throw new HttpProblem(
        403,
        'Not allowed',
        `This needs the ${role} role; ${request.user.username} is ${request.user.role}. Ask an admin.`,
        { code: 'not-allowed', params: { role, userRole: request.user.role } },
      );
    }
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (unsafe && request.authVia === 'cookie' && request.headers['x-csrf-token'] !== request.csrfToken) {
      throw new HttpProblem(
        403,
        'CSRF token missing',
        'Send the csrfToken from GET /api/auth/session in the x-csrf-token header.',
        { code: 'csrf-token-missing' },
      );
    }
  }
});
