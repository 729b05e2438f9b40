/**
 * The read API's contract, walked from /api/openapi.json so that a new GET route or query parameter
 * is checked without anyone remembering to add it here:
 * - every constrained parameter refuses a clearly invalid value with 400/404 problem+json, never 500
 *   or 200; path parameters answer 400 when malformed and 404 when well-formed but unknown;
 * - every list answers CSV (UTF-8 BOM, RFC 4180, a citation column, the real citation of every
 *   record that has one) with the columns its documented row schema gives, whatever the data (an
 *   empty export still has its header); everything else answers 406 problem+json;
 * - every list declares the shared `format` parameter (so format=xml is a 400); every answer has a
 *   media type the document declares for it.
 * The tables are built before the tests are collected, so the app is built at module level (same
 * steps as helper.ts: a fresh SQLite file from the real data/).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProblemSchema } from '@ipb/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfData } from '../../../packages/db/test/support/data-template';
import { buildApp } from '../src/app';
import { loginAs } from './helper';

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}
interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

// ---- one app for the whole file ------------------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'ipb-api-'));
const databasePath = join(dir, 'test.sqlite');
await copyOfData(databasePath);
const app = await buildApp({ databasePath, webDist: null });
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});
// Editor-only reads (review queue, audit) are part of the contract too.
const editor = await loginAs(app, 'editor', 'contract-editor');
const { cookie } = editor;
const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers: { cookie, ...headers } });

const doc = (await app.inject('/api/openapi.json')).json() as OpenApi;
const firstSourceId = String((await get('/api/sources')).json().items[0]?.id);
// An upload waiting for confirmation, so GET /api/uploads/{id} has one to answer with.
const uploadId = String(
  (
    await app.inject({
      method: 'POST',
      url: '/api/sources',
      headers: { ...editor, 'content-type': 'text/plain; charset=utf-8', 'x-file-name': 'contract.txt' },
      payload: '扬州市科技金融\n\n截至6月底，全市科技贷款余额达到123.4亿元。\n',
    })
  ).json().id,
);

const deref = (s: JsonSchema | undefined): JsonSchema | undefined =>
  s?.$ref ? deref(doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')]) : s;

// ---- the routes ----------------------------------------------------------------------------------
// A job exists only after an import answered 202 with it: test/jobs.test.ts covers GET /api/jobs/:id.
const skipped = (path: string) =>
  path === '/api/openapi.json' ||
  path.startsWith('/api/docs') ||
  path.startsWith('/api/auth/') ||
  path.startsWith('/api/jobs/');

interface Route {
  path: string;
  query: Parameter[];
  params: Parameter[];
  /** Schema of one CSV row: the items of a list, or the points of a series; null when not a list. */
  row: JsonSchema | null;
  /** The CSV header the documented row schema calls for; null when not a list. */
  columns: string[] | null;
  /** Media types the document declares for the 200 answer. */
  media: string[];
}

function rowSchema(op: Operation): JsonSchema | null {
  const body = deref(op.responses['200']?.content?.['application/json']?.schema);
  const items = deref(body?.properties?.items);
  if (items?.type === 'array') return deref(items.items) ?? null;
  const series = deref(deref(body?.properties?.series)?.items);
  const points = deref(series?.properties?.points);
  if (points?.type === 'array') return deref(points.items) ?? null;
  return null;
}

/** An object's properties, looking through `anyOf: [object, null]`; undefined for anything else. */
function propertiesOf(s: JsonSchema | undefined): Record<string, JsonSchema> | undefined {
  const schema = deref(s);
  if (schema?.properties && Object.keys(schema.properties).length) return schema.properties;
  const options = schema?.anyOf?.filter((o) => deref(o)?.type !== 'null');
  return options?.length === 1 ? propertiesOf(options[0]) : undefined;
}

/**
 * The CSV header of a list, worked out from the document alone: the row's properties (for a series,
 * its own fields and then its points' new ones), nested objects as dotted names in schema order, and
 * the readable `citation` last.
 */
function csvHeader(op: Operation): string[] | null {
  const body = propertiesOf(op.responses['200']?.content?.['application/json']?.schema);
  let row = propertiesOf(deref(body?.items)?.items);
  const series = propertiesOf(deref(body?.series)?.items);
  if (!row && series?.points) {
    const { points, ...own } = series;
    row = { ...own, ...propertiesOf(deref(points)?.items) };
  }
  if (!row) return null;
  const names = (properties: Record<string, JsonSchema>, prefix: string): string[] =>
    Object.entries(properties).flatMap(([key, schema]) => {
      if (!prefix && key === 'citation') return [];
      const nested = propertiesOf(schema);
      return nested ? names(nested, `${prefix}${key}.`) : [`${prefix}${key}`];
    });
  return [...names(row, ''), 'citation'];
}

