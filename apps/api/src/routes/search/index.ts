/**
 * GET /api/search: places, measures, figures, programmes and sources for one query, each on an
 * index (docs/decisions/004). The answer is sent as bytes made of parts: the measures are their
 * stored list items with a snippet spliced in (decision 022; packages/db measure-hits.ts), the rest
 * is written by compiled serializers of the response schema's own parts, in the schema's order, so
 * the body is byte for byte what the response's compiled serializer writes
 * (docs/decisions/014, fifteenth session). The query is cut by jieba once and the figures' index is
 * read once, with each figure's stored hit and its source (packages/db figure-hits.ts; sixteenth
 * session): a figure without one is built and stored after the answer.
 */
import { createHash } from 'node:crypto';
import {
  figureIds,
  type SerializeFigureHit,
  type SerializeItem,
  type SerializeSnippet,
  searchFigures,
  searchMeasureItems,
  searchMeasures,
  searchPrograms,
  searchSources,
  searchTerms,
  sourcesTitledOr,
  storedFigureHits,
} from '@ipb/db';
import { MeasureSchema, SearchQuerySchema, type SearchResponse, SearchResponseSchema } from '@ipb/domain';
import fastJson from 'fast-json-stringify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toSerializerSchema } from '../../lib/compiled-serializer';
import { pushList, sendJsonBytes } from '../../lib/page-body';

type Part<K extends keyof SearchResponse> = (value: SearchResponse[K]) => string;
const compiled = <K extends keyof SearchResponse>(key: K) =>
  fastJson(toSerializerSchema(SearchResponseSchema.shape[key])) as Part<K>;

/** One figure as the response's serializer writes an element of `figures`: the bytes figure_hits stores. */
const hitSchema = toSerializerSchema(SearchResponseSchema.shape.figures.element);
const serializeHit = fastJson(hitSchema) as SerializeFigureHit;
/** What made a stored hit: the serializer's schema. A row of another form is not read. */
const HIT_FORM = createHash('sha1').update(JSON.stringify(hitSchema)).digest('hex').slice(0, 16);

const search: FastifyPluginAsyncZod = async (app) => {
  const placeName = (code: string) => app.gazetteer.byCode(code)?.name;
  // A measure as the measures list's compiled serializer writes it (the bytes measures.list_item
  // stores), and a snippet as the same serializer writes MeasureSchema's last property.
  const serialize = {
    item: fastJson(toSerializerSchema(MeasureSchema)) as SerializeItem,
    snippet: fastJson(toSerializerSchema(MeasureSchema.shape.snippet)) as SerializeSnippet,
  };
  const json = {
    q: compiled('q'),
    regions: compiled('regions'),
    programs: compiled('programs'),
    sources: compiled('sources'),
  };
  const whole = fastJson(toSerializerSchema(SearchResponseSchema));

  /** The answer as an object: for CSV (a 406: search is no list) and for the tests' comparison. */
  const answerOf = async (q: string, limit: number): Promise<SearchResponse> => {
    const db = app.store.engine;
    const figuresFound = await figureIds(db, q, limit);
    const [measures, figures, programs] = await Promise.all([
      searchMeasures(db, q, limit, placeName),
      searchFigures(db, q, limit, figuresFound),
      searchPrograms(db, q, limit),
    ]);
    const sourceIds = measures.map((m) => m.citation.sourceId);
    return {
      q,
      regions: app.gazetteer.candidates(q).slice(0, limit),
      measures,
      figures,
      programs,
      sources: await searchSources(db, q, limit, sourceIds, figuresFound),
    };
  };

  app.get(
    '/search',
    {
      schema: {
        operationId: 'search',
        summary: 'Search places, indicators, programmes and sources',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema },
      },
    },
    async (request, reply) => {
      const { q, limit } = request.query;
      if (request.wantsCsv) return answerOf(q, limit);
      const db = app.store.engine;
      const terms = searchTerms(db.engine, q);
      const measures = await searchMeasureItems(db, terms, limit, serialize, placeName);
      measures.stored.catch((err) => request.log.warn({ err }, 'the search could not store built measure items'));
      const figures = await storedFigureHits(db, terms, limit, HIT_FORM, serializeHit);
      figures.stored.catch((err) => request.log.warn({ err }, 'the search could not store built figure hits'));
      const programs = await searchPrograms(db, q, limit, terms.words);
      const sources = await sourcesTitledOr(db, q, limit, [...measures.sourceIds, ...figures.sourceIds]);
      const regions = app.gazetteer.candidates(q).slice(0, limit);
      const parts: Buffer[] = [Buffer.from(`{"q":${json.q(q)},"regions":${json.regions(regions)},"measures":[`)];
      pushList(parts, measures.items);
      parts.push(Buffer.from('],"figures":['));
      pushList(parts, figures.hits);
      parts.push(Buffer.from(`],"programs":${json.programs(programs)},"sources":${json.sources(sources)}}`));
      const body = Buffer.concat(parts);
      if (app.validateResponses) {
        // Tests: the spliced body is byte for byte what the compiled serializer makes of the old answer.
        if (whole(await answerOf(q, limit)) !== body.toString()) {
          throw new Error('GET /search: the spliced answer differs from the serialized one');
        }
      }
      // Bytes, not the answer: the response schema's serializer is not run again on them.
      return sendJsonBytes(reply, body);
    },
  );
};
export default search;
