import { describe, expect, it } from 'vitest';
import { findPeriods } from '../src/periods';
import { article, figures } from './fixtures/run';

const JULY_2024 = { year: 2024, date: '2024-07-31' };

describe('period expressions resolved against the source date (2024-07-31)', () => {
  it.each([
    ['截至目前', 'point', '2024-07-31', '2024-07-31'],
    ['截至2023年底', 'point', '2023-12-31', '2023-12-31'],
    ['截至6月底', 'point', '2024-06-30', '2024-06-30'],
    ['今年上半年', 'year_to_date', '2024-01-01', '2024-06-30'],
    ['2023年上半年', 'year_to_date', '2023-01-01', '2023-06-30'],
    ['1-5月', 'year_to_date', '2024-01-01', '2024-05-31'],
    ['今年1-5月', 'year_to_date', '2024-01-01', '2024-05-31'],
    ['2023年1-5月', 'year_to_date', '2023-01-01', '2023-05-31'],
    ['前三季度', 'year_to_date', '2024-01-01', '2024-09-30'],
    ['今年以来', 'year_to_date', '2024-01-01', '2024-07-31'],
    ['2023年', 'full_year', '2023-01-01', '2023-12-31'],
    ['去年', 'full_year', '2023-01-01', '2023-12-31'],
    ['过去一年', 'full_year', '2023-01-01', '2023-12-31'],
    ['上一年度', 'full_year', '2023-01-01', '2023-12-31'],
    ['每年', 'full_year', null, null],
    ['两年来', 'multi_year', null, '2024-07-31'],
    ['近三年', 'multi_year', null, '2024-07-31'],
    ['近年来', 'multi_year', null, '2024-07-31'],
    ['“十四五”以来', 'multi_year', null, '2024-07-31'],
    ['自2023年以来', 'multi_year', '2023-01-01', '2024-07-31'],
    ['自2021年启动改革以来', 'multi_year', '2021-01-01', '2024-07-31'],
    ['到2027年', 'deadline', null, '2027-12-31'],
    ['今后三年', 'deadline', null, '2026-12-31'],
    ['未来5年', 'deadline', null, '2028-12-31'],
    ['力争到2025年底', 'deadline', null, '2025-12-31'],
    ['年底前', 'deadline', null, '2024-12-31'],
    ['到年底', 'deadline', null, '2024-12-31'],
    ['仅有', 'point', '2024-07-31', '2024-07-31'],
    ['6月', 'unknown', '2024-06-01', '2024-06-30'],
  ])('%s → %s %s..%s', (written, type, start, end) => {
    const [m] = findPeriods(written, 0, written.length, JULY_2024);
    expect(m?.period).toEqual({ text: written, type, start, end });
  });

  it('does not read a plan name (“十四五”规划) as a span of years', () => {
    expect(findPeriods('“十四五”规划收官', 0, 8, JULY_2024)).toEqual([]);
  });

  it('does not read a comparison base (较上年同期) as the period', () => {
    expect(findPeriods('较上年同期增长', 0, 7, JULY_2024)).toEqual([]);
  });

  it('does not read a goal named by its year (全年任务, 年度目标) or a base (在2023年基础上) as a period', () => {
    expect(findPeriods('完成全年任务的52%', 0, 10, JULY_2024)).toEqual([]);
    expect(findPeriods('完成年度目标的90%', 0, 10, JULY_2024)).toEqual([]);
    expect(findPeriods('在2023年基础上增长1倍', 0, 13, JULY_2024)).toEqual([]);
    expect(findPeriods('新增入驻企业34家', 0, 9, JULY_2024)).toEqual([]);
  });

  it('resolves 今年 against the issue year, not the clock', () => {
    const [m] = findPeriods('今年上半年', 0, 5, { year: 2023, date: '2023-07-31' });
    expect(m?.period.end).toBe('2023-06-30');
  });
});

