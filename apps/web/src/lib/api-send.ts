/**
 * The one way the web app writes to /api: POST/PATCH/DELETE with a JSON or FormData body, the
 * session's CSRF token in `x-csrf-token` (the API refuses cookie writes without it), the answer
 * validated with a domain schema, and problem+json turned into an `ApiError` like apiGet does.
 */
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildUrl, ContractError, problemError } from './api-client';
import { sessionQueryOptions } from './session';

interface Parser<T> {
  parse(data: unknown): T;
}

export type SendMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type SendBody = FormData | Blob | string | Record<string, unknown> | null;

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Send `body` (FormData and Blob as they are, strings as text/plain, objects as JSON). */
export async function apiSend<T>(
  method: SendMethod,
  path: string,
  body: SendBody,
  schema: Parser<T>,
  { csrfToken }: { csrfToken: string | null },
): Promise<T> {
  const url = buildUrl(path);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData || body instanceof Blob) payload = body;
  else if (typeof body === 'string') {
    payload = body;
    headers['content-type'] = 'text/plain; charset=utf-8';
  } else if (body !== null) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  const data = await readBody(response);
  if (!response.ok) throw problemError(data, response.status, response.statusText, `${method} ${url}`);
  try {
    return schema.parse(data);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ContractError(`${method} ${url} returned data that does not match the API contract: ${message}`, {
      cause,
    });
  }
}

export type Send = <T>(method: SendMethod, path: string, body: SendBody, schema: Parser<T>) => Promise<T>;

/** apiSend bound to the session query's CSRF token (fetched first if the session is not loaded yet). */
export function createSend(queryClient: QueryClient): Send {
  return async (method, path, body, schema) => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    return apiSend(method, path, body, schema, { csrfToken: session.csrfToken });
  };
}

export function useSend(): Send {
  const queryClient = useQueryClient();
  return useMemo(() => createSend(queryClient), [queryClient]);
}
