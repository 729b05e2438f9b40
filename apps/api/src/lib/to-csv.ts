/**
 * JSON list → CSV for Excel: UTF-8 with BOM (so Excel reads Chinese), CRLF, RFC 4180 quoting, and
 * a `citation` column on every row so a figure copied out of the spreadsheet still says where it
 * came from.
 *
 * The columns come from the route's response schema, never from the rows, so a route's CSV has the
 * same header whatever the data (and a header even with no rows): nested objects become dotted
 * columns in schema order (a null object leaves its columns empty), lists of values are joined
 * with "; ", anything else that is not a plain value is written as JSON.
 */
import type { Citation } from '@ipb/domain';

type Row = Record<string, unknown>;

/** The parts of a JSON Schema (as z.toJSONSchema writes it) that decide the columns. */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** One CSV column: its header and the keys that lead to its value in a row. */
export interface CsvColumn {
  name: string;
  path: string[];
}

export function formatCitation(c: Citation): string {
  const where = [c.sourceTitle + (c.issue ? `（${c.issue}）` : ''), c.articleTitle].filter(Boolean).join(' · ');
  return [where, c.quote ? `“${c.quote}”` : '', c.url ?? '', c.authority ? `authority: ${c.authority}` : '']
    .filter(Boolean)
    .join(' · ');
}

const isNull = (s: JsonSchema) => s.type === 'null';

/** Follows a local $ref into the root's $defs. */
function resolve(s: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  if (!s?.$ref) return s;
  const name = s.$ref.match(/^#\/\$defs\/(.+)$/)?.[1];
  return name ? resolve(root.$defs?.[name], root) : undefined;
}

/** The fixed properties of an object schema, looking through nullability; undefined for anything else. */
function propertiesOf(s: JsonSchema | undefined, root: JsonSchema): Record<string, JsonSchema> | undefined {
  const schema = resolve(s, root);
  if (!schema) return undefined;
  if (schema.properties && Object.keys(schema.properties).length > 0) return schema.properties;
  const options = (schema.anyOf ?? schema.oneOf)?.filter((o) => !isNull(o));
  return options?.length === 1 ? propertiesOf(options[0], root) : undefined;
}

/** The schema of one list item, looking through nullability; undefined when `s` is not an array. */
function itemsOf(s: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  const schema = resolve(s, root);
  if (!schema) return undefined;
  if (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'))) return schema.items;
  const options = (schema.anyOf ?? schema.oneOf)?.filter((o) => !isNull(o));
  return options?.length === 1 ? itemsOf(options[0], root) : undefined;
}

/**
 * The properties of one CSV row of a list response, as `rowsOf` cuts it: each of `items`, or each
 * point of each series with the series' own fields (a point's field wins over the series' one).
 * Null when the response is not a list.
 */
function rowProperties(response: JsonSchema): Record<string, JsonSchema> | null {
  const body = propertiesOf(response, response);
  const item = propertiesOf(itemsOf(body?.items, response), response);
  if (item) return item;
  const series = propertiesOf(itemsOf(body?.series, response), response);
  const point = propertiesOf(itemsOf(series?.points, response), response);
  if (!series || !point) return null;
  const { points: _, ...own } = series;
  return { ...own, ...point };
}

/** The CSV columns of a list response (its JSON Schema); null when it is not a list. `citation` comes last. */
export function csvColumns(response: JsonSchema): CsvColumn[] | null {
  const row = rowProperties(response);
  if (!row) return null;
  const columns: CsvColumn[] = [];
  const walk = (properties: Record<string, JsonSchema>, path: string[]) => {
    for (const [key, schema] of Object.entries(properties)) {
      if (path.length === 0 && key === 'citation') continue;
      const nested = propertiesOf(schema, response);
      if (nested) walk(nested, [...path, key]);
      else columns.push({ name: [...path, key].join('.'), path: [...path, key] });
    }
  };
  walk(row, []);
  columns.push({ name: 'citation', path: ['citation'] });
  return columns;
}

/** Rows of a list response: `items`, or the points of every series (with the series' own fields). */
export function rowsOf(payload: unknown): Row[] | null {
  if (!payload || typeof payload !== 'object') return null;
  const body = payload as Row;
  if (Array.isArray(body.items)) return body.items as Row[];
  if (Array.isArray(body.series)) {
    return (body.series as Array<Row & { points: Row[] }>).flatMap(({ points, ...series }) =>
      points.map((p) => ({ ...series, ...p })),
    );
  }
  return null;
}

function valueAt(row: Row, path: string[]): unknown {
  let value: unknown = row;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Row)[key];
  }
  return value;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value.every((v) => v === null || typeof v !== 'object') ? value.join('; ') : JSON.stringify(value);
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: Row[], columns: CsvColumn[], fallbackCitation: string): string {
  const line = (row: Row) =>
    columns
      .map(({ name, path }) => {
        if (name !== 'citation' || path.length !== 1) return cell(text(valueAt(row, path)));
        const { citation } = row;
        return cell(citation && typeof citation === 'object' ? formatCitation(citation as Citation) : fallbackCitation);
      })
      .join(',');
  const lines = [columns.map(({ name }) => cell(name)).join(','), ...rows.map(line)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
