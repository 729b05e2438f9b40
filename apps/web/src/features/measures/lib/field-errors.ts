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

/** `word` says each problem in the interface's language (lib/problem-text.ts fieldProblemText). */
export function sortProblems(
  problems: readonly FieldProblem[],
  word: (problem: FieldProblem) => string = (p) => p.message,
): SortedProblems {
  const fields: FieldErrors = {};
  const other: FieldProblem[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    if (!field) other.push(problem);
    else {
      const message = word(problem);
      if (!fields[field]?.includes(message)) fields[field] = [...(fields[field] ?? []), message];
    }
  }
  const first = ENTRY_FIELDS.find((f) => fields[f]) ?? null;
  return { fields, other, first };
}