const routes: Route[] = Object.entries(doc.paths)
  .filter(([path, ops]) => path.startsWith('/api/') && !skipped(path) && ops.get)
  .map(([path, ops]) => {
    const op = ops.get as Operation;
    const parameters = (op.parameters ?? []).map((p) => ({ ...p, schema: deref(p.schema) ?? {} }));
    return {
      path,
      query: parameters.filter((p) => p.in === 'query'),
      params: parameters.filter((p) => p.in === 'path'),
      row: rowSchema(op),
      columns: csvHeader(op),
      media: Object.keys(op.responses['200']?.content ?? {}),
    };
  });

/** Valid values for the parameters a request needs; everything else is left out (the minimal request). */
const VALID: Record<string, string> = {
  indicator: 'high_tech_enterprises',
  regions: '150100',
  region: '150100',
  benchmark: '150100',
  q: '人才',
  code: '150100',
  // 呼和浩特 has measures under tech_transfer in the seed bulletins.
  theme: 'tech_transfer',
  id: firstSourceId,
};

// A measure Compare shows, so GET /api/compare/measures/{id}/text has one to answer with.
const shownMeasureId = String(
  (await get('/api/compare/measures?region=150100&theme=tech_transfer&limit=1')).json().items[0]?.id,
);

/** Path parameters that name something other than a source. */
const PATH_VALID: Record<string, Record<string, string>> = {
  '/api/uploads/{id}': { id: uploadId },
  '/api/compare/measures/{id}/text': { id: shownMeasureId },
};

