import { describe, expect, it } from 'vitest';
import { continuesOn, normalise, toDecodedSpan } from '../src/normalise';

describe('normalise', () => {
  it.each([
    ['full-width punctuation and digits', '增长１４．６％，（一）', '增长14.6%,(一)'],
    ['spaces inside numbers and units', '金额 130.50 亿元 和 12.3 亿人民币', '金额130.50亿元和12.3亿人民币'],
    ['ideographic spaces', '李\u3000涛', '李涛'],
    ['spaces between Latin words stay', 'W-HUD AR HUD', 'W-HUD AR HUD'],
    ['page-break lines vanish', '第一段。\n\n-\n\n第二段。', '第一段。\n第二段。'],
    [
      'a running header after a page break vanishes',
      '科技简讯\n２０２５年第４期\n\n今年以来，研究院促成校企合作项目 62 项，带动企业\n\n- 2 -\n\n科技简讯　　２０２５年第４期\n新增研发投入 8600 万元。',
      '科技简讯\n2025年第4期\n今年以来,研究院促成校企合作项目62项,带动企业新增研发投入8600万元。',
    ],
    [
      "a report's running header (a part of its title) after a page number vanishes",
      '某县人民政府工作报告（摘要）\n\n成果转化更加活跃。全年技术合同成交额42.7亿元，同比\n\n- 3 -\n\n政府工作报告\n增长31.2%。',
      '某县人民政府工作报告(摘要)\n成果转化更加活跃。全年技术合同成交额42.7亿元,同比增长31.2%。',
    ],
    [
      'a line repeated after two page numbers vanishes, the lines after it stay',
      '标题\n\n第一段。\n\n— 3 —\n\n科技工作简报\n创新主体加速壮大。\n\n— 4 —\n\n科技工作简报\n创新平台量质齐升。',
      '标题\n第一段。\n创新主体加速壮大。\n创新平台量质齐升。',
    ],
    [
      'labelled lines of a box stay apart',
      '增量补助：增量部分的10%，最高200万元\n存量补助：总额的2%',
      '增量补助:增量部分的10%,最高200万元\n存量补助:总额的2%',
    ],
    [
      'a space as thousands separator',
      '企业4 300余家，增加值2 865.4亿元，1 156家',
      '企业4300余家,增加值2865.4亿元,1156家',
    ],
    ['other spaces between digits stay', '编号 12 34 和 2024 1 5', '编号12 34和2024 1 5'],
    ['a space after a decimal point mid-line', '融资 12. 5 亿元，占 3. 75%', '融资12.5亿元,占3.75%'],
    ['an enumerator at a line start keeps its space', '1. 5G 基站建设', '1. 5G 基站建设'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('joins a sentence cut by a page break, and keeps a heading apart', () => {
    const long = '积极整合创新资源，推进产学研深度融合，推动优质创新成果落地实施。持续推进';
    const text = `标题行\n\n${long}\n\n-\n\n协同创新中心建设。`;
    expect(normalise(text).text).toBe(`标题行\n${long.replace(/，/g, ',')}协同创新中心建设。`);
  });

  it('joins hard-wrapped lines of a converted PDF', () => {
    const text =
      '苏州工业园区推进科技金融\n今年以来，园区围绕科技企业全生命周期，持续完善科技金\n融服务体系。一是深化对接。组织对接活动 30 场，\n服务企业 1200 余家次。';
    expect(normalise(text).text).toBe(
      '苏州工业园区推进科技金融\n今年以来,园区围绕科技企业全生命周期,持续完善科技金融服务体系。一是深化对接。组织对接活动30场,服务企业1200余家次。',
    );
  });

  it.each([
    ['ends a sentence', '这是一个已经结束的很长的句子，它以句号结尾并且足够长。', '下一段'],
    ['next opens a list item', '这是一个没有结束的很长的句子，它没有句号但是足够长长长', '二是加强平台建设。'],
    ['short line (a heading)', '云南省强化科技支撑', '近年来，云南省……'],
    [
      'is a masthead line ending with its date',
      '某省科学技术厅科技创新发展研究中心编　　　　　　2025年5月20日',
      '目　　录',
    ],
    ['is a contents entry with its page', '某市以数字化智能化转型赋能制造业创新……………………3', '某区构建双轮驱动模式……4'],
    ['is followed by a contents heading', '某省科学技术厅科技创新发展研究中心　　　　　编辑出版', '目录'],
    [
      'ends with an emoji (a post’s sentence end)',
      '截至目前全镇孵化企业总数达到86家较年初又多了十几家🎈',
      '今年还有更多好消息',
    ],
    [
      'is followed by a line opened by an emoji marker',
      '全镇今年新增科技型企业多家而且还有好几家正在申报中',
      '🔹成果二：平台建设提速',
    ],
  ])('does not join when the line %s', (_name, a, b) => {
    expect(continuesOn(a, b)).toBe(false);
  });

  it('reads the end of a line as the end-anchored patterns did (sentence marks, pictographs, commas, length)', () => {
    // The tests continuesOn made with regexes anchored at the end and [...a].length, before they
    // were read from the end by char codes; the rest of continuesOn is the same in both.
    const TERMINAL = /[。！？!?；;:：…]["”’」』）)]*$|[。！？!?]$|[A-Za-z%)]\.$/;
    const PICTOGRAPH_END = /\p{Extended_Pictographic}\uFE0F?$/u;
    const ENDS = (a: string) => TERMINAL.test(a) || PICTOGRAPH_END.test(a);
    const LONG = (a: string) =>
      /[，,、]$/.test(a) || [...a].length >= 28 || ([...a].length >= 20 && /[，,；;]/.test(a));
    const pieces = [
      '创新',
      '企业',
      '。',
      '”',
      '）',
      ')',
      '！',
      'a',
      'B.',
      '%',
      '.',
      '，',
      '、',
      '；',
      '🎈',
      '\uFE0F',
      '\uD83D',
      '\uDC4D',
      '𠀀',
      'x',
    ];
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const b = '下一行的文字';
    for (let n = 0; n < 2000; n++) {
      const a = `${'科技创新'.repeat(Math.floor(random() * 8))}${Array.from({ length: 1 + Math.floor(random() * 18) }, () => pieces[Math.floor(random() * pieces.length)]).join('')}`;
      expect(continuesOn(a, b), a).toBe(!ENDS(a) && LONG(a));
    }
  });

  it('keeps every code unit it keeps as it is: U+FEFF, a surrogate pair, a lone surrogate', () => {
    const n = normalise('标题\uFEFF内容😀\n\n科技\uD800创新，\uFFFE企业');
    expect(n.text).toBe('标题\uFEFF内容😀\n科技\uD800创新,\uFFFE企业');
    expect(normalise('科技😀创新').text).toBe('科技😀创新');
  });

  it('maps every normalised span back to the decoded text', () => {
    const decoded = '标题\r\n\r\n截至目前，高企 315 家，金额 130.50 亿元。\r\n';
    const n = normalise(decoded);
    const at = n.text.indexOf('130.50亿元');
    const span = toDecodedSpan(n, at, at + '130.50亿元'.length);
    expect(decoded.slice(span.start, span.end)).toBe('130.50 亿元');
    expect(n.map).toHaveLength(n.text.length + 1);
  });
});
