/**
 * The brief as a .docx (the `docx` package): masthead, title and date, the places, per theme what
 * the others do that the benchmark has not recorded (programme names included), the comparable
 * indicators as a table with chart images, targets and their status — every fact with a footnote
 * whose text is the model's footnote, so the document and GET /api/briefs (JSON) say the same.
 */
import { type Brief, MAX_BRIEF_TARGETS } from '@ipb/domain';
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { CHART_SIZE, chartSvg, svgToPng } from './brief-chart';
import {
  body,
  cellParagraph,
  centered,
  footnoteParagraph,
  heading,
  type Inline,
  masthead,
  PAGE,
  STYLES,
  signature,
  subheading,
  title,
} from './docx-style';
import { formatValue } from './format-value';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];
const STATUS: Record<string, string> = {
  achieved: '已实现',
  on_track: '按计划推进',
  acceleration_needed: '需加快',
  limited: '进展有限',
  deterioration: '倒退',
};

const cell = (parts: readonly Inline[], bold = false) => new TableCell({ children: [cellParagraph(parts, bold)] });
const table = (header: string[], rows: Inline[][][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell([h], true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });

function gapSection(brief: Brief): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    heading(`二、各主题：其他地区已有、${brief.benchmark.shortName}尚无记录的举措`),
  ];
  out.push(body([brief.coverage.statement]));
  if (!brief.gaps.length) out.push(body(['所选主题下没有此类举措。']));
  brief.gaps.forEach((theme, i) => {
    const finding = theme.finding === 'gap' ? '' : `（${brief.benchmark.shortName}未录入该主题举措，可能为数据缺失）`;
    out.push(subheading(`（${NUMERALS[i]}）${theme.theme.nameZh}${finding}`));
    for (const place of theme.places) {
      const parts: Inline[] = [`${place.regionName}：`];
      place.measures.forEach((m, k) => {
        parts.push(`${k ? '；' : ''}${m.title}`);
        if (m.programs.length) parts.push(`（项目：${m.programs.join('、')}）`);
        parts.push({ note: m.footnote });
      });
      out.push(body([...parts, '。']));
    }
  });
  return out;
}

function valueCell(value: number | null, unit: string, note: number | null): Inline[] {
  return value === null || note === null ? ['缺'] : [formatValue(value, unit), { note }];
}

function indicatorSection(brief: Brief): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [heading('三、可比指标')];
  out.push(
    body([
      `同一指标、同一口径、同一时期方可比较；差异仅在双方有共同时期时计算，年份不同者只列数值。“缺”表示无数据，不是零。`,
    ]),
  );
  if (!brief.indicators.length) out.push(body(['所选地区暂无可比指标。']));
  else {
    const rows = brief.indicators.flatMap((ind) =>
      ind.rows
        .filter((r) => r.value !== null || r.benchmarkValue !== null)
        .map((r) => [
          [ind.name],
          [r.regionName],
          [r.period ?? '—'],
          valueCell(r.value, ind.unit, r.valueFootnote),
          valueCell(r.benchmarkValue, ind.unit, r.benchmarkFootnote),
          [r.basis === 'common_period' && r.relative !== null ? `${(r.relative * 100).toFixed(1)}%` : '年份不同或缺'],
        ]),
    );
    out.push(table(['指标', '地区', '时期', '数值', `${brief.benchmark.shortName}（对应值）`, '相对差异'], rows));
  }
  brief.charts.forEach((chart, i) => {
    const svg = chartSvg(chart);
    const png = svgToPng(svg);
    const size = { width: CHART_SIZE.width * 0.85, height: CHART_SIZE.height * 0.85 };
    out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'svg',
            data: Buffer.from(svg),
            transformation: size,
            fallback: { type: 'png', data: png },
            altText: { name: chart.title, title: chart.title, description: chart.title },
          }),
        ],
      }),
      centered(`图${i + 1}　${chart.title}`),
      body(['图中数据来源：', ...chart.bars.flatMap((b): Inline[] => [`${b.regionName}`, { note: b.footnote }, '；'])]),
    );
  });
  return out;
}

function targetSection(brief: Brief): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [heading('四、目标与进度')];
  if (!brief.targets.length) {
    out.push(body(['所选地区暂无有期限的量化目标记录。']));
    return out;
  }
  out.push(body(['进度按 Open SDG 复合年均增长率方法评估；无法评估时说明所缺数据。']));
  const rows = brief.targets.map((t) => [
    [t.regionName],
    [t.indicatorName],
    [formatValue(t.value, t.unit), { note: t.footnote }],
    [t.deadlineYear ? `${t.deadlineYear}年` : '未写明'],
    [t.status ? (STATUS[t.status] ?? t.status) : `无法评估（${t.statusReason}）`],
  ]);
  out.push(table(['地区', '目标', '目标值', '期限', '进度'], rows));
  if (brief.targetsTotal > brief.targets.length)
    out.push(
      body([
        `共 ${brief.targetsTotal} 项目标，每地列出期限最晚的 ${MAX_BRIEF_TARGETS} 项；完整清单见仪表板“指标对比”或 GET /api/targets。`,
      ]),
    );
  return out;
}

export async function briefDocx(brief: Brief): Promise<Buffer> {
  const places = brief.regions.map((r) => r.name).join('、');
  const children = [
    masthead('创新政策对标 · 对标简报'),
    title(brief.title),
    centered(`${brief.date}`),
    heading('一、对标地区'),
    body([
      places ? `以${brief.benchmark.name}为基准，对比${places}。` : `${brief.benchmark.name}，未选对比地区。`,
      '每项事实均附脚注，注明来源（简报期号、文章、原句或网址）及其权威性。',
    ]),
    ...gapSection(brief),
    ...indicatorSection(brief),
    ...targetSection(brief),
    signature(`创新政策对标系统　${brief.date}`),
  ];
  const doc = new Document({
    creator: '创新政策对标',
    title: brief.title,
    styles: STYLES,
    footnotes: Object.fromEntries(brief.footnotes.map((f) => [f.n, { children: [footnoteParagraph(f.text)] }])),
    sections: [{ properties: { page: PAGE }, children }],
  });
  return Packer.toBuffer(doc);
}
