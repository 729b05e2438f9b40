/**
 * Request validation failures (zod issues, as fastify-type-provider-zod hands them over) as field
 * problems: where (`body.title`), what in English, and a code with the bounds a client needs to say
 * it in its own language ("at least 3 characters" / "至少 3 个字").
 */
import { type FieldProblem, fieldProblemOfIssue } from '@ipb/domain';

interface ValidationIssue {
  keyword?: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

export function validationProblems(issues: readonly ValidationIssue[], where: string): FieldProblem[] {
  return issues.map((issue) => ({
    path: `${where}${issue.instancePath.replace(/\//g, '.')}`.replace(/\.$/, ''),
    message: issue.message ?? 'is invalid',
    ...fieldProblemOfIssue(issue.keyword, issue.params ?? {}, issue.message),
  }));
}
