/**
 * The main thread's side of the import's second thread (import-worker.ts): files are handed over a
 * few ahead of the one being written, and their extractions come back in the order asked.
 * - While the worker is still starting (about a second: it loads extraction), the main thread
 *   extracts the files it reaches itself and tells the worker to pass over them (`taken`), so no
 *   import waits for the worker's start.
 * - If the worker fails (it cannot start, it dies), every answer still awaited, and every later one,
 *   is null, and the import loop extracts in its own thread.
 * So the worker makes an import faster, never different. `close` terminates it, whatever happened.
 */
import { Worker } from 'node:worker_threads';
import type { Extracted, WorkerInput, WorkerRequest } from './import-worker';

const ENTRY = new URL('./import-worker-entry.mjs', import.meta.url);

type Answer = { ready: true } | { index: number; extracted: Extracted };

/** One turn of the event loop: the worker's messages that arrived meanwhile are taken in. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ExtractionWorker {
  private readonly worker: Worker;
  private readonly taken = new Int32Array(new SharedArrayBuffer(4));
  private readonly waiting = new Map<number, (e: Extracted | null) => void>();
  private readonly answered = new Set<number>();
  private ready = false;
  private failure: Error | null = null;

  /** `wait`: the main thread never extracts a file it gave the worker (tests: every answer is the worker's). */
  constructor(
    input: Omit<WorkerInput, 'taken'>,
    private readonly wait = false,
  ) {
    this.worker = new Worker(ENTRY, { workerData: { ...input, taken: this.taken } satisfies WorkerInput });
    this.worker.on('message', (answer: Answer) => {
      if ('ready' in answer) {
        this.ready = true;
        return;
      }
      this.answered.add(answer.index);
      this.waiting.get(answer.index)?.(answer.extracted);
      this.waiting.delete(answer.index);
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`the import's extraction worker exited with code ${code}`)));
  }

  private fail(err: Error) {
    this.failure ??= err;
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }

  /** Hand file `request.index` over, ahead of its turn. */
  give(request: WorkerRequest): Promise<Extracted | null> {
    if (this.failure) return Promise.resolve(null);
    const answer = new Promise<Extracted | null>((resolve) => this.waiting.set(request.index, resolve));
    this.worker.postMessage(request);
    return answer;
  }

  /**
   * At file `index`'s turn: its extraction by the worker, or null for the main thread to extract it
   * (the worker is still starting, or failed).
   */
  async take(index: number, answer: Promise<Extracted | null>): Promise<Extracted | null> {
    await turn();
    if (this.wait || this.answered.has(index) || (this.ready && !this.failure)) {
      this.answered.delete(index);
      return answer;
    }
    Atomics.store(this.taken, 0, Math.max(Atomics.load(this.taken, 0), index + 1));
    this.waiting.delete(index);
    return null;
  }

  async close(): Promise<void> {
    this.failure ??= new Error("the import's extraction worker was closed");
    await this.worker.terminate();
  }
}
