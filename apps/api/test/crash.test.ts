/**
 * The crash suite (issue 11): SIGKILL the import CLI in the middle of importing a folder, and the
 * server in the middle of confirming an upload, at random points — the kill comes when the
 * database's write-ahead log reaches a random byte offset, a condition, never a clock. After each
 * kill: integrity_check and foreign_key_check pass, every source is whole (exactly the records of
 * a complete import of its bytes), every issue replaced is there in one version, and an upload is
 * marked confirmed if and only if its source is in. CRASH_KILLS kills (20 in `npm test`, 100 in
 * `npm run fuzz`), 70 % of them of the CLI (the cheaper process to start); CRASH_SEED repeats a run.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, createUser } from '@ipb/db';
import { buildDatabase, importFiles, listInputFiles } from '@ipb/ingest';
import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { buildApp } from '../src/app';
import { type Counts, confirmedUploads, partialSources, soundness, sourcesOf } from './crash/database-state';
import { killAtWalOffset, news, random, spawnTs, untilKills } from './crash/processes';
import { DATA_DIR } from './helper';

const KILLS = Number(process.env.CRASH_KILLS ?? 20);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
const dir = mkdtempSync(join(tmpdir(), 'ipb-crash-'));
const base = join(dir, 'base.sqlite');
const inputs = join(dir, 'inputs');
const EDITOR = { username: 'crash-editor', password: 'Crash-editor-password-1' };
const BULLETIN = readFileSync(join(DATA_DIR, 'bulletins', 'kejiqingbao-2024-07.txt'), 'utf8');
/** The upload the server confirms: a new version of an issue already in, so confirming replaces it. */
const UPLOAD = `${BULLETIN}\n\n（本期修订版：服务器确认测试）\n`;

const next = random(SEED);

/** The records of a complete import of each byte string, from the base and from clean runs. */
const complete = new Map<string, Counts>();
const bulletinKeys: string[] = [];
let cliGrowth = 0;
let confirmGrowth = 0;
let uploadSha = '';
let editor: Record<string, string> = {};
let uploadId = 0;

const remember = (path: string) => {
  for (const s of sourcesOf(path))
    complete.set(s.sha256, { articles: s.articles, measures: s.measures, observations: s.observations });
};

beforeAll(async () => {
  await buildDatabase(base, DATA_DIR);
  const handle = createDb(base);
  await createUser(
    handle.engine,
    { username: EDITOR.username, passwordHash: await hash(EDITOR.password), role: 'editor' },
    'test',
  );
  handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  handle.close();
  remember(base);
  bulletinKeys.push(
    ...sourcesOf(base)
      .filter((s) => s.key.startsWith('bulletin:'))
      .map((s) => s.key),
  );

  mkdirSync(inputs);
  for (const f of ['kejiqingbao-2023-07.txt', 'kejiqingbao-2024-07.txt'])
    writeFileSync(
      join(inputs, `revised-${f}`),
      `${readFileSync(join(DATA_DIR, 'bulletins', f), 'utf8')}\n（修订版）\n`,
    );
  for (let n = 0; n < 4; n++) writeFileSync(join(inputs, `news-${n}.txt`), news(n));

  // Clean runs: what a complete import of each file is, and how far the database grows meanwhile.
  const cli = join(dir, 'reference-cli.sqlite');
  copyFileSync(base, cli);
  await importFiles(cli, DATA_DIR, listInputFiles(inputs));
  remember(cli);
  cliGrowth = statSync(cli).size - statSync(base).size;

  // Every server run confirms the same preview, uploaded once into the base with a session to use.
  const app = await buildApp({ databasePath: base, webDist: null });
  ({ editor, uploadId } = await uploadThroughApp(app));
  await app.close();
  const settle = createDb(base);
  settle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  settle.close();
  const server = join(dir, 'reference-server.sqlite');
  copyFileSync(base, server);
  const reference = await buildApp({ databasePath: server, webDist: null });
  const confirmed = await reference.inject({
    method: 'POST',
    url: `/api/sources/${uploadId}/confirm`,
    headers: editor,
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  await reference.close();
  const before = new Set(sourcesOf(base).map((s) => s.sha256));
  uploadSha = sourcesOf(server).find((s) => !before.has(s.sha256))?.sha256 ?? '';
  remember(server);
  confirmGrowth = statSync(server).size - statSync(base).size;
}, HEAVY_MS);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function uploadThroughApp(app: Awaited<ReturnType<typeof buildApp>>) {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: EDITOR });
  const editor = { cookie: `ipb_session=${login.cookies[0]?.value}`, 'x-csrf-token': login.json().csrfToken };
  const up = await app.inject({
    method: 'POST',
    url: '/api/sources',
    headers: { ...editor, 'content-type': 'text/plain; charset=utf-8', 'x-file-name': 'revised.txt' },
    payload: UPLOAD,
  });
  expect(up.statusCode, up.body).toBe(201);
  return { editor, uploadId: up.json().id as number };
}

