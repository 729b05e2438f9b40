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

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  let control = 0;
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.1;
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
