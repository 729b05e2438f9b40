// A worker thread does not inherit tsx's loader from the process that starts it: register it here,
// then load the TypeScript worker (docs/decisions/001: the sources run directly).
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
