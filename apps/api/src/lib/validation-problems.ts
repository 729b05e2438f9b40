/**
 * Request validation failures (zod issues, as fastify-type-provider-zod hands them over) as field
 * problems: where (`body.title`), what in English, and a code with the bounds a client needs to say
 * it in its own language ("at least 3 characters" / "至少 3 个字").
 */
import type { FieldProblem, FieldProblemCode, ProblemParams } from '@ipb/domain';

interface ValidationIssue {
  keyword?: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

const scalar = (v: unknown): string | number | undefined =>
  typeof v === 'number' || typeof v === 'string' ? v : typeof v === 'bigint' ? Number(v) : undefined;

function codeAndParams(issue: ValidationIssue): { code: FieldProblemCode; params?: ProblemParams } {
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'too_small': {
      const minimum = scalar(p.minimum) ?? 1;
      if (p.origin === 'string' && minimum === 1) return { code: 'required' };
      return { code: 'too-small', params: { minimum, origin: String(p.origin ?? 'number') } };
    }
    case 'too_big':
      return { code: 'too-big', params: { maximum: scalar(p.maximum) ?? 0, origin: String(p.origin ?? 'number') } };
    case 'invalid_type':
      // zod says "received undefined" when the field is simply missing.
      if (/received undefined/.test(issue.message ?? '')) return { code: 'required' };
      return { code: 'invalid-type', params: { expected: String(p.expected ?? '') } };
    case 'invalid_format':
      return { code: 'invalid-format', params: { format: String(p.format ?? '') } };
    case 'invalid_value':
      return { code: 'not-one-of', params: { allowed: Array.isArray(p.values) ? p.values.join(', ') : '' } };
    default:
      return { code: 'invalid' };
  }
}

export function validationProblems(issues: readonly ValidationIssue[], where: string): FieldProblem[] {
  return issues.map((issue) => ({
    path: `${where}${issue.instancePath.replace(/\//g, '.')}`.replace(/\.$/, ''),
    message: issue.message ?? 'is invalid',
    ...codeAndParams(issue),
  }));
}
