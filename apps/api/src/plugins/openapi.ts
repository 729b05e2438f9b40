/**
 * OpenAPI 3.1 generated from the same zod schemas that validate requests and responses
 * (jsonSchemaTransform), served at /api/openapi.json, with an interactive page at /api/docs.
 * Registered before the routes so every route is collected.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export default fp(async function openapiPlugin(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '创新政策对标 · Innovation Policy Benchmark API',
        description:
          'Policy measures and indicators extracted from 科技情报参考 and curated reference figures, each with its citation. Errors are RFC 9457 application/problem+json. List endpoints also answer CSV (?format=csv or Accept: text/csv).',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
