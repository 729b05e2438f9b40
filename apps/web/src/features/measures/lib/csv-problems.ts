/**
 * The problems of a refused CSV import. The API names each one `line N.column` (N is the file's line,
 * header = 1; a problem of the whole file may have no line), so the editor can find the cell.
 */
import type { FieldProblem } from '@/lib/api-client';

export interface CsvProblem {
  line: number | null;
  column: string;
  message: string;
}

const PATH = /^line (\d+|null)\.(.*)$/;

export function csvProblems(problems: readonly FieldProblem[]): CsvProblem[] {
  return problems.map(({ path, message }) => {
    const m = PATH.exec(path);
    if (!m) return { line: null, column: path, message };
    return { line: m[1] === 'null' ? null : Number(m[1]), column: m[2] ?? '', message };
  });
}
