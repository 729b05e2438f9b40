/**
 * A @fastify/rate-limit store over the database's `rate_limits` table (packages/db
 * write/rate-limits.ts), used on PostgreSQL so that N instances behind a load balancer allow one
 * limit, not N (docs/decisions/016). On SQLite the one process counts in the plugin's memory store.
 * The Db is looked up per request because the store is built before the database plugin opens it.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { countRequest, type Db, readRequestCount } from '@ipb/db';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

export function databaseRateLimitStore(db: () => Db): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    /** A route with its own limit counts under its own prefix, as the plugin's stores do. */
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
      const route = (options as { routeInfo: { method: string | string[]; url: string } }).routeInfo;
      return new DatabaseStore(undefined, `${this.prefix}${String(route.method)}${route.url}|`);
    }
  }
  return DatabaseStore;
}
