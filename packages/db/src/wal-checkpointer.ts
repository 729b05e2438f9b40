/**
 * Checkpoints off the writer's thread, for a bulk import into a SQLite file (docs/decisions/014,
 * thirteenth session). A WAL commit appends every page the transaction dirtied; every ~1,000 pages
 * (SQLite's automatic checkpoint) the committing connection then copies those pages into the
 * database file and syncs it, inside its COMMIT. At ~310 pages per source that is a third of the
 * commits' CPU, on the import's critical path (the main thread's writes). Here a thread with its
 * own connection does that copying every few commits instead, while the writer goes on with the
 * next source; the writer keeps an automatic checkpoint only as a backstop, far above what the
 * thread leaves (BULK_WAL_BACKSTOP), so the WAL stays bounded if the thread falls behind or dies.
 * A checkpoint copies pages: the database's rows are the same whichever connection copies them.
 */
import { Worker } from 'node:worker_threads';

const ENTRY = new URL('./wal-checkpointer-worker.mjs', import.meta.url);

/** Commits between two checkpoints: ~4 × 310 pages, about SQLite's default of 1,000 pages. */
export const CHECKPOINT_EVERY = 4;
/** The writer's own automatic checkpoint during a bulk import, in pages (32 MB of 4 KB pages). */
export const BULK_WAL_BACKSTOP = 8192;

export type CheckpointReport =
  | { checkpointed: number; log: number; busy: number; checkpoints: number }
  | { failed: string }
  | { closed: true; checkpoints: number };

export class WalCheckpointer {
  private worker: Worker | null = null;
  private exited: Promise<void> = Promise.resolve();
  private alive = true;
  private commits = 0;
  /** The thread's reports, in order (tests read them). */
  readonly reports: CheckpointReport[] = [];

  constructor(
    private readonly path: string,
    private readonly every = CHECKPOINT_EVERY,
  ) {}

  /**
   * The thread starts with the first checkpoint due, so an import that writes (almost) nothing —
   * a folder already stored, as the server's data/ at each start — never pays for its start.
   */
  private start(): Worker {
    const worker = new Worker(ENTRY, { workerData: { path: this.path } });
    worker.on('message', (report: CheckpointReport) => this.reports.push(report));
    // A thread that cannot start or dies costs the import its help, nothing else.
    worker.on('error', () => {
      this.alive = false;
    });
    this.exited = new Promise((resolve) =>
      worker.once('exit', () => {
        this.alive = false;
        resolve();
      }),
    );
    return worker;
  }

  /** A transaction of the import committed: every `every` commits, a checkpoint on the thread. */
  committed(): void {
    if (!this.alive || ++this.commits % this.every !== 0) return;
    this.worker ??= this.start();
    this.worker.postMessage('checkpoint');
  }

  /** Let the thread finish its checkpoint and close its connection; resolves when it has exited. */
  async close(): Promise<void> {
    if (this.worker && this.alive) this.worker.postMessage('close');
    this.alive = false;
    await this.exited;
  }
}
