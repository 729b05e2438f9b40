/**
 * Where each problem of a 400 answer belongs: `body.title` is the title field, `body.themes.0` the
 * themes; anything else (`body` itself, an unknown name) is shown above the form so no message is lost.
 */
import type { FieldProblem } from '@/lib/api-client';
import { ENTRY_FIELDS, type EntryField } from './measure-entry';

export type FieldErrors = Partial<Record<EntryField, string[]>>;

export interface SortedProblems {
  fields: FieldErrors;
  other: FieldProblem[];
  /** The first field (in form order) with a problem: it takes the focus. */
  first: EntryField | null;
}

function fieldOf(path: string): EntryField | null {
  const [root, name] = path.split('.');
  if (root !== 'body' || !name) return null;
  return (ENTRY_FIELDS as readonly string[]).includes(name) ? (name as EntryField) : null;
}

export function sortProblems(problems: readonly FieldProblem[]): SortedProblems {
  const fields: FieldErrors = {};
  const other: FieldProblem[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    if (!field) other.push(problem);
    else if (!fields[field]?.includes(problem.message)) fields[field] = [...(fields[field] ?? []), problem.message];
  }
  const first = ENTRY_FIELDS.find((f) => fields[f]) ?? null;
  return { fields, other, first };
}