function urlFor(route: Route, override: { path?: Record<string, string>; query?: Record<string, string> } = {}) {
  let path = route.path;
  for (const p of route.params) {
    const value = override.path?.[p.name] ?? PATH_VALID[route.path]?.[p.name] ?? VALID[p.name];
    if (value === undefined) throw new Error(`no valid value for path parameter ${p.name} of ${route.path}`);
    path = path.replace(`{${p.name}}`, encodeURIComponent(value));
  }
  const search = new URLSearchParams();
  for (const p of route.query.filter((q) => q.required)) {
    const value = VALID[p.name];
    if (value === undefined) throw new Error(`no valid value for required parameter ${p.name} of ${route.path}`);
    search.set(p.name, value);
  }
  for (const [name, value] of Object.entries(override.query ?? {})) search.set(name, value);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

// ---- invalid values ------------------------------------------------------------------------------
type Expect = 'invalid' | 'unknown';
interface Bad {
  value: string;
  why: string;
  expect: Expect;
}

/** Parameters that name things: a well-formed value that names nothing must be refused, not answered empty. */
const UNKNOWN_BY_NAME: Record<string, string> = {
  region: '不存在的地方',
  regions: '不存在的地方',
  codes: '999999',
  benchmark: '不存在的地方',
  indicator: 'no_such_indicator',
  theme: 'no_such_theme',
  authority: 'no_such_class',
};
/** Free text that has no invalid value. A new parameter must be constrained, named above, or listed here. */
const FREE_TEXT = new Set(['entityId']);

function badValues(p: Parameter): Bad[] {
  const s = p.schema;
  const out: Bad[] = [];
  if (s.enum) out.push({ value: 'no_such_option', why: 'not in the enum', expect: 'invalid' });
  if (s.type === 'integer' || s.type === 'number') {
    out.push({ value: 'abc', why: 'not a number', expect: 'invalid' });
    if (s.type === 'integer') out.push({ value: '2.5', why: 'not an integer', expect: 'invalid' });
    if (s.minimum !== undefined) out.push({ value: String(s.minimum - 1), why: 'below minimum', expect: 'invalid' });
    if (s.exclusiveMinimum !== undefined)
      out.push({ value: String(s.exclusiveMinimum), why: 'not above exclusiveMinimum', expect: 'invalid' });
    if (s.minimum !== undefined || s.exclusiveMinimum !== undefined)
      out.push({ value: '-5', why: 'negative', expect: 'invalid' });
    if (s.maximum !== undefined && s.maximum < 1e9)
      out.push({ value: String(s.maximum + 1), why: 'above maximum', expect: 'invalid' });
  }
  if (s.pattern) out.push({ value: 'abc!', why: `does not match ${s.pattern}`, expect: 'invalid' });
  if (s.minLength) out.push({ value: '', why: 'empty', expect: 'invalid' });
  if (s.maxLength) out.push({ value: 'x'.repeat(s.maxLength + 1), why: 'too long', expect: 'invalid' });
  const unknown = UNKNOWN_BY_NAME[p.name];
  if (unknown) out.push({ value: unknown, why: 'names nothing', expect: 'unknown' });
  return out.filter((b) => !s.pattern || b.expect !== 'invalid' || !new RegExp(s.pattern).test(b.value));
}

const queryCases = routes.flatMap((route) =>
  route.query.flatMap((param) =>
    badValues(param).map((bad) => ({
      label: `${route.path}?${param.name}=${bad.value} (${bad.why})`,
      url: urlFor(route, { query: { [param.name]: bad.value } }),
      ...bad,
    })),
  ),
);

function badPathValues(p: Parameter): Bad[] {
  const s = p.schema;
  if (s.type === 'integer' || s.type === 'number') {
    return [
      { value: 'abc', why: 'not a number', expect: 'invalid' },
      { value: '0', why: 'not positive', expect: 'invalid' },
      { value: '999999', why: 'no such record', expect: 'unknown' },
    ];
  }
  return [
    ...(s.minLength ? [{ value: '', why: 'empty', expect: 'invalid' as const }] : []),
    { value: '不存在的地方', why: 'no such record', expect: 'unknown' },
  ];
}

const pathCases = routes.flatMap((route) =>
  route.params.flatMap((param) =>
    badPathValues(param).map((bad) => ({
      label: `${route.path} with ${param.name}=${bad.value} (${bad.why})`,
      url: urlFor(route, { path: { [param.name]: bad.value } }),
      ...bad,
    })),
  ),
);

type Reply = Awaited<ReturnType<typeof get>>;

function checkProblem(res: Reply, statuses: number[], url: string) {
  expect(statuses, `${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`).toContain(res.statusCode);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect(body).toMatchObject({ type: expect.any(String), title: expect.any(String), status: res.statusCode });
  expect(body.type.length).toBeGreaterThan(0);
  expect(body.title.length).toBeGreaterThan(0);
  expect(typeof body.detail === 'string' && body.detail.trim().length > 0, `detail of ${url}`).toBe(true);
  // A stable code a client can word in its own language, and the same shape everywhere.
  expect(ProblemSchema.safeParse(body).error?.issues ?? [], `problem of ${url}`).toEqual([]);
}

const expectProblem = async (url: string, statuses: number[]) => checkProblem(await get(url), statuses, url);

describe('the contract covers every GET route (walked from the OpenAPI document)', () => {
  it('finds the read routes, including editor-only ones', () => {
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/api/series',
        '/api/measures',
        '/api/observations',
        '/api/targets',
        '/api/compare',
        '/api/gaps',
        '/api/sources/{id}',
        '/api/regions/{code}/profile',
        '/api/review-queue',
        '/api/audit',
      ]),
    );
  });

  it.each(routes.flatMap((r) => r.query.map((p) => [`${r.path}?${p.name}`, p] as const)))(
    '%s has an invalid value to try, or is known free text',
    (_, p) => {
      expect(badValues(p).length > 0 || FREE_TEXT.has(p.name), `classify query parameter ${p.name}`).toBe(true);
    },
  );

  it.each(routes.map((r) => [r.path, r] as const))(
    '%s answers the minimal valid request with 200, in a media type it declares',
    async (_, route) => {
      const res = await get(urlFor(route));
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      const media = String(res.headers['content-type']).split(';')[0];
      expect(route.media, `declared media types of ${route.path}`).toContain(media);
    },
  );

  it('finds lists among them (the CSV checks below have something to check)', () => {
    expect(routes.filter((r) => r.columns).map((r) => r.path)).toEqual(
      expect.arrayContaining(['/api/series', '/api/measures', '/api/observations', '/api/targets', '/api/sources']),
    );
  });

  it.each(routes.map((r) => [r.path, r] as const))(
    '%s declares the shared format parameter if and only if it is a list',
    (_, route) => {
      const format = route.query.find((p) => p.name === 'format');
      if (!route.columns) {
        expect(format, 'format is offered only where CSV is').toBeUndefined();
        return;
      }
      expect(format?.required ?? false).toBe(false);
      expect(format?.schema.enum).toEqual(['json', 'csv']);
    },
  );
});

describe('bad query parameters get problem+json, never 500 or 200', () => {
  it.each(queryCases.map((c) => [c.label, c] as const))('%s', async (_, { url, expect: kind }) => {
    await expectProblem(url, kind === 'invalid' ? [400] : [400, 404]);
  });
});

describe('bad path parameters: 400 when malformed, 404 when unknown', () => {
  it.each(pathCases.map((c) => [c.label, c] as const))('%s', async (_, { url, expect: kind }) => {
    await expectProblem(url, kind === 'invalid' ? [400] : [404]);
  });
});

