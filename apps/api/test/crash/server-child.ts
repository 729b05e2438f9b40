/**
 * The server the crash suite kills: the real app (buildApp) on DATABASE_PATH, listening on a free
 * port of 127.0.0.1, with the import worker started. Prints `listening <port>` once ready.
 */
import { buildApp } from '../../src/app';

const databasePath = process.env.DATABASE_PATH;
if (!databasePath) throw new Error('DATABASE_PATH is required');
const limits = { readsPerMinute: 1e9, writesPerMinute: 1e9, loginsPerAddress: 1e9, loginsPerName: 1e9 };
const app = await buildApp({ databasePath, webDist: null, rateLimits: limits });
await app.listen({ port: 0, host: '127.0.0.1' });
app.jobs.warm();
process.stdout.write(`listening ${(app.server.address() as { port: number }).port}\n`);
