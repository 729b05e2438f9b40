/**
 * Stage 1: bytes → text. UTF-8 (with or without BOM) first, then GB18030 (a superset of GBK and
 * GB2312), both strict. Refuses input that is empty, larger than MAX_INPUT_BYTES, binary (NUL bytes
 * or mostly control characters) or undecodable, with an IngestInputError the CLI can print.
 * Line endings are kept as they are: spans are offsets into exactly this text.
 */
import { IngestInputError } from './errors';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface DecodedInput {
  text: string;
  encoding: 'utf-8' | 'gb18030';
}

function strictDecode(bytes: Uint8Array, label: 'utf-8' | 'gb18030'): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Bytes below 0x20 by kind: 0 ordinary in text (tab, line feed, form feed, carriage return), 1 control, 2 NUL. */
const CONTROL_KIND = new Uint8Array(0x20).fill(1);
CONTROL_KIND[0] = 2;
for (const b of [0x09, 0x0a, 0x0c, 0x0d]) CONTROL_KIND[b] = 0;

/**
 * The control bytes among the first `n`, or -1 if there is a NUL byte anywhere. A loop of its own
 * that only counts: with `bytes.includes(0)` before it and the ratio after it, V8's optimised
 * (on-stack-replaced) loop left, at every call, on an operation it had no type feedback for and
 * ran the loop in the interpreter: 10 % of a seed issue's extraction. What runs for ordinary text
 * here runs at every byte, so its feedback is there when the loop is optimised.
 */
function controlBytes(bytes: Uint8Array, n: number): number {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20) {
      const kind = CONTROL_KIND[b]!;
      if (kind !== 0) {
        if (kind === 2) return -1;
        if (i < n) control++;
      }
    }
  }
  return control;
}

/** A NUL byte anywhere, or more than a tenth control characters in the first 64 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  const control = controlBytes(bytes, n);
  return control < 0 || control > n * 0.1;
}

export function decodeInput(bytes: Uint8Array): DecodedInput {
  if (bytes.length === 0)
    throw new IngestInputError('empty', 'The input is empty: give a bulletin or article as a text file.');
  if (bytes.length > MAX_INPUT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new IngestInputError('too_large', `The input is ${mb} MB, over the 5 MB limit: split it into smaller files.`);
  }
  if (looksBinary(bytes)) {
    throw new IngestInputError(
      'binary',
      'The input looks like a binary file, not text: convert it to UTF-8 or GB18030 text first.',
    );
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  const decoded: DecodedInput | null = utf8 !== null ? { text: utf8, encoding: 'utf-8' } : gb18030OrNull(bytes);
  if (decoded === null) {
    throw new IngestInputError(
      'undecodable',
      'The input is neither valid UTF-8 nor GB18030/GBK text: save it as UTF-8 and try again.',
    );
  }
  if (decoded.text.trim().length === 0) {
    throw new IngestInputError('empty', 'The input holds only whitespace: give a bulletin or article with text.');
  }
  return decoded;
}

function gb18030OrNull(bytes: Uint8Array): DecodedInput | null {
  const text = strictDecode(bytes, 'gb18030');
  return text === null ? null : { text, encoding: 'gb18030' };
}

/** Text given directly (already decoded): apply the same emptiness and size rules. */
export function acceptText(text: string): DecodedInput {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim().length === 0)
    throw new IngestInputError('empty', 'The input is empty: give a bulletin or article as text.');
  if (body.length > MAX_INPUT_BYTES)
    throw new IngestInputError('too_large', 'The input is over the 5 MB limit: split it into smaller files.');
  if (body.includes('\u0000'))
    throw new IngestInputError('binary', 'The input contains NUL characters: it is not plain text.');
  return { text: body, encoding: 'utf-8' };
}