describe('the period a figure gets', () => {
  it.each([
    ['own sentence', '截至目前，全区共有高企 315 家。', 'point'],
    ['earlier in the paragraph', '1-6月，企业融资 12 起。总额为 9.6 亿元。', 'year_to_date'],
    ['a deadline frame over a yearly rate', '到2028年，建成平台。年均服务群众超过300万人次。', 'deadline'],
    ['a yearly average over a span of years', '截至2024年底，全市高企近三年年均增长超过 10%。', 'multi_year'],
    ['a yearly rate on its own', '每年投入研发资金 500 万元。', 'full_year'],
    ['none', '建成孵化器 7 家。', 'unknown'],
    ['an attribute of one object', '今年以来，签约项目总投资 3 亿元。', 'unknown'],
    ['a total standing at the end of a past year', '2023年，全市经济平稳增长。高新技术企业总数达到 800 家。', 'point'],
    ['a yearly rate over a horizon', '今后三年，全社会研发投入年均增长10%以上。', 'deadline'],
    ['当年 after a named year', '2023年新增共建机构 87 家，占当年新增总数的 31.5%。', 'full_year'],
    ['the size a fund is set up with', '今年以来，设立规模 2 亿元的天使基金。', 'unknown'],
    ['a stock word under the sentence deadline', '力争到2026年新增孵化器5家，在孵企业达到 2000 家。', 'deadline'],
    ['a goal for 今年: the whole year', '今年力争新认定高新技术企业 80 家以上。', 'full_year'],
    ['a stock to reach this year: its end', '今年力争高新技术企业总数突破 450 家。', 'deadline'],
    [
      'a change against last year-end: the year so far',
      '截至6月底，有效高企 742 家，比上年末净增 96 家。',
      'year_to_date',
    ],
    ['累计 dated only by its paragraph', '今年以来，全市推进创新。平台建成中试线，累计孵化企业 17 家。', 'multi_year'],
    [
      'a forecast’s date stays in its sentence',
      '今年以来新增高企 95 家，预计到年底总数将达到870家。园区新增入驻企业 34 家。',
      'year_to_date',
    ],
    [
      '每年 in a rule’s clause dates the rule only',
      '单个企业每年最高补助 300 万元，确保研发投入强度达到 2.5%。',
      'unknown',
    ],
  ])('%s', (_name, body, type) => {
    const found = figures(article(body));
    expect(found.at(-1)?.period.type).toBe(type);
  });

  it('lets a yearly rate later in the sentence cover a figure with no period before it', () => {
    const found = figures(article('对企业研发投入按增量部分的 10% 给予补助，单家企业每年最高 500 万元。'));
    expect(found.map((f) => f.period.type)).toEqual(['full_year', 'full_year']);
  });

  it('does not let a yearly rate two clauses on date a figure', () => {
    const found = figures(article('入网仪器 1069 台，累计服务 5 万次，设备年均有效工作机时 947 小时。'));
    expect(found[0]?.period.type).toBe('unknown');
  });

  it('reads a stock word (存量, 总量) dated by a year as standing at that year’s end', () => {
    const [stock] = figures(article('2023年，全市科技贷款存量 120 亿元。'));
    expect([stock?.period.type, stock?.period.start, stock?.period.end]).toEqual(['point', '2023-12-31', '2023-12-31']);
  });

  it('gives what a facility is equipped with no period of its own', () => {
    const found = figures(article('今年以来，全市建成中试基地 3 个。某基地占地 20 亩，配置检测等设备 45 台（套）。'));
    expect(found.find((f) => f.text === '45 台')?.period.type).toBe('unknown');
    expect(found.find((f) => f.text === '3 个')?.period.type).toBe('year_to_date');
  });

  it('keeps a deadline earlier in the paragraph over a yearly rate later in the sentence', () => {
    const found = figures(article('到2027年，建成示范区。创建产业园 2 个，年均服务 500 万人次。'));
    expect(found.map((f) => f.period.type)).toEqual(['deadline', 'deadline']);
  });

  it('gives each value of 分别 its own year of a span of years, in order', () => {
    const found = figures(article('2021—2023年，全市技术合同成交额分别为 25.3 亿元、41.2 亿元、46.5 亿元。'));
    expect(found.map((f) => [f.period.type, f.period.start])).toEqual([
      ['full_year', '2021-01-01'],
      ['full_year', '2022-01-01'],
      ['full_year', '2023-01-01'],
    ]);
    // Without 分别, or with a count that does not match the years, the span stays a span.
    expect(figures(article('2021—2023年，全市累计引进人才 1200 名。'))[0]?.period).toMatchObject({
      type: 'multi_year',
      start: '2021-01-01',
      end: '2023-12-31',
    });
    expect(
      figures(article('2021—2023年，高企和专精特新企业分别新增 80 家、35 家。')).map((f) => f.period.type),
    ).toEqual(['multi_year', 'multi_year']);
  });

  it('leaves a policy parameter undated unless its own sentence dates it', () => {
    const text = article(
      '今年以来，全市推进科技创新。\n\n一是支持研发。按研发投入的 30% 给予补助，最高 300 万元。\n\n二是奖励转化。对交易额超过 1 亿元的机构给予奖励，每家每年最高 50 万元。',
    );
    expect(figures(text).map((f) => [f.text, f.period.type])).toEqual([
      ['30%', 'unknown'],
      ['300 万元', 'unknown'],
      ['1 亿元', 'full_year'],
      ['50 万元', 'full_year'],
    ]);
  });

  it("does not read a policy's validity (有效期至2027年) as a deadline", () => {
    const found = figures(article('政策有效期至2027年12月31日。市财政每年安排不少于 3 亿元科技专项资金。'));
    expect([found[0]?.kind, found[0]?.period.type]).toEqual(['actual', 'full_year']);
  });

  it('dates a yearly average by the two years the sentence names', () => {
    const found = figures(article('研发经费从2018年的 110.4 亿元增加到2023年的 186.7 亿元，年均增长 11.1%。'));
    expect(found.at(-1)?.period).toMatchObject({ type: 'multi_year', start: '2018-01-01', end: '2023-12-31' });
  });

  it('does not take a comparison base (较前三季度) for the period', () => {
    const found = figures(article('2023年，高新技术产业增加值增速较前三季度回落 1.2 个百分点。'));
    expect(found[0]?.period).toMatchObject({ type: 'full_year', start: '2023-01-01' });
  });

  it('keeps a standing budget yearly under a goal', () => {
    const found = figures(article('到2030年，高企要突破 3500 家。市财政每年安排不少于 10 亿元的科技专项资金。'));
    expect(found.map((f) => [f.text, f.kind, f.period.type])).toEqual([
      ['3500 家', 'target', 'deadline'],
      ['10 亿元', 'actual', 'full_year'],
    ]);
  });

  it('takes the intro framing (今年以来) for later measures', () => {
    const text = article(
      '今年以来，全市推进科技创新。\n\n一是加强平台建设。新建孵化器 7 家。\n\n二是加强人才引育。引进人才 20 名。',
    );
    expect(figures(text).map((f) => f.period.type)).toEqual(['year_to_date', 'year_to_date']);
  });

  it('does not date plans by what the intro says has happened', () => {
    const text = article(
      '近年来，全市创新能力持续提升。今年，我们将重点抓好以下工作：\n\n一是加强平台建设。新建孵化器 7 家。',
    );
    expect(figures(text).map((f) => f.period.type)).toEqual(['unknown']);
  });
});
