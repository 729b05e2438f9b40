/**
 * The server `npm run bench:load` measures, in its own process so the load generator's work does
 * not count against it: the real app on DATABASE_PATH (request limits off: the bench measures the
 * server, not the limiter), its event loop watched with monitorEventLoopDelay. Over IPC it answers
 * `baseline` (heap after GC, loop histogram reset) and `report` (heap after GC, loop delays).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildApp } from '../apps/api/src/app.ts';

const databasePath = process.env.DATABASE_PATH;
if (!databasePath || !process.send) throw new Error('run by scripts/bench-load.ts');
const app = await buildApp({ databasePath, webDist: null, rateLimits: false });
await app.listen({ port: 0, host: '127.0.0.1' });
app.jobs.warm();

const loop = monitorEventLoopDelay({ resolution: 10 });
const heapAfterGc = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};
let baseline = 0;

process.on('message', (message: string) => {
  if (message === 'baseline') {
    baseline = heapAfterGc();
    loop.reset();
    loop.enable();
    process.send?.({ type: 'baseline', heap: baseline });
  } else if (message === 'report') {
    loop.disable();
    const heap = heapAfterGc();
    process.send?.({
      type: 'report',
      heapGrowth: heap - baseline,
      loopMaxMs: loop.max / 1e6,
      loopP99Ms: loop.percentile(99) / 1e6,
      rss: process.memoryUsage().rss,
    });
  } else if (message === 'stop') {
    void app.close().then(() => process.exit(0));
  }
});
process.send({ type: 'ready', port: (app.server.address() as { port: number }).port });
