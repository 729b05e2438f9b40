/**
 * A document that is a work plan by its title (…工作要点, …工作计划): the figures of its items are the
 * work planned, so goals; its look-back paragraph, its standing budget line and its rules are not.
 * A title that reports first (…工作总结和…工作计划) leaves it to the lead-ins. Texts invented here.
 */
import { describe, expect, it } from 'vitest';
import { extract, loadIngestContext } from '../src/index';
import { plannedInParagraph } from '../src/plan-start';
import { DATA_DIR } from './eval/gold';
import { article, figures, run } from './fixtures/run';

const catalogue = await loadIngestContext(DATA_DIR);

const statusOf = (text: string, figure: string) =>
  run(text)
    .articles.flatMap((a) => a.indicators)
    .find((f) => f.text === figure)?.status;

const PLAN = [
  '2025年全区科技工作要点',
  '过去一年，全区新认定高新技术企业 30 家。',
  '一、培育科技企业',
  '1. 开展企业培育。培育库企业保持在 120 家左右，新增科技型中小企业 60 家。',
  '2. 落实研发奖补。对首次认定的高新技术企业给予一次性奖励 10 万元。',
  '二、加大科技投入',
  '1. 稳定财政投入。区财政每年安排科技专项资金 1500 万元。',
  '2. 设立转化基金。设立总规模 3 亿元的成果转化基金，建设建筑面积 2.4 万平方米的孵化大楼。',
].join('\n');

describe('work plans', () => {
  it.each([
    ['120 家', 'target'],
    ['60 家', 'target'],
    // Before the items: what the plan looks back on.
    ['30 家', 'actual'],
    // A rule and the issuer's standing budget line are not goals (decision 010).
    ['10 万元', 'actual'],
    ['1500 万元', 'actual'],
    // What the plan sets up is the goal; its size is an attribute of it (gold README).
    ['3 亿元', 'actual'],
    ['2.4 万平方米', 'actual'],
  ])('in a 工作要点, %s is %s', (figure, status) => {
    expect(statusOf(PLAN, figure)).toBe(status);
  });

  it('leaves a summary-and-plan title to its lead-ins: what was done stays actual', () => {
    const text = PLAN.replace('2025年全区科技工作要点', '全区2024年工作总结和2025年工作计划');
    expect(statusOf(text, '120 家')).toBe('actual');
  });

  it("reads a goal's 年底 as the end of the source's year, so a goal restated in an item is one fact", () => {
    const text = [
      '2024年全区科技工作要点',
      '今年全区的主要目标是：高新技术企业总数达到 150 家。',
      '一、培育科技企业',
      '1. 开展企业培育。确保年底高新技术企业总数达到 150 家。',
      '2. 落实研发奖补。对首次认定的高新技术企业给予一次性奖励 10 万元。',
    ].join('\n');
    const found = run(text)
      .articles.flatMap((a) => a.indicators)
      .filter((f) => f.text === '150 家');
    expect(found).toHaveLength(1);
    expect(found[0]?.period).toMatchObject({ type: 'deadline', end: '2024-12-31' });
    expect(found[0]?.repeats).toHaveLength(1);
  });
});

describe('goals stated against an earlier figure', () => {
  const find = (body: string, text: string) =>
    extract(`南宁市科技创新进展\n\n${body}\n`, { ...catalogue, fileName: 'bulletin-2024-07.txt' })
      .articles.flatMap((a) => a.indicators)
      .find((f) => f.text === text);

  it("reads 距2027年规划目标 N as the goal of the sentence's earlier figure, due by that year's end", () => {
    const f = find('2023年全市R&D经费投入强度1.62%，距2027年规划目标2.1%仍有差距。', '2.1%');
    expect(f).toMatchObject({ indicator: 'rd_intensity', status: 'target' });
    expect(f?.period).toMatchObject({ type: 'deadline', end: '2027-12-31' });
  });

  it('reads 确保…总数达到 N as the total of what the clause before counted', () => {
    const f = find('每年新增高新技术企业200家以上，确保2027年总数达到1500家。', '1500家');
    expect(f).toMatchObject({ indicator: 'high_tech_enterprises', status: 'target' });
  });
});

