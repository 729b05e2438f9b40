/**
 * fast-check arbitraries for requests: values shaped by a JSON Schema (inside and just outside its
 * bounds), real names from the database (so requests get past validation and reach the queries and
 * writes), and hostile ones (huge, percent signs, control characters, wrong types). Upload routes
 * get CSV, text, bytes and multipart bodies — well-formed, malformed and cut short.
 */
import fc from 'fast-check';
import type { JsonSchema, Operation } from './operations';

export interface Pools {
  regions: string[];
  indicators: string[];
  themes: string[];
  ids: number[];
}

const HOSTILE = [
  '',
  ' ',
  '%',
  '100%.txt',
  '%G',
  '%00',
  '\u0000',
  '../../etc/passwd',
  'null',
  'undefined',
  '-1',
  '0',
  '1e309',
  'NaN',
  '9007199254740993',
  '<script>alert(1)</script>',
  '"\'`;--',
  '呼和浩特'.repeat(40),
  'x'.repeat(2000),
  '\uFEFF',
  '\uD800',
  'ａｄｍｉｎ',
];

export const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const named = (name: string, pools: Pools): fc.Arbitrary<string> | null => {
  if (/region|benchmark|code/.test(name)) return fc.constantFrom(...pools.regions);
  if (name === 'indicator' || name === 'indicatorId') return fc.constantFrom(...pools.indicators);
  if (name === 'theme' || name === 'themes') return fc.constantFrom(...pools.themes);
  return null;
};

/** A value for `schema`: mostly plausible, sometimes out of bounds or of the wrong type. */
export function schemaValue(schema: JsonSchema, pools: Pools, name = '', depth = 0): fc.Arbitrary<unknown> {
  const real = named(name, pools);
  const wrong = fc.oneof(hostileString, fc.integer(), fc.constant(null), fc.boolean());
  if (schema.enum) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, wrong);
  if (schema.const !== undefined) return fc.oneof({ weight: 4, arbitrary: fc.constant(schema.const) }, wrong);
  if (schema.anyOf?.length) return fc.oneof(...schema.anyOf.map((s) => schemaValue(s, pools, name, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string': {
      const max = schema.maxLength ?? 60;
      const plausible = fc.string({ minLength: schema.minLength ?? 0, maxLength: max + 2 });
      return fc.oneof({ weight: 3, arbitrary: real ?? plausible }, plausible, wrong);
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1000;
      const max = Math.min(schema.maximum ?? 1e6, 1e9);
      const inside = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
      return fc.oneof(
        { weight: 3, arbitrary: id(name, pools) ?? inside },
        fc.constantFrom(min - 1, max + 1, 2.5, -0, 2 ** 53),
        wrong,
      );
    }
    case 'boolean':
      return fc.oneof({ weight: 3, arbitrary: fc.boolean() }, wrong);
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(schemaValue(schema.items ?? {}, pools, name, depth + 1), { maxLength: 4 });
    case 'object': {
      if (depth > 3) return fc.constant({});
      const props = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, s]) => [k, schemaValue(s, pools, k, depth + 1)]),
      );
      return fc.oneof({ weight: 4, arbitrary: fc.record(props, { requiredKeys: [] }) }, wrong);
    }
    default:
      return fc.oneof(wrong, fc.jsonValue({ maxDepth: 2 }));
  }
}

function id(name: string, pools: Pools): fc.Arbitrary<number> | null {
  return /^(id|source|sourceId|cursor|replace)$/.test(name) ? fc.constantFrom(...pools.ids) : null;
}

/** A query or path parameter as sent in a URL. */
export const asParam = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);

const CSV_HEADER = [
  'region',
  'indicator',
  'year',
  'value',
  'unit',
  'quote',
  'source_title',
  'kind',
  'themes',
  'title',
  'text',
  'date',
];

