/**
 * The errors import work can meet, as the problems the API answers with. Used in the worker (its
 * failures cross to the main thread as problem bodies) and so the same for a request answered at
 * once and for a job polled later.
 */

import { BureauMeasureError, CsvImportError, CsvReplaceError, UploadError } from '@ipb/db';
import type { FieldProblemCode, ProblemParams } from '@ipb/domain';
import { IngestInputError } from '@ipb/ingest';
import { HttpProblem } from '../lib/http-problem';

interface LineProblem {
  line: number | null;
  column: string;
  message: string;
  code?: FieldProblemCode;
  params?: ProblemParams;
}

/** The problem a CSV with errors answers: the first three in the detail, every one in `errors`. */
export function csvProblem(message: string, problems: readonly LineProblem[]): HttpProblem {
  const first = problems
    .slice(0, 3)
    .map((p) => `line ${p.line}${p.column ? ` ${p.column}` : ''}: ${p.message}`)
    .join('; ');
  return new HttpProblem(422, 'CSV has errors', `${message} ${first}${problems.length > 3 ? ' …' : ''}`, {
    code: 'csv-has-errors',
    params: { problems: problems.length },
    // Each with its code and params, so the interface words it in the reader's language.
    errors: problems.map((p) => ({
      path: `line ${p.line}.${p.column}`,
      message: p.message,
      ...(p.code ? { code: p.code } : {}),
      ...(p.params ? { params: p.params } : {}),
    })),
  });
}

function uploadProblem(err: UploadError): HttpProblem {
  const { sourceId = null, importedAt = null, expiresAt = null } = err.details;
  switch (err.code) {
    case 'not-found':
      return new HttpProblem(404, 'Unknown upload', `${err.message} Upload the file again (POST /api/sources).`, {
        code: 'unknown-upload',
      });
    case 'already-confirmed':
      return new HttpProblem(409, 'Upload already confirmed', `${err.message} A preview is imported once.`, {
        code: 'upload-already-confirmed',
        params: { sourceId },
      });
    case 'expired':
      return new HttpProblem(410, 'Preview expired', `${err.message} Upload the file again to see a fresh preview.`, {
        code: 'preview-expired',
        params: { expiresAt },
      });
    case 'newer-version':
      return new HttpProblem(
        409,
        'A newer version is imported',
        `${err.message} Confirming would replace it with this older preview; send {"replaceNewer": true} if that is what you want.`,
        { code: 'newer-version-imported', params: { sourceId, importedAt } },
      );
  }
}

const INGEST_STATUS: Partial<Record<IngestInputError['code'], number>> = {
  empty: 400,
  undecodable: 400,
  binary: 415,
  too_large: 413,
};

/** A known error as its problem; anything else stays an internal error (logged, no details sent). */
export function problemOf(err: unknown): HttpProblem | null {
  if (err instanceof HttpProblem) return err;
  if (err instanceof CsvImportError || err instanceof BureauMeasureError) return csvProblem(err.message, err.problems);
  if (err instanceof UploadError) return uploadProblem(err);
  if (err instanceof CsvReplaceError)
    return new HttpProblem(
      err.code === 'not-found' ? 404 : 409,
      err.code === 'not-found' ? 'Nothing to replace' : 'Not an import to replace',
      err.message,
      {
        code: err.code === 'not-found' ? 'replace-target-not-found' : 'replace-target-not-an-import',
        params: { sourceId: err.sourceId },
      },
    );
  if (err instanceof IngestInputError) {
    const status = INGEST_STATUS[err.code];
    if (status)
      return new HttpProblem(status, 'Unreadable document', err.message, {
        code: `document-${err.code.replace('_', '-')}`,
      });
  }
  return null;
}
