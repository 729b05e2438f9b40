/** Body parsers for uploads: multipart, and raw text/csv or octet-stream as bytes (decoded later). */
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { MAX_UPLOAD_BYTES } from '../lib/read-upload';

export default fp(async function uploadsPlugin(app: FastifyInstance) {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(
    ['text/plain', 'text/csv', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_req, body, done) => done(null, body),
  );
});
