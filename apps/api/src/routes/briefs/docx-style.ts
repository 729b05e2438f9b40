/**
 * 公文 typography (GB/T 9704): A4 with 37/35/28/26 mm margins, the title in 2号 小标宋, body in 3号
 * 仿宋 on a fixed 28-point line, first-level headings (一、) in 黑体, second-level ((一)) in 楷体,
 * a red masthead over a red rule. Word uses the named fonts; LibreOffice substitutes its CJK font.
 */
import { AlignmentType, BorderStyle, FootnoteReferenceRun, LineRuleType, Paragraph, TextRun } from 'docx';

export const FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', heading: '黑体', sub: '楷体_GB2312' };
const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 5号 10.5 pt. */
export const SIZE = { title: 44, body: 32, table: 24, note: 20 };
const mm = (v: number) => Math.round(v * 56.7);

export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
};
const LINE = { line: 560, lineRule: LineRuleType.EXACT };

export const STYLES = {
  default: { document: { run: { font: font(FONTS.body), size: SIZE.body } } },
};

export type Inline = string | { note: number };

/** Text and footnote references, as one run list. */
export function runs(parts: readonly Inline[], options: { size?: number; bold?: boolean; font?: string } = {}) {
  return parts.map((p) =>
    typeof p === 'string'
      ? new TextRun({
          text: p,
          size: options.size,
          bold: options.bold,
          font: options.font ? font(options.font) : undefined,
        })
      : new FootnoteReferenceRun(p.note),
  );
}

export const masthead = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'C00000', space: 6 } },
    children: [new TextRun({ text, color: 'C00000', size: 52, font: font(FONTS.title) })],
  });

export const title = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 240, line: 700, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, size: SIZE.title, font: font(FONTS.title) })],
  });

export const centered = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: LINE, children: runs([text], { font: FONTS.sub }) });

export const body = (parts: readonly Inline[]) =>
  new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: runs(parts) });

export const heading = (text: string) =>
  new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: runs([text], { font: FONTS.heading }) });

export const subheading = (text: string) =>
  new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: runs([text], { font: FONTS.sub }) });

export const signature = (text: string) =>
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { ...LINE, before: 560 }, children: runs([text]) });

export const cellParagraph = (parts: readonly Inline[], bold = false) =>
  new Paragraph({ children: runs(parts, { size: SIZE.table, bold }) });

export const footnoteParagraph = (text: string) => new Paragraph({ children: runs([text], { size: SIZE.note }) });
