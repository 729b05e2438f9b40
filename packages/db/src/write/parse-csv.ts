/**
 * CSV text → rows of cells with the line each row starts on, through csv-parse (RFC 4180). A file
 * that does not parse is refused as a whole with the line to look at: a quote left open must not
 * swallow the rows after it (issue 11: a hand-written parser imported such a file as one row).
 * Rows whose cells are all blank (Excel's trailing ",,,") are skipped.
 */
import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRecord {
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    message: string,
    /** A field problem code, for the interface to word (an unclosed quote is the common case). */
    readonly code: 'unclosed-quote' | 'malformed-csv' = 'malformed-csv',
  ) {
    super(message);
  }
}

function explain(err: CsvError): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `a quoted cell is not closed properly (found by line ${err.lines}): a " is missing, or a " inside a cell is not doubled ("")`;
    case 'INVALID_OPENING_QUOTE':
      return 'a cell has a " but does not start with one: put the whole cell in quotes and double the " inside ("")';
    default:
      return `the file is not valid CSV (${err.code})`;
  }
}

const newlines = (cells: string[]) => cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);

export function parseCsv(text: string): CsvRecord[] {
  // One line break character, so csv-parse counts lines as an editor does.
  const input = text.replace(/\r\n?/g, '\n');
  let lastLine = 0;
  try {
    const rows = parse(input, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // The context knows the line a record ends on; keep that instead of a full info object per row.
      on_record: (record, context) => {
        lastLine = context.lines;
        return { line: context.lines - newlines(record), cells: record } as unknown as string[];
      },
    }) as unknown as CsvRecord[];
    return rows.filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  } catch (err) {
    if (err instanceof CsvError) {
      const unclosed = err.code === 'CSV_QUOTE_NOT_CLOSED' || err.code === 'CSV_INVALID_CLOSING_QUOTE';
      throw new CsvSyntaxError(lastLine + 1, explain(err), unclosed ? 'unclosed-quote' : 'malformed-csv');
    }
    throw err;
  }
}
