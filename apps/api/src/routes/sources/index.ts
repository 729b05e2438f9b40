import { getSource, listSources, sourceRecords } from '@ipb/db';
import {
  authorityFilter,
  IdParamsSchema,
  SourceDetailSchema,
  SourceListQuerySchema,
  SourceListResponseSchema,
  SourceRecordsResponseSchema,
} from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../../plugins/problem';

const sources: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources',
    {
      schema: {
        operationId: 'listSources',
        summary: 'Sources with their authority class',
        querystring: SourceListQuerySchema,
        response: { 200: SourceListResponseSchema },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const offset = cursor === undefined ? 0 : Number(cursor);
      const page = await listSources(app.store.engine, authorityFilter(request.query.authority), { limit, offset });
      const next = offset + page.items.length;
      return { ...page, nextCursor: next < page.total && page.items.length ? String(next) : null };
    },
  );
  app.get(
    '/sources/:id',
    {
      schema: {
        operationId: 'getSource',
        summary: 'One source with its raw text',
        params: IdParamsSchema,
        response: { 200: SourceDetailSchema },
      },
    },
    async (request) => {
      const source = await getSource(app.store.engine, request.params.id);
      if (!source) {
        throw new HttpProblem(
          404,
          'Unknown source',
          `There is no source ${request.params.id}. GET /api/sources lists them.`,
          { code: 'unknown-source', params: { id: request.params.id } },
        );
      }
      return source;
    },
  );
  app.get(
    '/sources/:id/records',
    {
      schema: {
        operationId: 'getSourceRecords',
        summary: 'Measures and figures extracted from a source, with their spans',
        params: IdParamsSchema,
        response: { 200: SourceRecordsResponseSchema },
      },
    },
    async (request) => {
      if (!(await getSource(app.store.engine, request.params.id))) {
        throw new HttpProblem(
          404,
          'Unknown source',
          `There is no source ${request.params.id}. GET /api/sources lists them.`,
          { code: 'unknown-source', params: { id: request.params.id } },
        );
      }
      return sourceRecords(app.store.engine, request.params.id);
    },
  );
};
export default sources;
