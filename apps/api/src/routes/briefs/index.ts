import { authorityFilter, BriefQuerySchema, BriefSchema, DOCX_MEDIA_TYPE, type ThemeId } from '@ipb/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireThemes } from '../../lib/require-themes';
import { resolveComparison } from '../../lib/resolve-regions';
import { briefDocx } from './brief-docx';
import { buildBrief } from './build-brief';

const MAX_PLACES = 8;

const briefs: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/briefs',
    {
      schema: {
        summary: 'The 对标简报: a 公文-style .docx with every fact footnoted (or its model as JSON)',
        description: `With \`Accept: ${DOCX_MEDIA_TYPE}\` the .docx; otherwise the brief's model as JSON (the same facts and footnotes). The brief carries today's date, so it is never cached.`,
        operationId: 'getBrief',
        produces: ['application/json', DOCX_MEDIA_TYPE],
        querystring: BriefQuerySchema,
        response: { 200: BriefSchema },
      },
    },
    async (request, reply) => {
      const { regions, benchmark } = resolveComparison(request.query, (q) => app.gazetteer.resolve(q), MAX_PLACES);
      const themes = requireThemes(request.query.theme) as ThemeId[];
      const brief = await buildBrief(app.store, benchmark, regions, themes, authorityFilter(request.query.authority));
      reply.header('cache-control', 'no-store').removeHeader('etag');
      if (!(request.headers.accept ?? '').includes(DOCX_MEDIA_TYPE)) return brief;
      const file = await briefDocx(brief);
      const name = encodeURIComponent(`对标简报-${brief.date}.docx`);
      return (
        reply
          .type(DOCX_MEDIA_TYPE)
          .header('content-disposition', `attachment; filename="brief-${brief.date}.docx"; filename*=UTF-8''${name}`)
          // The schema types the JSON answer; the .docx is bytes, which Fastify sends without serialising.
          .send(file as unknown as typeof brief)
      );
    },
  );
};
export default briefs;
