/**
 * OpenAPI 3.1 generated from the same zod schemas that validate requests and responses
 * (jsonSchemaTransform), served at /api/openapi.json, with an interactive page at /api/docs.
 * Registered before the routes so every route is collected. Each route states its own summary and
 * operationId; what follows from how the app works is added here, from each route's config, so it
 * cannot drift: who may call it (security), the problems it can answer (4xx, problem+json), and
 * the request body of the upload routes, which read multipart or raw bytes rather than JSON.
 * `npm run lint:openapi` checks the document with Redocly's recommended rules (CI runs it).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ProblemSchema } from '@ipb/domain';
import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route reads an uploaded file (multipart "file", or the raw body): a document or a CSV. */
    upload?: 'document' | 'csv';
  }
}

type Operation = {
  responses: Record<string, unknown>;
  security?: unknown;
  requestBody?: unknown;
  parameters?: unknown[];
};
interface RouteFacts {
  access: 'public' | 'read' | 'editor-read' | 'write';
  upload?: 'document' | 'csv';
  list: boolean;
  hasParams: boolean;
}

const PROBLEM = { $ref: '#/components/schemas/Problem' };
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: PROBLEM } },
});

const UPLOAD_BODIES = {
  document: {
    'multipart/form-data': {
      schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
    },
    'text/plain': {
      schema: { type: 'string', description: 'The document itself (UTF-8 or GB18030); x-file-name names it' },
    },
  },
  csv: {
    'multipart/form-data': {
      schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
    },
    'text/csv': { schema: { type: 'string', description: 'The CSV itself (UTF-8 or GB18030); x-file-name names it' } },
  },
};

const SECURITY: Record<RouteFacts['access'], unknown[]> = {
  public: [],
  // Open unless REQUIRE_LOGIN=1; then a session or an API token.
  read: [{}, { sessionCookie: [] }, { bearerToken: [] }],
  'editor-read': [{ sessionCookie: [] }, { bearerToken: [] }],
  write: [{ sessionCookie: [], csrfToken: [] }, { bearerToken: [] }],
};

function factsOf(route: RouteOptions): RouteFacts {
  const method = Array.isArray(route.method) ? route.method[0] : route.method;
  const read = method === 'GET' || method === 'HEAD';
  const access =
    route.config?.auth === 'public' ? 'public' : !read ? 'write' : route.config?.role ? 'editor-read' : 'read';
  return {
    access,
    upload: route.config?.upload,
    list: Boolean(route.config?.csvColumns),
    hasParams: route.url.includes(':'),
  };
}

/** The problems an operation can answer, with when. */
function problemsOf(facts: RouteFacts): Record<string, unknown> {
  const out: Record<string, unknown> = {
    '400': problem(
      'Invalid request: a parameter or the body breaks the schema (code invalid-request, errors[] per field)',
    ),
  };
  if (facts.access !== 'public')
    out['401'] = problem('Login required, or an invalid API token (login-required, invalid-token)');
  if (facts.access === 'write' || facts.access === 'editor-read')
    out['403'] = problem(
      'The account lacks the role, or a cookie write lacks its CSRF token (not-allowed, csrf-token-missing)',
    );
  if (facts.hasParams)
    out['404'] = problem('No such record (unknown-source, unknown-record, unknown-upload, unknown-place …)');
  if (facts.list) out['406'] = problem('CSV was asked of an endpoint that is not a list (not-acceptable)');
  if (facts.access === 'write')
    out['409'] = problem(
      'The record can no longer change, or the name is taken (upload-already-confirmed, user-exists)',
    );
  if (facts.upload) {
    out['413'] = problem('The file is over the 5 MB limit (file-too-large, document-too-large)');
    out['415'] = problem('Not a text file, or no file sent (document-binary, unsupported-upload)');
  }
  if (facts.upload === 'csv')
    out['422'] = problem('The CSV has errors, each by line and column; nothing was imported (csv-has-errors)');
  return out;
}

export default fp(async function openapiPlugin(app: FastifyInstance) {
  const facts = new Map<string, RouteFacts>();
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const url = route.url.replace(/:(\w+)/g, '{$1}');
    for (const m of methods) facts.set(`${m.toLowerCase()} ${url}`, factsOf(route));
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '创新政策对标 · Innovation Policy Benchmark API',
        description:
          'Policy measures and indicators extracted from 科技情报参考 and curated reference figures, each with its citation. Errors are RFC 9457 application/problem+json with a stable `code`. List endpoints also answer CSV (?format=csv or Accept: text/csv).',
        version: '0.1.0',
        license: { name: 'Proprietary: for the 呼和浩特市科学技术局', identifier: 'LicenseRef-Proprietary' },
      },
      servers: [{ url: '/', description: 'This server' }],
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey',
            in: 'cookie',
            name: 'ipb_session',
            description: 'POST /api/auth/login sets it',
          },
          csrfToken: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description: 'Writes with the session cookie send the csrfToken of GET /api/auth/session',
          },
          bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/auth/tokens' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (documents) => {
      const doc = ('openapiObject' in documents ? documents.openapiObject : documents.swaggerObject) as {
        paths: Record<string, Record<string, Operation>>;
        components: { schemas?: Record<string, unknown> };
      };
      doc.components.schemas = {
        ...doc.components.schemas,
        Problem: z.toJSONSchema(ProblemSchema, { target: 'draft-2020-12' }),
      };
      for (const [path, operations] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(operations)) {
          const f = facts.get(`${method} ${path}`);
          if (!f) continue;
          op.security = SECURITY[f.access];
          op.responses = { ...op.responses, ...problemsOf(f) };
          if (f.upload) op.requestBody = { required: true, content: UPLOAD_BODIES[f.upload] };
        }
      }
      return doc as never;
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
