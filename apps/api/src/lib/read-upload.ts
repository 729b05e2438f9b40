/**
 * Read an uploaded file from multipart/form-data (field "file"), or from a raw body (text/plain,
 * text/csv, application/octet-stream; file name in `x-file-name`, percent-encoded when not ASCII).
 * Returns the bytes as sent: decoding (UTF-8 or GB18030) is the ingest pipeline's job, so uploads
 * and the CLI agree. A malformed upload is the client's problem (4xx), never a 500 (issue 11:
 * `100%.txt`, a multipart body without boundary or cut short).
 */
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './http-problem';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const MAX_NAME_CHARS = 200;

export interface Upload {
  bytes: Buffer;
  fileName: string | null;
  /** The form's other fields (the upload form's source hints), as sent; empty for a raw body. */
  fields: Record<string, string>;
}

/**
 * A file name as a label: percent-decoded when it is valid percent-encoding (else taken as
 * written, so `100%.txt` is `100%.txt`), without folders or control characters, at most 200
 * characters; null when nothing is left.
 */
export function cleanFileName(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded: the name as written.
  }
  const base = name.split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = [...base.replace(/[\u0000-\u001f\u007f]/g, '').trim()].slice(0, MAX_NAME_CHARS).join('');
  return clean || null;
}

const malformed = (detail: string) => new HttpProblem(400, 'Malformed upload', detail, { code: 'malformed-multipart' });

const tooLarge = (err: unknown) =>
  (err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE'
    ? new HttpProblem(413, 'File too large', `The limit is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, {
        code: 'file-too-large',
        params: { maxBytes: MAX_UPLOAD_BYTES },
      })
    : null;

async function readMultipart(request: FastifyRequest): Promise<Upload> {
  let file: { bytes: Buffer; fileName: string | null } | null = null;
  const fields: Record<string, string> = {};
  try {
    // Every part is read, so fields after the file count too.
    for await (const part of request.parts({ limits: { fileSize: MAX_UPLOAD_BYTES } })) {
      if (part.type === 'field') fields[part.fieldname] = String(part.value);
      else {
        const bytes = await part.toBuffer();
        file ??= { bytes, fileName: cleanFileName(part.filename) };
      }
    }
  } catch (err) {
    throw (
      tooLarge(err) ??
      malformed(
        'The multipart/form-data body cannot be read: check its boundary, and send it whole (it was cut short?).',
      )
    );
  }
  if (!file)
    throw new HttpProblem(400, 'No file', 'Send the document in a multipart field named "file".', { code: 'no-file' });
  return { ...file, fields };
}

export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (request.isMultipart()) return readMultipart(request);
  const body = request.body;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.isBuffer(body) ? body : null;
  if (!bytes) {
    throw new HttpProblem(
      415,
      'Unsupported upload',
      'Send multipart/form-data with a "file" field, or the file itself as text/plain, text/csv or application/octet-stream.',
      { code: 'unsupported-upload' },
    );
  }
  const name = request.headers['x-file-name'];
  return { bytes, fileName: cleanFileName(typeof name === 'string' ? name : null), fields: {} };
}
