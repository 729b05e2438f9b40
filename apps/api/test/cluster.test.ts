/**
 * The layout in miniature under load (issue 13, docs/decisions/016): PostgreSQL, 3 API instances
 * and HAProxy, as `npm run serve:cluster` starts them. A 30 s load run through the proxy has no
 * failed request while one instance is killed (SIGKILL, as a crash) and started again.
 * The reads are the routes already on the two-engine Db (health, places); the rest answer 501 on
 * PostgreSQL until moved (plugins/database.ts). And one editor's path across instances: log in on
 * one, upload and confirm a bulletin through another, read its measures through the third and the
 * proxy, the third's cached answer and ETag invalidated by the import made on the second.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, findPostgresBin, openStore } from '@ipb/db';
import { hash } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster } from '../../../scripts/cluster/start-cluster';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { DATA_DIR } from './helper';

const INSTANCES = 3;

const bindable = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/**
 * A block of free consecutive ports: the proxy, the instances, PostgreSQL. Below Linux's ephemeral
 * range (32768–60999), which the kernel hands to every outgoing connection and PORT=0 listener of
 * the other test files: a killed instance must get its port back when it starts again.
 */
async function freeBlock(size: number): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * (32_768 - 20_000 - size));
    const ports = Array.from({ length: size }, (_, i) => base + i);
    if ((await Promise.all(ports.map(bindable))).every(Boolean)) return base;
  }
}

const missing = [
  findPostgresBin() ? null : 'PostgreSQL binaries (apt-get install postgresql)',
  spawnSync('haproxy', ['-v']).status === 0 ? null : 'HAProxy (apt-get install haproxy)',
].filter(Boolean);
// CI installs both (.ci/run): there a missing one is a failure, never a skip.
if (missing.length && process.env.CI)
  throw new Error(`CI runs the cluster test, but ${missing.join(' and ')} are missing`);

describe.skipIf(missing.length > 0)(
  `the cluster: PostgreSQL, 3 instances, HAProxy${missing.length ? ` (skipped: no ${missing.join(', no ')})` : ''}`,
  () => {
    const root = mkdtempSync(join(tmpdir(), 'ipb-cluster-'));
    // PostgreSQL runs as its own user when the tests run as root: it must reach the folder.
    chmodSync(root, 0o755);
    let cluster: Cluster;

    beforeAll(async () => {
      const port = await freeBlock(INSTANCES + 2);
      cluster = await startCluster({
        root,
        port,
        instances: INSTANCES,
        pgPort: port + INSTANCES + 1,
        dataDir: DATA_DIR,
        // One client reads far more than a person: the per-address limit would answer 429.
        instanceEnv: { READS_PER_MINUTE: '100000000' },
      });
    }, HEAVY_MS);

    afterAll(async () => {
      await cluster?.stop();
      rmSync(root, { recursive: true, force: true });
    });

    it('serves through the proxy with the data loaded once', async () => {
      const res = await fetch(`${cluster.url}/api/health`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { database: { sources: number } }).database.sources).toBeGreaterThan(0);
    });

    it(
      'logs in on A, uploads and confirms through B, and C and the proxy show the new measures',
      async () => {
        const [a, b, c] = cluster.instances.map((i) => `http://127.0.0.1:${i.port}`) as [string, string, string];
        const store = await openStore(
          { engine: 'postgres', url: cluster.databaseUrl },
          { migrate: false, poolSize: 1 },
        );
        const password = 'cluster-editor-password';
        await createUser(
          store.db,
          { username: 'cluster-editor', passwordHash: await hash(password), role: 'editor' },
          't',
        );
        await store.close();
        const login = await fetch(`${a}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'cluster-editor', password }),
        });
        expect(login.status).toBe(200);
        const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
        const editor = { cookie, 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };

        // C answers the measures of 合肥 before the import, and keeps the answer in its response cache.
        const hefei = '/api/measures?region=340100&limit=200';
        const before = await fetch(`${c}${hefei}`);
        const etag = before.headers.get('etag') as string;
        const { total } = (await before.json()) as { total: number };
        expect((await fetch(`${c}${hefei}`, { headers: { 'if-none-match': etag } })).status).toBe(304);

        const bulletin = readFileSync(new URL('./fixtures/digest-bulletin.txt', import.meta.url));
        const uploaded = await fetch(`${b}/api/sources`, {
          method: 'POST',
          headers: { ...editor, 'content-type': 'text/plain; charset=utf-8', 'x-file-name': 'cluster-bulletin.txt' },
          body: bulletin,
        });
        expect(uploaded.status, await uploaded.clone().text()).toBe(201);
        const { id } = (await uploaded.json()) as { id: number };
        const confirmed = await fetch(`${b}/api/sources/${id}/confirm`, { method: 'POST', headers: editor });
        expect(confirmed.status, await confirmed.clone().text()).toBe(200);
        const { sourceId, measures } = (await confirmed.json()) as { sourceId: number; measures: number };
        expect(measures).toBeGreaterThan(0);

        const after = await fetch(`${c}${hefei}`, { headers: { 'if-none-match': etag } });
        expect(after.status).toBe(200);
        expect(after.headers.get('etag')).not.toBe(etag);
        expect(((await after.json()) as { total: number }).total).toBeGreaterThan(total);
        for (const base of [c, cluster.url]) {
          const res = await fetch(`${base}/api/measures?source=${sourceId}`);
          expect(res.status).toBe(200);
          expect(((await res.json()) as { total: number }).total).toBe(measures);
        }
      },
      HEAVY_MS,
    );

    it(
      'loses no request in a 30 s load run while one instance is killed and started again',
      async () => {
        const victim = cluster.instances[1]!;
        let answered = 0;
        let restarted: Promise<void> | undefined;
        const result = await new Promise<autocannon.Result>((resolve, reject) => {
          const run = autocannon(
            {
              url: cluster.url,
              connections: 8,
              duration: 30,
              // A request is lost when it errs or is refused, not when a busy shared machine (load 30
              // in a full parallel suite) answers it after autocannon's default 10 s: wait longer.
              timeout: 30,
              requests: [
                { path: '/api/health' },
                { path: '/api/regions?limit=20' },
                { path: '/api/regions?q=%E5%91%BC' },
              ],
            },
            (err, done) => (err ? reject(err) : resolve(done)),
          );
          run.on('response', () => {
            answered += 1;
            // Once the run is under way (a condition, not a moment): crash one instance, then bring it back.
            if (answered === 50) restarted = victim.kill().then(() => victim.start());
          });
        });
        await restarted;
        expect(restarted, 'the instance was killed during the run').toBeDefined();
        expect(result.errors).toBe(0);
        expect(result.timeouts).toBe(0);
        expect(result.non2xx).toBe(0);
        expect(result['2xx']).toBeGreaterThan(50);
        const back = await fetch(`http://127.0.0.1:${victim.port}/api/health`);
        expect(back.status).toBe(200);
      },
      HEAVY_MS,
    );
  },
);
