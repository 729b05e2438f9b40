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
  /** The form's other fields (the upload form's source hints), as sent; empty for a raw body. */
  fields: Record<string, string>;
}

const tooLarge = () => new HttpProblem(413, 'File too large', `The limit is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);

export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (request.isMultipart()) {
    let file: { bytes: Buffer; fileName: string | null } | null = null;
    const fields: Record<string, string> = {};
    // Every part is read, so fields after the file count too.
    for await (const part of request.parts({ limits: { fileSize: MAX_UPLOAD_BYTES } })) {
      if (part.type === 'field') fields[part.fieldname] = String(part.value);
      else {
        const bytes = await part.toBuffer().catch(() => {
          throw tooLarge();
        });
        file ??= { bytes, fileName: part.filename || null };
      }
    }
    if (!file) throw new HttpProblem(400, 'No file', 'Send the document in a multipart field named "file".');
    return { ...file, fields };
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
  return { bytes, fileName: typeof name === 'string' && name ? decodeURIComponent(name) : null, fields: {} };
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
