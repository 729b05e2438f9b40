/**
 * The framework's floor: a bare Fastify instance (no plugins, no hooks, no logger) that answers each
 * benchmarked URL with the status, headers and body bytes the real server gave for it, as bare.ts
 * does with node:http. Reads argv[2] (the captured responses) and listens on argv[3]; prints
 * "listening" when ready. The rung between the bare server and ours in ladder.ts.
 */
import Fastify from 'fastify';
import { readCaptured } from './captured';

const captured = readCaptured(process.argv[2] as string);
const app = Fastify({ logger: false });
for (const c of captured) {
  const path = c.url.split('?')[0] as string;
  const bytes = Buffer.from(c.body, 'base64');
  const { 'content-length': _length, ...headers } = c.headers;
  // One route per path; the query is parsed by Fastify as for ours, then ignored.
  app.get(path, (_request, reply) => {
    reply.code(c.status).headers(headers).send(bytes);
  });
}
app.listen({ port: Number(process.argv[3]), host: '127.0.0.1' }).then(() => console.log('listening'));
