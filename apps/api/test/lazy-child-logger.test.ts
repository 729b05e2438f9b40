/**
 * The per-request logger made on first use writes what Fastify's own child logger writes: the
 * same lines with the same fields (request id included), at every level, and none at a level the
 * app's logger leaves out.
 */
import { Writable } from 'node:stream';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { lazyChildLoggerFactory } from '../src/lib/lazy-child-logger';

async function linesOf(level: string, factory: FastifyServerOptions['childLoggerFactory']) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      const { time: _time, responseTime: _took, ...line } = JSON.parse(String(chunk));
      lines.push(line);
      done();
    },
  });
  const app = Fastify({ logger: { level, stream }, ...(factory ? { childLoggerFactory: factory } : {}) });
  app.get('/quiet', async () => ({ ok: true }));
  app.get('/talks', async (request) => {
    request.log.debug({ step: 1 }, 'debugging');
    request.log.warn({ step: 2 }, 'warned');
    request.log.child({ part: 'inner' }).error('inner error');
    return { ok: true };
  });
  app.get('/fails', async () => {
    throw new Error('broken');
  });
  app.get('/own-level', { logLevel: 'error' }, async (request) => {
    request.log.warn('not written: this route logs errors only');
    return { ok: true };
  });
  for (const url of ['/quiet', '/talks', '/fails', '/own-level', '/missing']) await app.inject({ url });
  await app.close();
  return lines;
}

describe('lazyChildLoggerFactory', () => {
  it.each(['trace', 'info', 'warn', 'error', 'silent'])('writes the lines Fastify writes at %s', async (level) => {
    const lazy = await linesOf(level, lazyChildLoggerFactory);
    expect(lazy).toEqual(await linesOf(level, undefined));
    if (level === 'warn') {
      expect(lazy.map((l) => l.msg)).toEqual(['warned', 'inner error', 'broken']);
      expect(lazy.every((l) => typeof l.reqId === 'string')).toBe(true);
      expect(lazy[1]).toMatchObject({ part: 'inner', reqId: lazy[0]?.reqId });
    }
  });

  it('makes no child for a request that logs nothing', async () => {
    let children = 0;
    const counting: FastifyServerOptions['childLoggerFactory'] = function (logger, bindings, options, raw) {
      const child = lazyChildLoggerFactory.call(this, logger, bindings, options, raw);
      const real = logger.child.bind(logger);
      logger.child = (...args) => {
        children++;
        return real(...args);
      };
      return child;
    };
    const app = Fastify({
      logger: { level: 'warn', stream: new Writable({ write: (_c, _e, done) => done() }) },
      childLoggerFactory: counting,
    });
    app.get('/quiet', async () => ({ ok: true }));
    for (let i = 0; i < 3; i++) expect((await app.inject({ url: '/quiet' })).statusCode).toBe(200);
    expect(children).toBe(0);
    await app.close();
  });
});
