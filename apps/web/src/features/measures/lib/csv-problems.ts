/**
 * The problems of a refused CSV import. The API names each one `line N.column` (N is the file's line,
 * header = 1; a problem of the whole file may have no line), so the editor can find the cell.
 */
import type { FieldProblem } from '@/lib/api-client';

export interface CsvProblem extends FieldProblem {
  line: number | null;
  column: string;
}

const PATH = /^line (\d+|null)\.(.*)$/;

export function csvProblems(problems: readonly FieldProblem[]): CsvProblem[] {
  return problems.map((problem) => {
    const m = PATH.exec(problem.path);
    if (!m) return { ...problem, line: null, column: problem.path };
    return { ...problem, line: m[1] === 'null' ? null : Number(m[1]), column: m[2] ?? '' };
  });
}
