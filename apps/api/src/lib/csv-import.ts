/**
 * What every CSV import route shares: its template download (a CSV file, declared as such in
 * OpenAPI) and the 422 problem that lists every row to fix. Imports are all or nothing.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem } from '../plugins/problem';

export interface CsvProblem {
  line: number | null;
  column: string;
  message: string;
}

/** GET `path`: the template, as an attachment named `fileName`. */
export function csvTemplateRoute(
  app: FastifyInstance,
  path: string,
  template: string,
  fileName: string,
  forWhat: string,
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    path,
    {
      schema: {
        // A CSV file, not JSON: `produces` is the media type OpenAPI gives the 200 response.
        produces: ['text/csv'],
        response: { 200: z.string().describe(`The CSV template for ${forWhat}: its header and an example row`) },
      },
    },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(template),
  );
}

/** The problem a CSV with errors answers: the first three in the detail, every one in `errors`. */
export function csvProblem(message: string, problems: readonly CsvProblem[]): HttpProblem {
  const first = problems
    .slice(0, 3)
    .map((p) => `line ${p.line} ${p.column}: ${p.message}`)
    .join('; ');
  return new HttpProblem(
    422,
    'CSV has errors',
    `${message} ${first}${problems.length > 3 ? ' …' : ''}`,
    problems.map((p) => ({ path: `line ${p.line}.${p.column}`, message: p.message })),
  );
}
