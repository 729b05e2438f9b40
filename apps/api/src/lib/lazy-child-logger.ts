/**
 * Fastify's per-request logger, made only when something is logged. Fastify gives every request
 * a child of the app's logger bound to its request id (pino's `child`, with an options object, so
 * its slow path: about 1 % of a cold request). At the server's level (warn) a request that goes well
 * logs nothing, so the child is built on the first call at an enabled level, with the same bindings
 * and options: what is written, and its fields, are the same as with Fastify's own factory.
 */
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
type Bindings = Record<string, unknown>;
type LogFn = (...args: unknown[]) => void;

/** pino's loggers say whether a level is written; another logger is asked every time. */
const enabled = (logger: FastifyBaseLogger, level: Level): boolean => {
  const check = (logger as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled;
  return check ? check.call(logger, level) : true;
};

class LazyChildLogger {
  private made: FastifyBaseLogger | null = null;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: object | undefined,
  ) {}

  private real(): FastifyBaseLogger {
    if (!this.made) this.made = this.parent.child(this.bindings, this.options);
    return this.made;
  }

  private write(level: Level, args: unknown[]): void {
    const logger = this.made ?? (enabled(this.parent, level) ? this.real() : null);
    if (logger) (logger[level] as LogFn)(...args);
  }

  get level(): string {
    return (this.made ?? this.parent).level;
  }
  set level(level: string) {
    this.real().level = level;
  }
  isLevelEnabled(level: Level): boolean {
    return enabled(this.made ?? this.parent, level);
  }
  child(bindings: Bindings, options?: object): FastifyBaseLogger {
    return this.real().child(bindings, options);
  }
  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  debug(...args: unknown[]): void {
    this.write('debug', args);
  }
  trace(...args: unknown[]): void {
    this.write('trace', args);
  }
  silent(): void {}
}

/**
 * Fastify's `childLoggerFactory`. A route with its own log level or serialisers (options that
 * change what is enabled) gets its child at once, as before.
 */
export const lazyChildLoggerFactory: NonNullable<FastifyServerOptions['childLoggerFactory']> = (
  logger,
  bindings,
  options,
) => {
  const opts = options as object | undefined;
  if (opts && Object.keys(opts).length > 0) return logger.child(bindings, opts);
  return new LazyChildLogger(logger, bindings, opts) as unknown as FastifyBaseLogger;
};
