import { describe, expect, it } from 'vitest';
import { decodeInput, MAX_INPUT_BYTES } from '../src/decode';
import { IngestInputError } from '../src/errors';
import { extract } from '../src/extract';
import { CONTEXT } from './fixtures/context';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeInput', () => {
  it('decodes UTF-8 and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('科技情报')]);
    expect(decodeInput(bytes)).toEqual({ text: '科技情报', encoding: 'utf-8' });
  });

  it('decodes GB18030/GBK bytes (科技 = BF C6 BC BC)', () => {
    const bytes = new Uint8Array([0xbf, 0xc6, 0xbc, 0xbc, 0x0d, 0x0a, 0x32, 0x30, 0x32, 0x34]);
    expect(decodeInput(bytes)).toEqual({ text: '科技\r\n2024', encoding: 'gb18030' });
  });

  it('keeps CRLF so spans point into exactly the decoded text', () => {
    expect(decodeInput(utf8('标题\r\n\r\n正文。')).text).toBe('标题\r\n\r\n正文。');
  });

  it.each([
    ['empty', new Uint8Array([])],
    ['whitespace only', utf8(' \n\r\n ')],
    ['binary with NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])],
    ['mostly control characters', new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x01 : 0x41)))],
    ['undecodable', new Uint8Array([0xff, 0xfe, 0xff, 0x30, 0x81, 0xff])],
    ['over 5 MB', new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41)],
  ])('refuses %s input with an IngestInputError', (_name, bytes) => {
    expect(() => decodeInput(bytes)).toThrow(IngestInputError);
  });

  it('finds a NUL byte anywhere, but counts control characters in the first 64 KB only', () => {
    const text = new Uint8Array(64 * 1024).fill(0x41);
    const withNulLate = new Uint8Array([...text, 0x41, 0x00, 0x41]);
    expect(() => decodeInput(withNulLate)).toThrow(expect.objectContaining({ code: 'binary' }));
    const withControlsLate = new Uint8Array([...text, ...new Uint8Array(64 * 1024).fill(0x01)]);
    expect(decodeInput(withControlsLate).encoding).toBe('utf-8');
    // Tab, line feed, form feed and carriage return are text; a tenth of other control bytes is not.
    expect(decodeInput(new Uint8Array([0x41, 0x09, 0x0a, 0x0c, 0x0d, 0x41])).text).toBe('A\t\n\f\rA');
    const tenth = new Uint8Array(100).fill(0x41);
    tenth.fill(0x01, 0, 10);
    expect(decodeInput(tenth).encoding).toBe('utf-8');
    tenth[10] = 0x01;
    expect(() => decodeInput(tenth)).toThrow(expect.objectContaining({ code: 'binary' }));
  });

  it('says what to do in the error message', () => {
    expect(() => decodeInput(new Uint8Array([]))).toThrow(/empty.*give/i);
  });
});

describe('extract on GB18030 input', () => {
  it('reads the same article as from UTF-8, with spans into the decoded text', () => {
    // 南京市 = C4 CF BE A9 CA D0; 高企 = B8 DF C6 F3; 家 = BC D2; 。= A1 A3
    const body = [0xc4, 0xcf, 0xbe, 0xa9, 0xca, 0xd0, 0xb8, 0xdf, 0xc6, 0xf3, 0x33, 0x31, 0x36, 0xbc, 0xd2, 0xa1, 0xa3];
    const result = extract(new Uint8Array(body), CONTEXT);
    expect(result.source.encoding).toBe('gb18030');
    const [f] = result.articles.flatMap((a) => a.indicators);
    expect(f).toMatchObject({ text: '316家', value: 316, start: 5, end: 9 });
  });
});
