/**
 * The one error the pipeline throws on purpose: the input cannot be read at all (empty, binary,
 * undecodable, too large) or the data folder is unusable. Everything softer is a ParseIssue.
 * The CLI turns this into one sentence on stderr and exit code 2.
 */
export type IngestErrorCode =
  | 'empty'
  | 'too_large'
  | 'binary'
  | 'undecodable'
  | 'data_missing'
  | 'data_invalid'
  | 'usage'
  | 'file_unreadable';

export class IngestInputError extends Error {
  override readonly name = 'IngestInputError';
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
  }
}
