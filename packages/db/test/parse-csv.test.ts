import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../src/write/parse-csv';

describe('parseCsv (csv-parse)', () => {
  it('reads quotes, doubled quotes, line breaks in quotes and a BOM, with the line each row starts on', () => {
    const text =
      '\uFEFFregion,quote\r\n呼和浩特,"截至年底，""高企""达到 500 家"\r\n\r\n南京,"第一句\n第二句"\r\n扬州,x\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['region', 'quote'] },
      { line: 2, cells: ['呼和浩特', '截至年底，"高企"达到 500 家'] },
      { line: 4, cells: ['南京', '第一句\n第二句'] },
      { line: 6, cells: ['扬州', 'x'] },
    ]);
  });

  it('names the line where an unclosed quote starts, instead of reading on', () => {
    const error = (() => {
      try {
        parseCsv('region,quote\n南京,ok\n扬州,"不闭合\n宁波,x\n');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line: 3, code: 'unclosed-quote' });
  });

  it('refuses a stray quote inside a field as malformed, with its line', () => {
    expect(() => parseCsv('a,b\n1,2\n1,x"y"z,\n')).toThrow(CsvSyntaxError);
  });
});
