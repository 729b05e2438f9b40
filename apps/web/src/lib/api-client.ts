/**
 * The one way the web app talks to /api: GET JSON, validate it with a domain schema, and turn
 * RFC 9457 problem+json answers into an `ApiError` whose message is the server's `detail`
 * (which says what to fix), so error states can show it verbatim.
 */
import { ProblemSchema } from '@ipb/domain';
import { buildUrl, type Query } from '@/early/api-urls';
import { JSON_HEADERS, takeEarly } from '@/early/early-fetch';

export { buildUrl, type Query };

/** Any schema with zod's `parse`; kept structural so the web app needs no direct zod import. */
interface Parser<T> {
  parse(data: unknown): T;
}

/**
 * One field-level problem of a problem+json answer: where (`body.title`, `line 3.date`), what to
 * fix in English, and the stable code and params the interface words it from (lib/problem-text.ts).
 */
export interface FieldProblem {
  path: string;
  message: string;
  code?: string;
  params?: Readonly<Record<string, unknown>>;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly title: string,
    /** The problem's `errors[]`, kept apart so a form can put each message next to its field. */
    readonly errors: readonly FieldProblem[] = [],
    /** The problem's stable `code` (e.g. `newer-version-imported`), for a view that acts on it. */
    readonly code: string | null = null,
    /** The values the problem is about (`{ sourceId: 12 }`). */
    readonly params: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/**
 * The one parser of problem answers (STYLE.md): any error body as an ApiError whose message is
 * the problem's detail (with its field problems), or, for a body that is no problem, `fallback`.
 */
export function problemError(body: unknown, status: number, statusText: string, fallback: string): ApiError {
  const problem = ProblemSchema.safeParse(body);
  if (problem.success) {
    const { detail, title, errors, code, params } = problem.data;
    const fields = errors?.map((e) => `${e.path}: ${e.message}`).join('; ');
    const message = detail || title;
    return new ApiError(
      fields ? `${message} (${fields})` : message,
      problem.data.status,
      title,
      errors,
      code ?? null,
      params,
    );
  }
  const detail = typeof body === 'object' && body && 'detail' in body ? String(body.detail) : null;
  const title = statusText || `HTTP ${status}`;
  return new ApiError(detail ?? `${title} — ${fallback}`, status, title);
}

/** The response is not what packages/domain says it should be: a contract break, not a user error. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function toApiError(response: Response, url: string): Promise<ApiError> {
  return problemError(await readJson(response), response.status, response.statusText, `GET ${url}`);
}

export async function apiGet<T>(
  path: string,
  schema: Parser<T>,
  options: { query?: Query; signal?: AbortSignal } = {},
): Promise<T> {
  const url = buildUrl(path, options.query);
  // The page's first requests were sent before the app loaded (early/early.ts): the same request.
  const early = takeEarly(url)?.catch(() => undefined);
  const response = (await early) ?? (await fetch(url, { headers: JSON_HEADERS, signal: options.signal }));
  if (!response.ok) throw await toApiError(response, url);
  const body = await readJson(response);
  try {
    return schema.parse(body);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ContractError(`GET ${url} returned data that does not match the API contract: ${message}`, { cause });
  }
}

/** GET a file (a .docx, a CSV) as a Blob in the media type `accept`; problems become `ApiError` as for JSON. */
export async function apiGetBlob(
  path: string,
  accept: string,
  options: { query?: Query; signal?: AbortSignal } = {},
): Promise<Blob> {
  const url = buildUrl(path, options.query);
  const response = await fetch(url, { headers: { accept }, signal: options.signal });
  if (!response.ok) throw await toApiError(response, url);
  return response.blob();
}
