import type { DataState } from '@ipb/db';

/**
 * The data version (meta.data_version, bumped by every committed write: decision 006), read with
 * data/'s hash in one statement (readDataState), as cached answers read it: at most once per turn of the event loop. Every request that arrives in one turn
 * shares one read; the next turn reads again, so a write by any process or instance is seen by the
 * first request that arrives after it committed. A request can only arrive after a write's answer
 * went out in a later turn than the commit, so it never sees the version from before that write.
 * A read that started in an earlier turn is used by its own request but not kept: on PostgreSQL it
 * may have been answered before a commit that a later request already knows of.
 */
export class DataVersionClock {
  private memo: DataState | null = null;
  private turn = 0;
  private clearing = false;

  constructor(private readonly read: () => Promise<DataState>) {}

  /** The version, without a query when this turn already read it. */
  now(): DataState | Promise<DataState> {
    return this.memo ?? this.fresh();
  }

  /** A new read, kept for the rest of this turn. */
  async fresh(): Promise<DataState> {
    this.clearAfterThisTurn();
    const turn = this.turn;
    const version = await this.read();
    if (turn === this.turn) {
      this.memo = version;
    }
    return version;
  }

  private clearAfterThisTurn(): void {
    if (this.clearing) return;
    this.clearing = true;
    setImmediate(() => {
      this.memo = null;
      this.turn++;
      this.clearing = false;
    });
  }
}
