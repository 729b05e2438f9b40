/**
 * The sessions the inventory page meets and a fetch stub for it: themes and places from the
 * fixtures, and the two writes answered by the test (a created measure, a 400 problem, an import
 * result or a 422). Every request is recorded with its method, headers and body, like the API sees it.
 */
import { SessionResponseSchema } from '@ipb/domain';
import { vi } from 'vitest';
import { regionsResponse } from '@/test/fixtures';
import { json, problem } from '@/test/stub-api';
import { THEMES } from './measures-fixtures';

export const EDITOR = SessionResponseSchema.parse({
  user: { id: 2, username: 'wang.editor', role: 'editor' },
  csrfToken: 'csrf-7f3a',
});
export const VIEWER = SessionResponseSchema.parse({
  user: { id: 3, username: 'li.viewer', role: 'viewer' },
  csrfToken: 'csrf-v',
});
export const ANONYMOUS = SessionResponseSchema.parse({ user: null, csrfToken: null });

export interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface Answers {
  create?: (body: Record<string, unknown>) => Response;
  importCsv?: (form: FormData) => Response;
}

/** A problem+json answer with field-level `errors[]`, as the API's validation sends it. */
export function fieldProblem(status: number, title: string, errors: Array<{ path: string; message: string }>) {
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return json(
    { type: `https://ipb.local/problems/${status}`, title, status, detail, errors },
    status,
    'application/problem+json',
  );
}

export function stubInventoryApi(session = EDITOR, answers: Answers = {}): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input), 'http://localhost');
      const method = (init.method ?? 'GET').toUpperCase();
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : (init.body ?? null);
      sent.push({ method, path: url.pathname + url.search, headers, body });
      if (url.pathname === '/api/auth/session') return json(session);
      if (url.pathname === '/api/themes') return json({ items: THEMES });
      if (url.pathname === '/api/regions') return json(regionsResponse(url));
      if (url.pathname === '/api/measures' && method === 'POST')
        return answers.create?.(body) ?? json({ id: 41, sourceId: 112, reviewStatus: 'extracted' }, 201);
      if (url.pathname === '/api/measures/import' && method === 'POST')
        return answers.importCsv?.(body as FormData) ?? json({ sourceId: 113, status: 'new', rows: 2 }, 201);
      return problem(404, 'not-found', `${method} ${url.pathname} is not stubbed.`, { path: url.pathname });
    }),
  );
  return sent;
}
