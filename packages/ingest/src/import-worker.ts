/**
 * The import's second thread (import-files.ts starts it for a folder of files): extracts the files
 * the main thread hands over, in order, and cuts their search words (cutWordsAhead), while the main
 * thread writes the files before. It never touches the database: the main thread reads and hashes
 * each file, decides "unchanged" by the stored hash and writes, as without the worker. It loads
 * extraction and the lean `@ipb/db/extraction-rows`, not the database's modules.
 *
 * Messages in:  { index, fileName, bytes }
 * Messages out: { ready: true } once loaded, then { index, extracted: Extracted } for each file in
 *               the order received, except the files the main thread took (WorkerInput.taken).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cutWordsAhead, type ImportWords } from '@ipb/db/extraction-rows';
import type { ExtractionResult, SourceHints } from '@ipb/domain';
import { extract, type IngestContext } from './extract';

/** One file's extraction as the worker hands it over, or why it failed (the outcome's error). */
export type Extracted =
  | { ok: true; text: string; extraction: ExtractionResult; words: ImportWords }
  | { ok: false; error: string };

export interface WorkerInput {
  context: IngestContext;
  hints: SourceHints;
  /**
   * taken[0]: files below this index the main thread extracted itself, while the worker was starting:
   * the worker passes over them without an answer.
   */
  taken?: Int32Array;
}

export interface WorkerRequest {
  index: number;
  fileName: string;
  bytes: Uint8Array;
}

/** One file's extraction, as import-files.ts's importFile extracts it, and its search words. */
export function extractAhead(request: WorkerRequest, input: WorkerInput): Extracted {
  try {
    const { text, ...extraction } = extract(request.bytes, {
      ...input.context,
      fileName: request.fileName,
      hints: input.hints,
    });
    return { ok: true, text, extraction, words: cutWordsAhead(extraction) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

const port = parentPort;
if (port) {
  const input = workerData as WorkerInput;
  port.on('message', (request: WorkerRequest) => {
    if (input.taken && request.index < Atomics.load(input.taken, 0)) return;
    port.postMessage({ index: request.index, extracted: extractAhead(request, input) });
  });
  port.postMessage({ ready: true });
}
