// A worker thread does not inherit tsx's loader from the process that starts it: register it here,
// then load the TypeScript worker (docs/decisions/001: the sources run directly; the API's upload
// worker, apps/api/src/jobs/worker-entry.mjs, starts the same way).
import { tsImport } from 'tsx/esm/api';

await tsImport('./import-worker.ts', import.meta.url);
