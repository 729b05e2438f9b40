/**
 * CPU time from /proc: what a load run cost the serving side whatever else the machine was doing,
 * which req/s on a shared machine is not. A process tree counts as one: the postmaster and its
 * backends, HAProxy's master and worker.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** utime + stime + cutime + cstime in ms (the exited, waited-for children are in the last two). */
function ownMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** CPU time (ms) a process and its living descendants have used so far; null where there is no /proc. */
export function treeCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  const own = ownMs(pid);
  if (own === null) return null;
  return children(pid).reduce((sum, child) => sum + (treeCpuMs(child) ?? 0), own);
}

/** The sum over several process trees; null if any cannot be read. */
export function cpuOf(sources: Array<() => number | null>): () => number | null {
  return () => {
    let sum = 0;
    for (const source of sources) {
      const ms = source();
      if (ms === null) return null;
      sum += ms;
    }
    return sum;
  };
}
