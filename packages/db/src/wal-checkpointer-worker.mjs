// The bulk import's checkpoints on their own thread (wal-checkpointer.ts). Plain JavaScript: it
// needs only better-sqlite3, so the thread starts without tsx's loader. On each 'checkpoint' it
// copies the WAL's frames into the database file (PRAGMA wal_checkpoint(PASSIVE): it waits for no
// one and blocks no writer) and tells the main thread what it did. A failed checkpoint is left to
// the next one, or to the writer's own automatic checkpoint: it never fails the import.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { path } = workerData;
let db = null;
let checkpoints = 0;

parentPort.on('message', (message) => {
  if (message === 'close') {
    db?.close();
    parentPort.postMessage({ closed: true, checkpoints });
    parentPort.close();
    return;
  }
  try {
    if (db === null) {
      db = new Database(path, { fileMustExist: true });
      db.pragma('synchronous = NORMAL');
    }
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    checkpoints++;
    parentPort.postMessage({ checkpointed: row.checkpointed, log: row.log, busy: row.busy, checkpoints });
  } catch (err) {
    parentPort.postMessage({ failed: err instanceof Error ? err.message : String(err) });
  }
});
