/**
 * JSON list → CSV for Excel: UTF-8 with BOM (so Excel reads Chinese), CRLF, RFC 4180 quoting, and
 * a `citation` column on every row so a figure copied out of the spreadsheet still says where it
 * came from. Nested objects become dotted columns; lists of values are joined with "; ".
 */
import type { Citation } from '@ipb/domain';

type Row = Record<string, unknown>;

export function formatCitation(c: Citation): string {
  const where = [c.sourceTitle + (c.issue ? `（${c.issue}）` : ''), c.articleTitle].filter(Boolean).join(' · ');
  return [where, c.quote ? `“${c.quote}”` : '', c.url ?? ''].filter(Boolean).join(' · ');
}

function flatten(value: unknown, prefix: string, out: Row): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value)) {
    out[prefix] = value.every((v) => v === null || typeof v !== 'object') ? value.join('; ') : JSON.stringify(value);
  } else {
    out[prefix] = value;
  }
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

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Row[], fallbackCitation: string): string {
  const flat = rows.map((row) => {
    const out: Row = {};
    const { citation, ...rest } = row;
    flatten(rest, '', out);
    out.citation = citation && typeof citation === 'object' ? formatCitation(citation as Citation) : fallbackCitation;
    return out;
  });
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  const lines = [columns.map(cell).join(','), ...flat.map((r) => columns.map((c) => cell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
