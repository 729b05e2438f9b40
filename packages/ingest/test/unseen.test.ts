/**
 * Texts shaped like bulletins and reports the seeds do not contain: a TOC with leaders and no ★,
 * bold headings, （一） numbering, lead-sentence measures, past years reached (从…增长到2024年).
 * Written for these tests; the places and figures are invented.
 */
import { describe, expect, it } from 'vitest';
import { run } from './fixtures/run';

const ISSUE = `科技动态

2025年第2期

某科技局 编印

目  录
阜阳市推动科技金融创新发展 ………………… 1
扬州市加快建设创新型城市 ………………… 3

**阜阳市推动科技金融创新发展**

2024年，阜阳市积极构建科技金融服务体系，全市科技贷款余额达到356.2亿元，较年初增加48.6亿元。

（一）创新金融产品。推出“科技e贷”，全年放款1.2万笔、金额82亿元。

（二）完善风险补偿。风险补偿资金池规模扩大至5亿元，覆盖企业超过3000家，不良率控制在1%以内。

**扬州市加快建设创新型城市**

扬州市聚焦产业科创名城建设。

强化企业主体。全市高新技术企业数量从2020年的1200家增长到2024年的2300家，年均增长17.7%。

建强创新平台。新建省级以上研发机构45家，累计建成国家级孵化器9家。
`;

describe('an issue in another layout', () => {
  const r = run(ISSUE, 'dongtai.txt');
  const byText = (t: string) => r.articles.flatMap((a) => a.indicators).find((i) => i.text === t);

  it('reads masthead, TOC with leaders and bold headings', () => {
    expect(r.source).toMatchObject({
      title: '科技动态',
      year: 2025,
      issueNumber: 2,
      publisher: '某科技局',
      date: '2025-02-28',
    });
    expect(r.articles.map((a) => [a.title, a.region?.code])).toEqual([
      ['阜阳市推动科技金融创新发展', '341200'],
      ['扬州市加快建设创新型城市', '321000'],
    ]);
  });

  it('segments （一） numbering and lead sentences', () => {
    expect(r.articles.map((a) => a.measures.map((m) => m.title))).toEqual([
      ['创新金融产品', '完善风险补偿'],
      ['强化企业主体', '建强创新平台'],
    ]);
    expect(r.articles[0]!.measures[0]!.programs).toEqual(['科技e贷']);
  });

  it.each([
    ['356.2亿元', 'actual', 'full_year', '科技贷款余额', '达到'],
    // 较年初增加: a change of the balance, not a level (issue 9: measure change, kind growth).
    ['48.6亿元', 'growth', 'full_year', '科技贷款余额', null],
    ['1.2万笔', 'actual', 'full_year', '放款', null],
    ['1%', 'share', 'unknown', '不良率', '以内'],
    ['1200家', 'actual', 'full_year', '高新技术企业数量', null],
    ['2300家', 'actual', 'full_year', '高新技术企业数量', null],
    // 从2020年…到2024年…，年均增长: a yearly average over the span the sentence names.
    ['17.7%', 'growth', 'multi_year', '高新技术企业数量', null],
  ])('%s is %s, %s, about %s', (text, kind, periodType, subject, qualifier) => {
    expect(byText(text)).toMatchObject({ kind, period: { type: periodType }, subject, qualifier });
  });

  it('resolves 到2024年 in a 2025 issue to the year reached, not a deadline', () => {
    expect(byText('2300家')?.period).toEqual({
      text: '到2024年',
      type: 'full_year',
      start: '2024-01-01',
      end: '2024-12-31',
    });
  });
});

describe('a work report paragraph', () => {
  const text = `合肥市加快建设创新之都

截至2023年底，全市国家高新技术企业达8580家，较2020年末增长1.5倍。2023年，研发投入强度达3.91%，较上年提高0.39个百分点。

（一）打造创新平台。建设大科学装置12个，其中已建成7个。到2025年，力争新建研发平台200家以上，研发投入强度达到4%左右。`;
  const found = run(text).articles[0]!.indicators;

  it.each([
    ['8580家', 'actual', 'point', '2023-12-31', 'high_tech_enterprises'],
    ['1.5倍', 'growth', 'point', '2023-12-31', 'high_tech_enterprises'],
    ['3.91%', 'share', 'full_year', '2023-12-31', null],
    ['0.39个百分点', 'growth', 'full_year', '2023-12-31', null],
    ['7个', 'actual', 'point', '2024-07-31', null],
    ['200家', 'target', 'deadline', '2025-12-31', null],
    ['4%', 'target', 'deadline', '2025-12-31', null],
  ])('%s: %s, %s ending %s', (t, kind, type, end, indicator) => {
    expect(found.find((f) => f.text === t)).toMatchObject({ kind, period: { type, end }, indicator });
  });

  it('gives 其中 figures the subject of the figure they break down', () => {
    expect(found.find((f) => f.text === '7个')?.subject).toBe('大科学装置');
  });
});
