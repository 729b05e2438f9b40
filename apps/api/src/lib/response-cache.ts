/**
 * The response cache (docs/decisions/014): finished GET responses of public API routes, as the
 * bytes that went out (already compressed), keyed by data version + normalised URL + Accept +
 * Accept-Encoding. Any import or edit bumps the data version, so no entry can be served after the
 * data it was built from changed; the first request that sees a new version drops every entry.
 * Bounded by bytes (LRU): IPB_RESPONSE_CACHE_MB, 64 MB by default; IPB_RESPONSE_CACHE=off turns it off.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { LRUCache } from 'lru-cache';

export const DEFAULT_CACHE_MB = 64;

export interface CachedResponse {
  etag: string;
  /** Every header of the original response but Date and Content-Length, e.g. content-type, vary, security headers. */
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** Path plus its query parameters in sorted order: `?b=2&a=1` and `?a=1&b=2` are one resource. */
export function normaliseUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  params.sort();
  const query = params.toString();
  return query ? `${url.slice(0, q)}?${query}` : url.slice(0, q);
}

/** What a response varies on besides the data version. */
export function variantOf(url: string, accept: string | undefined, acceptEncoding: string | undefined): string {
  return variantOfResource(resourceOf(url, accept), acceptEncoding);
}

/**
 * The variant of a resource already normalised (resourceOf): the one rule for a slot's key, so that
 * the slot a response is stored in (http-cache's onRequest) and the slot a request looks up
 * (find, before Fastify) can never split.
 */
export function variantOfResource(resource: string, acceptEncoding: string | undefined): string {
  return resource + (acceptEncoding ?? '');
}

/** The part of the variant an ETag names: the representation before its content coding. */
export function resourceOf(url: string, accept: string | undefined): string {
  return `${normaliseUrl(url)}\u0000${accept ?? ''}\u0000`;
}

/** Headers a 304 repeats from the stored answer (RFC 9110 15.4.5), besides the security headers. */
const NOT_MODIFIED_DROPS = new Set(['content-type', 'content-encoding', 'content-length']);

/**
 * A head as node:http's writeHead takes it as is: name, value, name, value… A head given as an
 * object after any setHeader makes Node set every header again, one setHeader each (its "slow
 * case"); a whole flat array is written in one pass, as the bare server writes its object.
 */
export type RawHead = Array<string | number>;

/** The limiter's three headers, first, as @fastify/rate-limit sets them before the route's own. */
export const LIMIT_SLOTS = ['x-ratelimit-limit', 0, 'x-ratelimit-remaining', 0, 'x-ratelimit-reset', 0] as const;

/** A stored answer with what is written for it, worked out once when it is stored. */
export interface StoredResponse extends CachedResponse {
  /** The stored headers with Content-Length, without and with the limiter's slots (filled per answer). */
  head: RawHead;
  limitedHead: RawHead;
  /** What a 304 for its ETag carries, likewise. */
  notModifiedHead: RawHead;
  limitedNotModifiedHead: RawHead;
}

function rawHead(headers: OutgoingHttpHeaders, drop: ReadonlySet<string> = new Set()): RawHead {
  const raw: RawHead = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || drop.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) raw.push(name, one);
  }
  return raw;
}

/** Distinct raw URLs remembered with their normalised form, per data version. */
const MAX_ALIASES = 10_000;

export class ResponseCache {
  private readonly entries: LRUCache<string, StoredResponse>;
  /**
   * Raw request variant → the key of its normalised variant under the current version, so a hit
   * neither parses its query nor builds a second key. Cleared with the entries when the version changes.
   */
  private readonly aliases = new Map<string, string>();
  private version = '';

  constructor(readonly maxBytes: number) {
    this.entries = new LRUCache<string, StoredResponse>({
      maxSize: maxBytes,
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
      sizeCalculation: (entry, key) => entry.body.length + key.length + 256,
    });
  }

  /** Entries held, and the bytes they count for (at most maxBytes). */
  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.entries.calculatedSize;
  }

  /** The data version as just read; a change drops every entry built from older data. */
  at(version: string): string {
    if (version !== this.version) {
      this.entries.clear();
      this.aliases.clear();
      this.version = version;
    }
    return version;
  }

  get(version: string, variant: string): StoredResponse | undefined {
    return this.entries.get(`${version}\u0000${variant}`);
  }

  /** The answer for a request as it came (URL not yet normalised), if one is stored. */
  find(version: string, url: string, accept: string | undefined, acceptEncoding: string | undefined) {
    if (version !== this.version) return undefined;
    const raw = `${url}\u0000${accept ?? ''}\u0000${acceptEncoding ?? ''}`;
    let key = this.aliases.get(raw);
    if (key === undefined) {
      key = `${version}\u0000${variantOf(url, accept, acceptEncoding)}`;
      if (this.aliases.size >= MAX_ALIASES) this.aliases.clear();
      this.aliases.set(raw, key);
    }
    return this.entries.get(key);
  }

  set(version: string, variant: string, response: CachedResponse): void {
    if (version !== this.version) return;
    const head = rawHead({ ...response.headers, 'content-length': response.body.length });
    const notModifiedHead = rawHead(response.headers, NOT_MODIFIED_DROPS);
    this.entries.set(`${version}\u0000${variant}`, {
      ...response,
      head,
      limitedHead: [...LIMIT_SLOTS, ...head],
      notModifiedHead,
      limitedNotModifiedHead: [...LIMIT_SLOTS, ...notModifiedHead],
    });
  }
}