// ---- CSV -----------------------------------------------------------------------------------------
/** Strict RFC 4180 (CRLF record ends, "" escapes, quoted fields may hold , " CR LF); throws on anything else. */
function parseRfc4180(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && !',\r\n'.includes(text[i] as string)) {
        if (text[i] === '"') throw new Error(`stray quote at ${i}`);
        field += text[i++];
      }
    }
    fields.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push(fields);
      fields = [];
      i += 2;
      if (i >= text.length) return records;
    } else if (i >= text.length) {
      records.push(fields);
      return records;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
}

describe('the CSV parser of this test', () => {
  it('reads quoted commas, quotes and line breaks, and refuses broken input', () => {
    expect(parseRfc4180('a,b\r\n"x,1","say ""hi""\r\nthere"\r\n')).toEqual([
      ['a', 'b'],
      ['x,1', 'say "hi"\r\nthere'],
    ]);
    expect(() => parseRfc4180('a,"b\r\n')).toThrow();
    expect(() => parseRfc4180('a,b"c\r\n')).toThrow();
    expect(() => parseRfc4180('"a"b\r\n')).toThrow();
  });
});

type Row = Record<string, unknown> & { citation?: { sourceTitle: string; quote: string } };
/** The records of a JSON list, in the order the CSV has them (items, or the points of every series). */
function jsonRows(body: { items?: Row[]; series?: Array<{ points: Row[] }> }): Row[] {
  return body.items ?? body.series?.flatMap((s) => s.points) ?? [];
}

const csvCases = routes.flatMap(
  (route): Array<{ label: string; route: Route; url: string; headers: Record<string, string> }> => [
    { label: `${route.path}?format=csv`, route, url: urlFor(route, { query: { format: 'csv' } }), headers: {} },
    { label: `${route.path} with Accept: text/csv`, route, url: urlFor(route), headers: { accept: 'text/csv' } },
  ],
);

describe('CSV: every list answers CSV with BOM and citations; anything else 406', () => {
  it.each(csvCases.map((c) => [c.label, c] as const))('%s', async (_, { route, url, headers }) => {
    const plain = await get(urlFor(route));
    expect(plain.statusCode, plain.body.slice(0, 300)).toBe(200);
    const res = await get(url, headers);

    if (/^text\/csv/.test(String(plain.headers['content-type']))) {
      // Already CSV (the import template): asking for CSV gives the same file.
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.body).toBe(plain.body);
      expect(res.body.startsWith('\uFEFF')).toBe(true);
      return;
    }

    if (!route.row) {
      checkProblem(res, [406], url);
      return;
    }

    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.body.startsWith('\uFEFF'), 'UTF-8 BOM for Excel').toBe(true);
    const [header, ...rows] = parseRfc4180(res.body.slice(1));
    expect(header?.length).toBeGreaterThan(0);
    expect(header, 'the columns of the documented row schema').toEqual(route.columns);
    for (const [n, row] of rows.entries()) expect(row, `row ${n + 1} of ${url}`).toHaveLength(header?.length ?? 0);
    const citation = header?.indexOf('citation') ?? -1;
    expect(citation, `citation column in ${header?.join(',')}`).toBeGreaterThanOrEqual(0);

    const records = jsonRows(plain.json());
    expect(rows).toHaveLength(records.length);
    if (route.row.properties?.citation) {
      // Records with provenance: each CSV row carries that record's own citation, not a placeholder.
      expect(records.length, `${url} should have records to export`).toBeGreaterThan(0);
      for (const [n, record] of records.entries()) {
        const cell = rows[n]?.[citation] ?? '';
        expect(cell).toContain(record.citation?.sourceTitle);
        expect(cell).toContain(record.citation?.quote);
      }
    }
  });
});

/**
 * A request per list that matches nothing. The export still has the full header (the columns of the
 * documented row schema, `citation` included), so a person opening it can see what would be there.
 */
const EMPTY: Record<string, string> = {
  '/api/series': `/api/series?indicator=high_tech_enterprises&regions=110000`,
  '/api/measures': `/api/measures?q=${encodeURIComponent('没有这样的措施')}`,
  '/api/observations': '/api/observations?from=1900&to=1900',
  '/api/targets': '/api/targets?region=110000',
  '/api/audit': '/api/audit?entity=source&entityId=no-such-entity',
};

describe('CSV: an empty export still has its header', () => {
  it.each(Object.entries(EMPTY))('%s', async (path, url) => {
    const route = routes.find((r) => r.path === path);
    expect(route?.columns, `${path} is a documented list`).toBeTruthy();
    const plain = await get(url);
    expect(plain.statusCode, plain.body.slice(0, 300)).toBe(200);
    expect(jsonRows(plain.json()), `${url} should match nothing`).toHaveLength(0);
    for (const res of [await get(`${url}&format=csv`), await get(url, { accept: 'text/csv' })]) {
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.body.startsWith('\uFEFF')).toBe(true);
      expect(parseRfc4180(res.body.slice(1))).toEqual([route?.columns]);
    }
  });
});
