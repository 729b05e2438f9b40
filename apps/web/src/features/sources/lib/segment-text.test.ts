import { describe, expect, it } from 'vitest';
import { type HighlightSpan, segmentText } from './segment-text';

const span = (key: string, start: number, end: number): HighlightSpan => ({ key, start, end });

/** Each segment as "text[keys]" so a table row reads like the highlighted text. */
function show(text: string, spans: HighlightSpan[]): string[] {
  return segmentText(text, spans).map((s) => `${s.text}[${s.spans.map((x) => x.key).join(',')}]`);
}

describe('segmentText', () => {
  it.each<[string, string, HighlightSpan[], string[]]>([
    ['no spans: one plain segment', '人才引育', [], ['人才引育[]']],
    ['empty text', '', [span('m', 0, 3)], []],
    ['a span in the middle', '加强人才引育。', [span('m', 2, 4)], ['加强[]', '人才[m]', '引育。[]']],
    ['a span at the start', '人才引育', [span('m', 0, 2)], ['人才[m]', '引育[]']],
    ['a span at the end', '人才引育', [span('m', 2, 4)], ['人才[]', '引育[m]']],
    ['a span covering everything', '人才', [span('m', 0, 2)], ['人才[m]']],
    [
      'a figure nested in a measure: outer first, inner last',
      '签约项目10个。',
      [span('m', 0, 8), span('f', 4, 7)],
      ['签约项目[m]', '10个[m,f]', '。[m]'],
    ],
    ['partial overlap splits both spans', 'abcdef', [span('a', 0, 4), span('b', 2, 6)], ['ab[a]', 'cd[a,b]', 'ef[b]']],
    ['adjacent spans do not overlap', 'abcd', [span('a', 0, 2), span('b', 2, 4)], ['ab[a]', 'cd[b]']],
    ['identical spans cover the same segment', 'abc', [span('b', 0, 3), span('a', 0, 3)], ['abc[a,b]']],
    ['spans past the end are clamped', 'abc', [span('m', 1, 99)], ['a[]', 'bc[m]']],
    ['negative starts are clamped', 'abc', [span('m', -5, 1)], ['a[m]', 'bc[]']],
    ['empty and inverted spans are dropped', 'abc', [span('e', 1, 1), span('i', 2, 1)], ['abc[]']],
    ['a span wholly outside the text is dropped', 'abc', [span('m', 5, 9)], ['abc[]']],
    ['UTF-16 offsets: a surrogate pair counts as two', '𠀀人才', [span('m', 2, 4)], ['𠀀[]', '人才[m]']],
  ])('%s', (_name, text, spans, expected) => {
    expect(show(text, spans)).toEqual(expected);
  });

  it('keeps the offsets of every segment, and the segments rebuild the text', () => {
    const text = '一是靶向招商引资，推进项目落地。';
    const segments = segmentText(text, [span('m', 0, 16), span('f', 4, 8), span('g', 6, 10)]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 4],
      [4, 6],
      [6, 8],
      [8, 10],
      [10, 16],
    ]);
  });
});