describe('plans announced by a part heading', () => {
  const report = [
    '某县人民政府工作报告（摘要）',
    '一、2024年工作回顾',
    '（一）创新主体壮大。全年新认定高新技术企业45家。',
    '（二）创新平台提升。新建省级研发平台6个。',
    '二、2025年重点工作',
    '（一）壮大创新主体。全年新增高新技术企业50家以上。',
    '（二）建强创新平台。截至目前，全县已建成省级以上研发平台38个；今年新建省级研发平台8个。',
  ].join('\n\n');
  const found = figures(report, 'bulletin-2025-01.txt');
  const statusOf = (text: string) => found.find((f) => f.text === text)?.status;

  it('reads the items under 二、2025年重点工作 as goals, and the look-back as actuals', () => {
    expect(statusOf('45家')).toBe('actual');
    expect(statusOf('50家')).toBe('target');
    expect(statusOf('8个')).toBe('target');
  });

  it('reads the heading as the announcement when the part opens with its own intro paragraph', () => {
    const withIntro = [
      '某县人民政府工作报告（摘要）',
      '一、2024年工作回顾',
      '（一）创新主体壮大。全年新认定高新技术企业45家。',
      '（二）创新平台提升。新建省级研发平台6个。',
      '二、2025年主要目标和重点工作',
      '今年是承前启后之年，全县经济发展稳中求进。',
      '（一）壮大创新主体。今年组织实施重点研发项目12项。',
      '（二）建强创新平台。新建数字化车间9个。',
    ].join('\n\n');
    const planned = figures(withIntro, 'bulletin-2025-01.txt');
    expect(planned.find((f) => f.text === '45家')?.status).toBe('actual');
    expect(planned.find((f) => f.text === '12项')?.status).toBe('target');
    expect(planned.find((f) => f.text === '9个')?.status).toBe('target');
  });

  it("reads what follows 我们重点做好N件事： in an answer as the plan, but not a fund's size", () => {
    const answer = [
      '某区科技工作新闻发布会',
      '记者：请问下半年有什么打算？',
      '发布人：谢谢提问。上半年新增企业80家。下半年，我们重点做好两件事：第一，用好天使基金，基金规模3亿元，全年投资项目15个以上；第二，办好路演活动。',
    ].join('\n\n');
    const found = figures(answer, 'bulletin-2025-07.txt');
    expect(found.find((f) => f.text === '80家')?.status).toBe('actual');
    expect(found.find((f) => f.text === '15个')?.status).toBe('target');
    expect(found.find((f) => f.text === '3亿元')?.status).toBe('actual');
  });

  it("plans an inline list after 部署了下一阶段重点工作： to its paragraph's end only", () => {
    const text = [
      '某区召开科技工作推进会',
      '近日，某区召开推进会。会议通报，今年以来全区新增科技型企业60家。',
      '会议部署了下一阶段重点工作：（一）实施企业倍增行动；（二）引导合作银行年内新增授信3亿元以上。',
      '会上为今年新认定的12家企业授牌。',
    ].join('\n\n');
    const found = figures(text, 'bulletin-2025-11.txt');
    expect(found.find((f) => f.text === '3亿元')?.status).toBe('target');
    expect(found.find((f) => f.text === '12家')?.status).toBe('actual');
  });

  it('reads what parties agree to (双方约定) as a goal', () => {
    const agreed = figures(article('双方约定，合作期内联合攻关项目累计不少于12项。'), 'bulletin-2025-11.txt');
    expect(agreed.find((f) => f.text === '12项')?.status).toBe('target');
  });

  it('reads an answer announcing an action (我们将实施…行动：) as planning the rest of its paragraph', () => {
    const text = '谢谢提问。今年我们将实施企业培育行动：一是扩大入库规模，全年新增入库企业800家；二是完善服务。';
    const para = { start: 0, end: text.length, text };
    expect(plannedInParagraph(text, para, text.indexOf('今年'), text.indexOf('800'))).toBe(true);
  });

  it('keeps a count standing on the source date (截至目前…已建成) actual inside the plan', () => {
    expect(statusOf('38个')).toBe('actual');
    const answer = [
      '某市科技工作新闻发布会',
      '下一步，我们将重点抓好以下工作：',
      '一是建强平台。截至目前，全市已建成中试基地27个。今年新建中试基地5个。',
      '二是壮大主体。今年新增科技型中小企业300家。',
    ].join('\n\n');
    const planned = figures(answer, 'bulletin-2025-03.txt');
    expect(planned.find((f) => f.text === '27个')?.status).toBe('actual');
    expect(planned.find((f) => f.text === '5个')?.status).toBe('target');
  });
});
