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
  return `${normaliseUrl(url)}\u0000${accept ?? ''}\u0000${acceptEncoding ?? ''}`;
}

export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private version = '';
  private currentVersion: (() => string) | null = null;

  constructor(readonly maxBytes: number) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
      sizeCalculation: (entry, key) => entry.body.length + key.length + 256,
    });
  }

  /** Where the data version comes from (the database, once it is open). */
  attach(currentVersion: () => string): void {
    this.currentVersion = currentVersion;
  }

  /** Entries held, and the bytes they count for (at most maxBytes). */
  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.entries.calculatedSize;
  }

  /** The data version now; a change drops every entry built from older data. */
  versionNow(): string {
    const version = this.currentVersion?.() ?? '';
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    return version;
  }

  get(version: string, variant: string): CachedResponse | undefined {
    return this.entries.get(`${version}\u0000${variant}`);
  }

  set(version: string, variant: string, response: CachedResponse): void {
    if (version === this.version) this.entries.set(`${version}\u0000${variant}`, response);
  }
}
