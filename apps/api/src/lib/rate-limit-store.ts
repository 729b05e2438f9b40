/**
 * The stores @fastify/rate-limit counts in, made here so that cached answers, which are written
 * before Fastify routes the request (lib/fast-hits.ts), spend the same budget as every other read:
 * - on PostgreSQL, the database's `rate_limits` table (packages/db write/rate-limits.ts), so that
 *   N instances behind a load balancer allow one limit, not N (docs/decisions/016);
 * - on SQLite, the one process's memory, as the plugin's own store (a fixed window per key).
 * `spend` counts one request under a key of the global limit: synchronously in memory, as a
 * promise on the database.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { countRequest, type Db, readRequestCount } from '@ipb/db';
import { LRUCache } from 'lru-cache';

type Count = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Count) => void;

export interface RateStores {
  Store: FastifyRateLimitStoreCtor;
  /** Count a request under `key` in the global store (the one the plugin built first). */
  spend(key: string, timeWindow: number): Count | Promise<Count>;
}

/** The route a store's child counts for: a route with its own limit counts under its own prefix. */
const routePrefix = (options: unknown) => {
  const route = (options as { routeInfo: { method: string | string[]; url: string } }).routeInfo;
  return `${String(route.method)}${route.url}|`;
};

export function databaseRateLimitStore(db: () => Db): RateStores {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly prefix = '',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      countRequest(db(), this.prefix + key, timeWindow).then(
        ({ count, ttlMs }) => callback(null, { current: count, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    read(key: string, callback: Callback): void {
      readRequestCount(db(), this.prefix + key).then(
        ({ count, ttlMs }) => callback(null, { current: count, ttl: ttlMs }),
        (error: Error) => callback(error),
      );
    }

    /** The plugin passes the route's merged limit options, its route under `routeInfo`. */
    child(options: unknown): FastifyRateLimitStore {
      return new DatabaseStore(undefined, this.prefix + routePrefix(options));
    }
  }
  return {
    Store: DatabaseStore,
    spend: async (key, timeWindow) => {
      const { count, ttlMs } = await countRequest(db(), key, timeWindow);
      return { current: count, ttl: ttlMs };
    },
  };
}

/** As many addresses as the plugin's own memory store keeps. */
const MAX_KEYS = 5000;

class Window {
  constructor(
    public count: number,
    public readonly startMs: number,
  ) {}
}

export function memoryRateLimitStore(): RateStores {
  const count = (windows: LRUCache<string, Window>, key: string, timeWindow: number): Count => {
    const now = Date.now();
    let window = windows.get(key);
    if (!window || window.startMs + timeWindow <= now) {
      window = new Window(0, now);
      windows.set(key, window);
    }
    window.count++;
    return { current: window.count, ttl: window.startMs + timeWindow - now };
  };
  const global = new LRUCache<string, Window>({ max: MAX_KEYS });
  let built = false;

  class MemoryStore implements FastifyRateLimitStore {
    /** The first store the plugin builds is the global one; children count apart, per route. */
    private readonly windows: LRUCache<string, Window>;
    constructor(_options?: unknown, own?: LRUCache<string, Window>) {
      this.windows = own ?? (built ? new LRUCache({ max: MAX_KEYS }) : global);
      built = true;
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      callback(null, count(this.windows, key, timeWindow));
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      const window = this.windows.get(key);
      const now = Date.now();
      const alive = window && window.startMs + timeWindow > now;
      callback(
        null,
        alive ? { current: window.count, ttl: window.startMs + timeWindow - now } : { current: 0, ttl: 0 },
      );
    }

    child(): FastifyRateLimitStore {
      return new MemoryStore(undefined, new LRUCache({ max: MAX_KEYS }));
    }
  }
  return { Store: MemoryStore, spend: (key, timeWindow) => count(global, key, timeWindow) };
}
