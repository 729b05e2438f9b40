/**
 * Answers asked for before the app's code has loaded (early.ts), waiting for the page's queries.
 * apiGet takes an answer only for exactly its URL, and only once; what the first page did not take
 * is dropped once it has loaded (closeEarly), so no later query can get an old answer.
 */
const waiting = new Map<string, Promise<Response>>();
let open = true;

/** The Accept header of every JSON GET (lib/api-client.ts): the early request must be the same request. */
export const JSON_HEADERS = { accept: 'application/json' } as const;

export function startEarly(urls: readonly string[]): void {
  if (!open) return;
  for (const url of urls) {
    if (waiting.has(url)) continue;
    const answer = fetch(url, { headers: JSON_HEADERS });
    // Not taken yet is not unhandled: the query that takes it handles a failure (it asks again).
    answer.catch(() => undefined);
    waiting.set(url, answer);
  }
}

/** The early answer for `url`, once; undefined when none was asked for (then the caller fetches). */
export function takeEarly(url: string): Promise<Response> | undefined {
  const answer = waiting.get(url);
  waiting.delete(url);
  return answer;
}

/** The first page has asked for what it needs: early answers no query took are not kept. */
export function closeEarly(): void {
  open = false;
  waiting.clear();
}
