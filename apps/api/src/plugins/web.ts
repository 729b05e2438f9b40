/**
 * Serve the built dashboard (apps/web/dist) on the API's port. Hashed assets are cached for a year;
 * any other non-API GET falls back to index.html so deep links such as /indicators?… work.
 * Unknown /api paths answer 404 problem+json, never the HTML page. HEAD is answered like GET.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem, sendProblem } from './problem';

export default fp(async function webPlugin(app: FastifyInstance, opts: { webDist: string | null }) {
  const root = opts.webDist;
  const hasWeb = root !== null && existsSync(join(root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders(res, path) {
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
    // HEAD is GET without the body: monitors probe `HEAD /`.
    const reading = request.method === 'GET' || request.method === 'HEAD';
    if (path.startsWith('/api') || !reading || !hasWeb) {
      return sendProblem(
        reply,
        new HttpProblem(
          404,
          'Not found',
          `${request.method} ${shown} does not exist.${path.startsWith('/api') ? ' The API is described at /api/openapi.json and /api/docs.' : ''}`,
          { code: 'not-found' },
        ),
      );
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
});
