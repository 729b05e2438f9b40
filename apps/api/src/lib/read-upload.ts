/**
 * Read an uploaded file from multipart/form-data (field "file"), or from a raw body (text/plain,
 * text/csv, application/octet-stream; file name in `x-file-name`). Returns the bytes as sent:
 * decoding (UTF-8 or GB18030) is the ingest pipeline's job, so uploads and the CLI agree.
 */
import { decodeInput, IngestInputError } from '@ipb/ingest';
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../plugins/problem';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface Upload {
  bytes: Buffer;
  fileName: string | null;
}

export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (request.isMultipart()) {
    const file = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES } });
    if (!file) throw new HttpProblem(400, 'No file', 'Send the document in a multipart field named "file".');
    const bytes = await file.toBuffer().catch(() => {
      throw new HttpProblem(413, 'File too large', `The limit is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
    });
    return { bytes, fileName: file.filename || null };
  }
  const body = request.body;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.isBuffer(body) ? body : null;
  if (!bytes) {
    throw new HttpProblem(
      415,
      'Unsupported upload',
      'Send multipart/form-data with a "file" field, or the file itself as text/plain, text/csv or application/octet-stream.',
    );
  }
  const name = request.headers['x-file-name'];
  return { bytes, fileName: typeof name === 'string' && name ? decodeURIComponent(name) : null };
}

/** Decode uploaded bytes (UTF-8 with or without BOM, or GB18030 as Excel saves Chinese CSV). */
export function decodeUpload(bytes: Buffer): string {
  try {
    return decodeInput(bytes).text;
  } catch (err) {
    if (err instanceof IngestInputError) throw new HttpProblem(400, 'Unreadable file', err.message);
    throw err;
  }
}
