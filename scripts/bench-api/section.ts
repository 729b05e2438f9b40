/**
 * One scale on one engine: every layout's servers already running, the responses captured from the
 * first, the bare server (and, beside a proxied layout, the bare server through HAProxy) sending
 * those bytes, then each endpoint measured on every target in the same rounds, and the tables.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bareTargets, type Layout, type Started } from './layouts';
import { type Captured, capture, type Measured, measureAll, sameEverywhere, type Target } from './measure';
import { printProxy, printRows, type Row } from './report';

export interface SectionOptions {
  endpoints: Array<[string, string]>;
  seconds: number;
  rounds: number;
  ports: () => Promise<number>;
  /** SQLite's bodies at this scale, to say whether this engine sends the same. */
  sqliteBodies: Captured[] | null;
}

export interface SectionResult {
  layouts: Array<{ key: string; rows: Row[] }>;
  captured: Captured[];
}

/**
 * When each engine's database imported a source (a source's `importedAt`, a digest's `at`) is the
 * one thing two equal databases may differ in.
 */
const importTimesAside = (c: Captured) =>
  Buffer.from(c.body, 'base64')
    .toString('utf8')
    .replace(/"(importedAt|at)":"\d{4}-\d\d-\d\dT[^"]*"/g, '"$1":""');

const sameData = (a: Captured, b: Captured) => a.status === b.status && importTimesAside(a) === importTimesAside(b);

/** HAProxy's health check asks the bare server too: it repeats the real server's answer. */
const HEALTH = '/api/health';

export async function runSection(
  heading: string,
  layouts: Layout[],
  started: Started,
  options: SectionOptions,
): Promise<SectionResult> {
  const first = layouts[0] as Layout;
  const captured: Captured[] = [];
  for (const [, url] of options.endpoints) captured.push(await capture(first.warm.base, url));
  const file = join(tmpdir(), `ipb-bench-api-${process.pid}.json`);
  writeFileSync(file, JSON.stringify([...captured, await capture(first.warm.base, HEALTH)]));
  started.add(async () => rmSync(file, { force: true }));
  const proxied = layouts.some((l) => l.instances > 1);
  const bare = await bareTargets(file, proxied, options.ports, started);
  const results = layouts.map((l) => ({ key: l.key, title: l.title, rows: [] as Row[] }));
  const proxyRows: Array<{ name: string; bare: Measured; proxied: Measured }> = [];
  for (const [i, [name, url]] of options.endpoints.entries()) {
    const reference = captured[i] as Captured;
    const targets: Record<string, Target> = { bare: bare.bare };
    if (bare.proxied) targets.proxied = bare.proxied;
    for (const l of layouts) {
      targets[`${l.key} cold`] = l.cold;
      targets[`${l.key} warm`] = l.warm;
    }
    const same = await Promise.all(
      layouts.map((l) =>
        sameEverywhere(reference, [
          { base: l.cold.base, times: l.instances },
          { base: l.warm.base, times: l.instances },
        ]),
      ),
    );
    const sqlite = options.sqliteBodies?.find((c) => c.url === url);
    const m = await measureAll<string>(targets, url, options.seconds, options.rounds, 'bare');
    for (const [j, l] of layouts.entries())
      results[j]?.rows.push({
        name,
        status: reference.status,
        bytes: Number(reference.headers['content-length']),
        same: same[j] ?? false,
        sameAsSqlite: sqlite ? sameData(sqlite, reference) : null,
        bare: m.bare as Measured,
        cold: m[`${l.key} cold`] as Measured,
        warm: m[`${l.key} warm`] as Measured,
      });
    if (m.proxied) proxyRows.push({ name, bare: m.bare as Measured, proxied: m.proxied });
    process.stdout.write(`  ${name} done\n`);
  }
  for (const r of results) printRows(`${heading} — ${r.title}`, r.rows);
  if (proxyRows.length) printProxy(proxyRows);
  return { layouts: results, captured };
}
