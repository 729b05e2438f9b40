/**
 * One writer at a time, and waiting for the turn is asynchronous. SQLite allows one write
 * transaction at a time; a connection that finds the database locked waits inside the synchronous
 * busy handler, which on the main thread would freeze every request. So every write of the API —
 * on the main thread or in the import worker — first takes its turn here, and the main thread
 * never meets a lock it would have to wait for synchronously.
 */
export class WriteLock {
  private tail: Promise<void> = Promise.resolve();
  private held = 0;

  /** Resolves with the function that ends the turn (calling it twice is harmless). */
  acquire(): Promise<() => void> {
    const previous = this.tail;
    let open!: () => void;
    this.tail = new Promise<void>((resolve) => {
      open = resolve;
    });
    let released = false;
    return previous.then(() => {
      this.held += 1;
      return () => {
        if (released) return;
        released = true;
        this.held -= 1;
        open();
      };
    });
  }

  /** Run `write` in its turn (a transaction, synchronous or awaited: the turn ends when it has). */
  async run<T>(write: () => T | Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await write();
    } finally {
      release();
    }
  }

  get busy(): boolean {
    return this.held > 0;
  }
}
