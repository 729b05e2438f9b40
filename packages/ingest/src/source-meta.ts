/**
 * The source record: title, year, issue number, publisher, content hash and the date the text
 * speaks from: the date printed in the masthead; else the end of the issue's month, from a file
 * name holding YYYY-MM or from the header (a monthly bulletin's issue N is month N); else a
 * dateline in the opening lines; else unknown.
 */
import { createHash } from 'node:crypto';
import type { ExtractedSource, SourceHints } from '@ipb/domain';
import type { SourceDate } from './periods';
import type { SplitResult } from './split';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A full date in the opening lines (a dateline: ——2025年1月15日在…会议上, 来源：… 2025-04-18). */
const DATELINE = /((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?/;

function datelineOf(head: string): SourceDate | null {
  const m = DATELINE.exec(head);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** A 公文's signature: the issuer's line, then the date alone on the last lines. */
const SIGNATURE_DATE = /^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/m;

export function sourceDate(split: SplitResult, fileName: string | undefined, head = '', tail = ''): SourceDate {
  const fromName = fileName ? /(?:^|\D)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])(?:\D|$)/.exec(fileName) : null;
  const headerYear = split.header.year;
  // A date printed in the masthead beats any guess from the file name or the issue number.
  if (split.header.date && headerYear !== null) return { year: headerYear, date: split.header.date };
  if (fromName && (headerYear === null || headerYear === Number(fromName[1]))) {
    const year = Number(fromName[1]);
    return { year, date: monthEnd(year, Number(fromName[2])) };
  }
  if (headerYear !== null) {
    const n = split.header.issueNumber;
    return { year: headerYear, date: n !== null && n <= 12 ? monthEnd(headerYear, n) : null };
  }
  // No masthead and no dated file name: a dateline in the opening lines, if there is one,
  // then the date a letter-style report is signed with at its end.
  const signed = SIGNATURE_DATE.exec(tail);
  return datelineOf(head) ?? (signed ? datelineOf(signed[0].trim()) : null) ?? { year: null, date: null };
}

export function buildSource(
  split: SplitResult,
  bytes: Uint8Array,
  encoding: string,
  date: SourceDate,
  fileName: string | undefined,
  hints: SourceHints = {},
): ExtractedSource {
  const fallbackTitle = split.articles[0]?.title ?? fileName ?? '';
  return {
    title: split.header.title ?? (split.kind === 'bulletin' ? (fileName ?? fallbackTitle) : fallbackTitle),
    year: split.header.year ?? date.year,
    issueNumber: split.header.issueNumber,
    publisher: split.header.publisher ?? hints.publisher ?? null,
    sha256: sha256(bytes),
    date: date.date,
    encoding,
    kind: split.kind,
    ...(hints.url ? { url: hints.url } : {}),
  };
}
