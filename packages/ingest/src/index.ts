/** @ipb/ingest: the pure extraction pipeline and what it needs loaded. See README.md. */

export { type BuildReport, buildDatabase } from './build-database';
export { acceptText, type DecodedInput, decodeInput, MAX_INPUT_BYTES } from './decode';
export { type IngestErrorCode, IngestInputError } from './errors';
export { type Extracted, extract, type IngestContext } from './extract';
export {
  type FileOutcome,
  type ImportOptions,
  type ImportTarget,
  importAll,
  importFiles,
  listInputFiles,
} from './import-files';
export { findDataDir, ingestContextOf, loadIngestContext, readData } from './load-context';
export { type NormalisedText, normalise, toDecodedSpan } from './normalise';
