/** Helmet's headers computed once are the headers helmet's own middleware sets on a response. */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet, { type HelmetOptions } from 'helmet';
import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, securityHeaders } from '../src/lib/security-headers';

function response(): ServerResponse {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  res.setHeader('X-Powered-By', 'something');
  return res;
}

describe('securityHeaders', () => {
  it.each<[string, HelmetOptions]>([
    ['the defaults', {}],
    [
      'the API options',
      {
        contentSecurityPolicy: {
          useDefaults: false,
          directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] },
        },
        frameguard: { action: 'deny' },
        referrerPolicy: { policy: 'no-referrer' },
      },
    ],
  ])('sets what helmet sets, with %s', (_name, options) => {
    const byHelmet = response();
    helmet(options)(byHelmet.req, byHelmet, () => {});
    const once = response();
    applySecurityHeaders(once, securityHeaders(options));
    expect(once.getHeaders()).toEqual(byHelmet.getHeaders());
    expect(once.getHeader('x-powered-by')).toBeUndefined();
  });
});
