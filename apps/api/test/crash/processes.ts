/**
 * The processes of the crash suite and how they are killed: a seeded random generator, the
 * children (the import CLI, the server), a kill when the write-ahead log reaches a byte offset
 * (a condition, watched through the file system), and two lanes of runs until enough kills.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, statSync, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from '../helper';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

/** mulberry32: a seeded generator, so a failing run can be repeated with CRASH_SEED. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** A short news item about one of four places, distinct for every n: a new source each. */
export function news(n: number): string {
  const places = ['扬州市', '宁波市', '南京市', '阜阳市'];
  return `${places[n % 4]}加快科技金融改革（第${n}篇）\n\n今年以来，${places[n % 4]}持续加大支持力度。一是扩大科技信贷，截至6月底，科技贷款余额达到${100 + n}.5亿元，同比增长${10 + n}.2%。二是支持企业上市，新增上市企业${n + 2}家。\n`;
}

/** Kill `child` once the write-ahead log of `database` reaches `offset` bytes; true if it was killed. */
export function killAtWalOffset(child: ChildProcess, database: string, offset: number): Promise<boolean> {
  const wal = `${database}-wal`;
  return new Promise((resolve) => {
    let killed = false;
    const watcher = watch(dirname(database), (_, file) => {
      if (killed || file !== basename(wal) || !existsSync(wal) || statSync(wal).size < offset) return;
      killed = child.kill('SIGKILL');
    });
    child.once('exit', () => {
      watcher.close();
      resolve(killed);
    });
  });
}

/** `node --import tsx <script>` on `database`, as the CLI and the server run. */
export function spawnTs(script: string, args: string[], database: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: database, DATA_DIR },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Run `once` two at a time (the children are independent) until `target` of them killed a process. */
export async function untilKills(target: number, once: (run: number) => Promise<boolean>): Promise<number> {
  let kills = 0;
  let runs = 0;
  const lane = async () => {
    while (kills < target) if (await once(runs++)) kills += 1;
  };
  await Promise.all([lane(), lane()]);
  return kills;
}
