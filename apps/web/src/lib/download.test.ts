import { describe, expect, it } from 'vitest';
import {
  CAPTION_FONTS,
  captionDate,
  downloadName,
  fontSize,
  layoutCitedImage,
  SOURCE_COLOR,
  sourceLines,
  wrapText,
} from './download';

/** Every character is 10 px wide: easy to reason about. */
const tenPx = (text: string) => Array.from(text).length * 10;

describe('wrapText', () => {
  it.each([
    { text: '来源：科技情报参考', width: 1000, lines: ['来源：科技情报参考'] },
    { text: '来源：科技情报参考', width: 40, lines: ['来源：科', '技情报参', '考'] },
    { text: 'High-tech enterprises of Hohhot', width: 120, lines: ['High-tech', 'enterprises', 'of Hohhot'] },
    {
      text: 'https://example.org/a/very/long/path',
      width: 100,
      lines: ['https://ex', 'ample.org/', 'a/very/lon', 'g/path'],
    },
    { text: '第一行\n第二行', width: 1000, lines: ['第一行', '第二行'] },
    { text: '', width: 100, lines: [] },
  ])('$text in $width px → $lines', ({ text, width, lines }) => {
    expect(wrapText(text, width, tenPx)).toEqual(lines);
  });

  it('never loses a character', () => {
    const text = '南京 GDP 五年跨越五个千亿级台阶 http://que.zunyiyoushi.com/20220501/frieszhuo.html';
    const joined = wrapText(text, 73, tenPx).join('');
    expect(joined.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });
});

describe('layoutCitedImage', () => {
  const caption = [
    { text: '高新技术企业数', font: '600 20px sans-serif' },
    { text: '地区：呼和浩特、南京', font: '14px sans-serif' },
    { text: '来源：科技情报参考（2024年第7期）', font: '12px sans-serif', color: '#555' },
  ];

  it('puts the caption under the chart, wrapped to the chart width, and grows the image to fit', () => {
    const layout = layoutCitedImage({
      chartWidth: 200,
      chartHeight: 100,
      caption,
      measure: (text) => tenPx(text),
      padding: 20,
    });
    expect(layout.width).toBe(200);
    expect(layout.chart).toEqual({ x: 0, y: 0, width: 200, height: 100 });
    expect(layout.lines.map((l) => l.text)).toEqual([
      '高新技术企业数',
      '地区：呼和浩特、南京',
      '来源：科技情报参考（2024年第',
      '7期）',
    ]);
    expect(layout.lines[0]).toMatchObject({ x: 20, y: 110, font: '600 20px sans-serif', color: '#1f2933' });
    expect(layout.lines.map((l) => l.y)).toEqual([110, 140, 161, 179]);
    expect(layout.lines[3]?.color).toBe('#555');
    expect(layout.height).toBe(179 + 18 + 10);
    for (const line of layout.lines) expect(tenPx(line.text)).toBeLessThanOrEqual(layout.width - 40);
  });
});

describe('fontSize and downloadName', () => {
  it.each([
    ['600 15px sans-serif', 15],
    ['12.5px serif', 12.5],
    ['bold serif', 14],
  ] as const)('%s → %d px', (font, size) => {
    expect(fontSize(font)).toBe(size);
  });

  it('makes a safe, dated file name', () => {
    expect(downloadName('高新技术企业数 / 呼和浩特', 'png', new Date('2024-11-25T08:00:00Z'))).toBe(
      '高新技术企业数_呼和浩特-2024-11-25.png',
    );
  });
});

describe('captionDate and sourceLines (shared by every chart caption)', () => {
  it.each([
    [new Date(2024, 10, 25, 23, 59), '2024-11-25'],
    [new Date(2025, 0, 5, 0, 0), '2025-01-05'],
  ])('%s → %s (local day)', (date, text) => {
    expect(captionDate(date)).toBe(text);
  });

  const src = (sourceId: number, issue: string | null = null) => ({
    sourceId,
    sourceTitle: issue ? '科技情报参考' : `来源${sourceId}`,
    issue,
  });
  it.each([
    { name: 'no source', sources: [], max: 12, lines: [] },
    {
      name: 'each source once, with its issue',
      sources: [src(1, '2024年第7期'), src(2), src(1, '2024年第7期')],
      max: 12,
      lines: ['1. 科技情报参考（2024年第7期）', '2. 来源2'],
    },
    {
      name: 'at most max, then how many in all',
      sources: [src(1), src(2), src(3), src(2), src(4)],
      max: 2,
      lines: ['1. 来源1', '2. 来源2', '共 4 个'],
    },
    { name: 'exactly max: no extra line', sources: [src(1), src(2)], max: 2, lines: ['1. 来源1', '2. 来源2'] },
  ])('$name', ({ sources, max, lines }) => {
    const paragraphs = sourceLines(sources, (total) => `共 ${total} 个`, max);
    expect(paragraphs.map((p) => p.text)).toEqual(lines);
    for (const p of paragraphs) expect(p).toMatchObject({ font: CAPTION_FONTS.source, color: SOURCE_COLOR });
  });

  it('lays a chart caption that is not an indicator’s (the overview heatmap) out under the chart', () => {
    const caption = [
      { text: '主题 × 地区举措分布', font: CAPTION_FONTS.title },
      { text: '导出日期：2024-11-25', font: CAPTION_FONTS.text },
      ...sourceLines([src(1, '2024年第7期')], (n) => `${n}`),
    ];
    const layout = layoutCitedImage({ chartWidth: 300, chartHeight: 200, caption, measure: tenPx, padding: 20 });
    expect(layout.lines.map((l) => l.text)).toEqual([
      '主题 × 地区举措分布',
      '导出日期：2024-11-25',
      '1. 科技情报参考（2024年第7期）',
    ]);
    expect(layout.lines.map((l) => l.y)).toEqual([210, 234, 254]);
    expect(layout.height).toBe(254 + 18 + 10);
  });
});
