/**
 * Downloads that keep their citation. A chart PNG is composed on a canvas: the chart image, then
 * under it the caption (indicator, places, "来源：" + every source), wrapped to the image width,
 * so even a forwarded screenshot still says where the numbers came from.
 * `layoutCitedImage` and `wrapText` are pure (tested); the canvas code below them only draws.
 */

export interface CaptionParagraph {
  text: string;
  /** CSS font shorthand, e.g. `600 15px sans-serif`. */
  font: string;
  color?: string;
}

export interface PlacedLine {
  text: string;
  x: number;
  /** Baseline-independent top of the line box (drawn with textBaseline = 'top'). */
  y: number;
  font: string;
  color: string;
}

export interface CitedImageLayout {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
  lines: PlacedLine[];
}

export type Measure = (text: string, font: string) => number;

const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif';
/** The caption's three styles, shared by every downloadable chart. */
export const CAPTION_FONTS = {
  title: `600 16px ${FONT}`,
  text: `13px ${FONT}`,
  source: `12px ${FONT}`,
};
export const SOURCE_COLOR = '#3e4c59';

const PADDING = 24;
const LINE_GAP = 1.5;
const DEFAULT_COLOR = '#1f2933';

/** Font size in px from a CSS font shorthand (`600 15px …` → 15). */
export function fontSize(font: string): number {
  const m = /(\d+(?:\.\d+)?)px/.exec(font);
  return m ? Number(m[1]) : 14;
}

/**
 * Greedy wrap to `maxWidth`. Chinese breaks between any two characters; Latin text breaks at the
 * last space when there is one on the line, else anywhere (long URLs).
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of Array.from(text)) {
    if (char === '\n') {
      lines.push(line);
      line = '';
      continue;
    }
    const next = line + char;
    if (measure(next) <= maxWidth || line === '') {
      line = next;
      continue;
    }
    const space = line.lastIndexOf(' ');
    if (space > 0 && char !== ' ') {
      lines.push(line.slice(0, space));
      line = line.slice(space + 1) + char;
    } else {
      lines.push(line);
      line = char === ' ' ? '' : char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Where the chart and each caption line go, in CSS pixels. */
export function layoutCitedImage(input: {
  chartWidth: number;
  chartHeight: number;
  caption: readonly CaptionParagraph[];
  measure: Measure;
  padding?: number;
}): CitedImageLayout {
  const padding = input.padding ?? PADDING;
  const width = Math.ceil(input.chartWidth);
  const textWidth = Math.max(1, width - 2 * padding);
  const lines: PlacedLine[] = [];
  let y = input.chartHeight + padding / 2;
  for (const paragraph of input.caption) {
    const lineHeight = Math.round(fontSize(paragraph.font) * LINE_GAP);
    for (const text of wrapText(paragraph.text, textWidth, (s) => input.measure(s, paragraph.font))) {
      lines.push({ text, x: padding, y, font: paragraph.font, color: paragraph.color ?? DEFAULT_COLOR });
      y += lineHeight;
    }
  }
  return {
    width,
    height: Math.ceil(y + padding / 2),
    chart: { x: 0, y: 0, width: input.chartWidth, height: input.chartHeight },
    lines,
  };
}

/** The day a caption is made, in local time: `2024-11-25`. */
export function captionDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface CaptionSource {
  sourceId: number;
  sourceTitle: string;
  issue: string | null;
}

/** Each source once (by id), in the order first met. */
export function distinctCaptionSources<T extends CaptionSource>(sources: readonly T[]): T[] {
  const seen = new Set<number>();
  return sources.filter((s) => {
    if (seen.has(s.sourceId)) return false;
    seen.add(s.sourceId);
    return true;
  });
}

/**
 * Numbered source lines (`1. 科技情报参考（2024年第7期）`), at most `max` of them; when there are
 * more, a last line from `more(total)` says how many there are in all.
 */
export function sourceLines(
  sources: readonly CaptionSource[],
  more: (total: number) => string,
  max = 12,
): CaptionParagraph[] {
  const distinct = distinctCaptionSources(sources);
  const lines: CaptionParagraph[] = distinct.slice(0, max).map((s, i) => ({
    text: `${i + 1}. ${s.issue ? `${s.sourceTitle}（${s.issue}）` : s.sourceTitle}`,
    font: CAPTION_FONTS.source,
    color: SOURCE_COLOR,
  }));
  if (distinct.length > max)
    lines.push({ text: more(distinct.length), font: CAPTION_FONTS.source, color: SOURCE_COLOR });
  return lines;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart image could not be read'));
    image.src = src;
  });
}

/** Draws the chart image (a PNG or SVG data URL) and its caption into one PNG. */
export async function composeCitedPng(input: {
  chartDataUrl: string;
  chartWidth: number;
  chartHeight: number;
  caption: readonly CaptionParagraph[];
  pixelRatio?: number;
  backgroundColor?: string;
}): Promise<Blob> {
  const ratio = input.pixelRatio ?? 2;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  const measure: Measure = (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const layout = layoutCitedImage({ ...input, measure });
  const image = await loadImage(input.chartDataUrl);
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = input.backgroundColor ?? '#fff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.drawImage(image, layout.chart.x, layout.chart.y, layout.chart.width, layout.chart.height);
  ctx.textBaseline = 'top';
  for (const line of layout.lines) {
    ctx.font = line.font;
    ctx.fillStyle = line.color;
    ctx.fillText(line.text, line.x, line.y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}

/** What an exported chart needs of an ECharts instance (structural, so this file needs no ECharts import). */
export interface ExportableChart {
  getDataURL(opts: { type?: 'png' | 'jpeg' | 'svg'; pixelRatio?: number; backgroundColor?: string }): string;
  getWidth(): number;
  getHeight(): number;
}

/** The chart as it is on screen, with `caption` drawn under it, saved as `<fileName>-<date>.png`. */
export async function downloadChartPng(
  chart: ExportableChart,
  caption: readonly CaptionParagraph[],
  fileName: string,
): Promise<void> {
  const blob = await composeCitedPng({
    chartDataUrl: chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }),
    chartWidth: chart.getWidth(),
    chartHeight: chart.getHeight(),
    caption,
    pixelRatio: 2,
  });
  downloadBlob(blob, downloadName(fileName, 'png'));
}

/** Saves a blob under `filename` through a temporary link (what the browser's download bar shows). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on every system: `高新技术企业数-2024-11-25.png`. */
export function downloadName(base: string, extension: string, date = new Date()): string {
  const safe = base.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'chart';
  return `${safe}-${date.toISOString().slice(0, 10)}.${extension}`;
}