function expectWhole(database: string) {
  expect(soundness(database), 'integrity_check and foreign_key_check').toEqual([]);
  expect(partialSources(database, complete), 'partial imports').toEqual([]);
  const keys = sourcesOf(database).map((s) => s.key);
  for (const key of bulletinKeys)
    expect(
      keys.filter((k) => k === key),
      key,
    ).toHaveLength(1);
}

/** One import CLI run on a fresh copy, killed at a random log offset; true if the kill came before it ended. */
async function cliRun(run: number): Promise<boolean> {
  const database = join(dir, `cli-${run}.sqlite`);
  copyFileSync(base, database);
  const offset = 1 + Math.floor(next() * Math.max(cliGrowth * 1.2, 64 * 1024));
  const child = spawnTs('packages/ingest/src/cli.ts', ['import', inputs], database);
  const killed = await killAtWalOffset(child, database, offset);
  expectWhole(database);
  for (const f of [database, `${database}-wal`, `${database}-shm`]) rmSync(f, { force: true });
  return killed;
}

/** One server on a fresh copy: upload, confirm, and a kill at a random log offset during the confirm. */
async function serverRun(run: number): Promise<boolean> {
  const database = join(dir, `server-${run}.sqlite`);
  copyFileSync(base, database);
  const child = spawnTs('apps/api/test/crash/server-child.ts', [], database);
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c;
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
  const wal = `${database}-wal`;
  const growth = Math.max(confirmGrowth * 1.2, 64 * 1024);
  const offset = (existsSync(wal) ? statSync(wal).size : 0) + 1 + Math.floor(next() * growth);
  const killed = killAtWalOffset(child, database, offset);
  const answered = fetch(`http://127.0.0.1:${port}/api/sources/${uploadId}/confirm`, {
    method: 'POST',
    headers: editor,
  })
    .then((r) => r.status)
    .catch(() => null);
  // The confirm may finish before the log reaches the offset: the kill then comes right after it.
  if ((await Promise.race([answered, killed.then(() => 'killed' as const)])) !== 'killed') child.kill('SIGKILL');
  await killed;
  expectWhole(database);
  const upload = confirmedUploads(database).find((u) => u.id === uploadId);
  const imported = sourcesOf(database).some((s) => s.sha256 === uploadSha);
  expect(upload, 'the preview was stored before the confirm').toBeDefined();
  expect(upload?.confirmedSourceId !== null, 'confirmed if and only if imported').toBe(imported);
  for (const f of [database, `${database}-wal`, `${database}-shm`]) rmSync(f, { force: true });
  return true;
}

const cliKills = Math.ceil(KILLS * 0.7);
const serverKills = KILLS - cliKills;

describe(`SIGKILL at random points (seed ${SEED})`, { timeout: 3_600_000 }, () => {
  it(`leaves no partial import after ${cliKills} kills of \`ingest import\``, async () => {
    expect(await untilKills(cliKills, cliRun)).toBeGreaterThanOrEqual(cliKills);
  });

  it(`leaves no partial import after ${serverKills} kills of the server mid-confirm`, async () => {
    expect(uploadSha).not.toBe('');
    expect(await untilKills(serverKills, serverRun)).toBeGreaterThanOrEqual(serverKills);
  });
});