/** A CSV whose cells come from real names and hostile values, sometimes broken on purpose. */
export function csvText(pools: Pools): fc.Arbitrary<string> {
  const cell = fc.oneof(
    fc.constantFrom(
      ...pools.regions,
      ...pools.indicators,
      ...pools.themes,
      '2023',
      '2023-12-31',
      '亿元',
      '家',
      '%',
      '-5',
      '1,000',
    ),
    hostileString,
    fc.string({ maxLength: 12 }).map((s) => `"${s.replace(/"/g, '""')}"`),
  );
  const row = fc.array(cell, { minLength: 1, maxLength: 10 }).map((cells) => cells.join(','));
  return fc
    .tuple(
      fc.shuffledSubarray(CSV_HEADER, { minLength: 1 }),
      fc.array(row, { maxLength: 6 }),
      fc.constantFrom('\r\n', '\n', '\r'),
      fc.boolean(),
    )
    .map(([header, rows, eol, open]) => `${header.join(',')}${eol}${rows.join(eol)}${open ? ',"open quote' : ''}`);
}

function multipart(content: string, variant: number, name: string): { body: string; contentType: string } {
  const part = `--BB\r\nContent-Disposition: form-data; name="${variant === 3 ? 'other' : 'file'}"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${content}`;
  if (variant === 0) return { body: `${part}\r\n--BB--\r\n`, contentType: 'multipart/form-data; boundary=BB' };
  if (variant === 1) return { body: part, contentType: 'multipart/form-data; boundary=BB' };
  if (variant === 2) return { body: `${part}\r\n--BB--\r\n`, contentType: 'multipart/form-data' };
  return { body: `${part}\r\n--BB--\r\n`, contentType: 'multipart/form-data; boundary=BB' };
}

export interface Body {
  payload?: string | Buffer;
  headers: Record<string, string>;
}

/** A body for a write: its JSON schema's shape, any JSON, an upload (text, CSV, bytes, multipart), or junk. */
export function bodyOf(op: Operation, pools: Pools): fc.Arbitrary<Body> {
  const json = (v: unknown): Body => ({ payload: JSON.stringify(v), headers: { 'content-type': 'application/json' } });
  const upload = fc
    .tuple(
      fc.oneof(
        csvText(pools),
        fc.string({ maxLength: 200 }),
        fc.constantFrom('科技情报参考 2024年第7期\n南京市：新增高企 215 家。'),
      ),
      fc.constantFrom('text/plain', 'text/csv', 'application/octet-stream'),
      hostileString,
    )
    .map(
      ([text, type, name]): Body => ({
        payload: text,
        headers: { 'content-type': type, 'x-file-name': encodeHeader(name) },
      }),
    );
  const bytes = fc
    .uint8Array({ maxLength: 300 })
    .map((b): Body => ({ payload: Buffer.from(b), headers: { 'content-type': 'application/octet-stream' } }));
  const form = fc
    .tuple(csvText(pools), fc.integer({ min: 0, max: 3 }), hostileString)
    .map(([text, variant, name]): Body => {
      const { body, contentType } = multipart(text, variant, name.replace(/["\r\n]/g, ''));
      return { payload: body, headers: { 'content-type': contentType } };
    });
  const junk = fc
    .tuple(
      fc.string({ maxLength: 100 }),
      fc.constantFrom('application/json', 'application/xml', 'text/plain', 'x/y', ''),
    )
    .map(([text, type]): Body => ({ payload: text, headers: type ? { 'content-type': type } : {} }));
  const none = fc.constant<Body>({ headers: {} });
  const shaped = op.body ? schemaValue(op.body, pools).map(json) : fc.jsonValue({ maxDepth: 2 }).map(json);
  return fc.oneof({ weight: 4, arbitrary: shaped }, upload, bytes, form, junk, none);
}

/** Header values must be ASCII without line breaks: what a client can send at all. */
function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  try {
    return encodeURIComponent(value).slice(0, 500);
  } catch {
    return 'lone-surrogate';
  }
}
