/** A fact stated again in one source is one observation with several spans (issue 9). */
import { describe, expect, it } from 'vitest';
import { article, run } from './fixtures/run';

const spansOf = (f: { start: number; end: number; repeats?: { start: number; end: number }[] }) => [
  [f.start, f.end],
  ...(f.repeats ?? []).map((r) => [r.start, r.end]),
];

describe('repeated facts', () => {
  const text = [
    '南京市高新技术企业突破3000家',
    '截至目前，全市高新技术企业达到3000家，同比增长12.5%。',
    '一是强化企业培育。今年以来，新增科技型中小企业300家，新增孵化器企业300家。',
    '二是完善服务体系。截至目前，全市高新技术企业达到3000家。',
  ].join('\n\n');
  const result = run(text);
  const figures = result.articles.flatMap((a) => a.indicators);

  it('keeps one observation for a headline, a lede and a repeated sentence, holding every span', () => {
    const stock = figures.filter((f) => f.value === 3000);
    expect(stock).toHaveLength(1);
    const spans = spansOf(stock[0]!);
    expect(spans).toHaveLength(3);
    for (const [s, e] of spans) expect(text.slice(s, e)).toBe('3000家');
    expect(stock[0]!.repeats!.every((r) => text.slice(r.start, r.end) === r.text)).toBe(true);
  });

  it('keeps the same number about different things, or twice in one sentence, apart', () => {
    expect(figures.filter((f) => f.value === 300)).toHaveLength(2);
  });

  it('keeps two caps of the same amount apart: undated rules are not one fact', () => {
    const caps = run(
      '某市支持科技创新\n\n一是对新认定的企业给予最高300万元奖励。\n\n二是对中试基地按投入的20%给予补助，最高300万元。',
    ).articles.flatMap((a) => a.indicators);
    expect(caps.filter((f) => f.value === 300)).toHaveLength(2);
  });

  it('joins a bilingual highlights line to the body when the value is precise and the period the same', () => {
    const bilingual = [
      '南京市一季度经济运行情况',
      'Q1 highlights: GDP +7.4%, exports down 4.2%.',
      '1-3月，全市地区生产总值同比增长7.4%；出口总额同比下降4.2%。另有企业同比增长30%。',
      '今年一季度，全市新增企业同比增长30%。',
    ].join('\n\n');
    const found = run(bilingual, 'bulletin-2025-04.txt').articles.flatMap((a) => a.indicators);
    expect(found.filter((f) => f.value === 7.4)).toHaveLength(1);
    expect(found.filter((f) => f.value === -4.2)).toHaveLength(1);
    expect(found.find((f) => f.value === 7.4)?.repeats).toHaveLength(1);
    // 30% is not precise enough to be the same fact by its value alone.
    expect(found.filter((f) => f.value === 30)).toHaveLength(2);
  });

  it('joins a rule restated in a table, an answer and a summary line; keeps other rules of one amount apart', () => {
    const qa = [
      '一图读懂《某区支持科技企业若干政策》',
      '划重点：首次认定高企奖励30万元　研发补助最高500万元',
      '问：企业培育方面有哪些支持？',
      '答：对首次认定的国家高新技术企业奖励30万元，对重新认定的奖励10万元。具体见下表：',
      '| 支持事项 | 支持标准 |',
      '| --- | --- |',
      '| 首次认定国家高新技术企业 | 30万元 |',
      '| 重新认定国家高新技术企业 | 10万元 |',
      '| 新获批省级重点实验室 | 给予30万元支持 |',
      '问：研发费用补助怎么算？',
      '答：对研发费用较上年增长的企业，按增长部分的20%给予补助，单个企业最高500万元。',
      '问：中试基地有什么支持？',
      '答：对新建的中试基地，按设备投入的10%给予补助，最高500万元。',
    ].join('\n');
    const found = run(qa).articles.flatMap((a) => a.indicators);
    const at = (value: number) => found.filter((f) => f.value === value).map((f) => spansOf(f).length);
    // 首次认定 30 万元 three times is one rule; the laboratory's 30 万元 is another.
    expect(at(30).sort()).toEqual([1, 3]);
    expect(at(10).filter((n) => n === 2)).toHaveLength(1);
    // The summary's 研发补助 cap is the R&D rule's; the pilot base's cap of the same amount stays apart.
    expect(at(500).sort()).toEqual([1, 2]);
  });

  it('keeps the same amount in rows of a list apart, and joins a 合计 line to the totals announced', () => {
    const list = [
      '关于拟支持项目的公示',
      '经评审，拟对以下3个项目给予支持，拟安排资金共计65万元。',
      '序号\t单位名称\t支持金额',
      '1\t甲科技公司\t30万元',
      '2\t乙科技公司\t30万元',
      '3\t丙科技公司\t5万元',
      '合计：3个项目，支持资金65万元。',
    ].join('\n\n');
    const found = run(list).articles.flatMap((a) => a.indicators);
    expect(found.filter((f) => f.value === 30)).toHaveLength(2);
    const total = found.filter((f) => f.value === 65);
    expect(total).toHaveLength(1);
    expect(total[0]!.repeats).toHaveLength(1);
    expect(found.filter((f) => f.value === 3 && f.unit === '个')).toHaveLength(1);
  });

  it('joins a box bullet quoting a body figure without its period to that figure', () => {
    const boxed = [
      '某县科技服务成效显著',
      '■新入库科技型中小企业412家',
      '■兑现补助资金3.6亿元',
      '今年以来，全县新入库科技型中小企业412家，兑现补助资金3.6亿元。',
      '另据统计，全县科技企业孵化器在孵企业412家。',
    ].join('\n\n');
    const found = run(boxed).articles.flatMap((a) => a.indicators);
    expect(found.filter((f) => f.value === 3.6)).toHaveLength(1);
    const visits = found.filter((f) => f.value === 412);
    // The box's 412 is the body's; the incubator's 412 is another fact.
    expect(visits).toHaveLength(2);
    expect(visits.map((f) => f.repeats?.length ?? 0).sort()).toEqual([0, 1]);
    expect(visits.every((f) => f.period.type !== 'unknown')).toBe(true);
  });

  it('joins a stock reached in a year to the same stock in that year’s column of a table', () => {
    const text = [
      '南京市科技企业培育情况',
      '2023年，全市高新技术企业达到1250家。',
      '表1 科技企业',
      '指标\t2022年\t2023年',
      '高新技术企业（家）\t1100\t1250',
    ].join('\n\n');
    const found = run(text, 'bulletin-2024-07.txt').articles.flatMap((a) => a.indicators);
    const stock = found.filter((f) => f.value === 1250);
    expect(stock).toHaveLength(1);
    expect(stock[0]!.repeats).toHaveLength(1);
  });

  it('joins a goal stated with its year and again, undated, for the same indicator', () => {
    const report = [
      '某市政府工作报告',
      '今年全市经济社会发展的主要预期目标是：技术合同成交额达到300亿元。重点抓好以下工作：',
      '（一）促进成果转化。对技术合同按成交额的10%给予补助，单个企业每年最高补助200万元，确保技术合同成交额达到300亿元。',
      '（二）壮大创新主体。新增高新技术企业100家。',
    ].join('\n\n');
    const found = run(report, 'bulletin-2025-01.txt').articles.flatMap((a) => a.indicators);
    const goal = found.filter((f) => f.value === 300);
    expect(goal).toHaveLength(1);
    expect(goal[0]).toMatchObject({ status: 'target', period: { type: 'full_year' } });
    expect(goal[0]!.repeats).toHaveLength(1);
  });
});

describe('repeated facts across a page’s layout', () => {
  const byValue = (text: string, value: number) =>
    run(text)
      .articles.flatMap((a) => a.indicators)
      .filter((f) => f.value === value);

  it('joins a sub-headline under the title to the body, and dates a rate against the year’s start', () => {
    const text = [
      '我市新增科技型企业640家',
      '知识产权质押贷款较年初增长18.6%',
      '本报讯 截至6月末，全市新增科技型企业640家；知识产权质押贷款余额较年初增长18.6%。',
      '截至6月末，全市知识产权质押贷款余额达到42.5亿元，较年初增长18.6%。',
    ].join('\n');
    const rate = byValue(text, 18.6);
    expect(rate).toHaveLength(1);
    expect(rate[0]!.repeats).toHaveLength(2);
    expect(rate[0]!.period).toMatchObject({ type: 'year_to_date', start: '2024-01-01' });
  });

  it('joins a table’s whole-area row to the totals the text states, not the other rows', () => {
    const text = [
      '全省技术合同登记情况',
      '上半年，全省登记技术合同7315项，完成全年任务的61%。',
      '表2　上半年各市技术合同登记情况',
      '地区\t合同数（项）\t完成全年任务（%）',
      '全省\t7315\t61',
      '甲市\t2210\t61',
    ].join('\n');
    const count = byValue(text, 7315);
    expect(count).toHaveLength(1);
    expect(count[0]!.repeats).toHaveLength(1);
    // The other row's 61 is its own fact.
    expect(byValue(text, 61)).toHaveLength(2);
  });

  it('joins a lede’s undated 全年 to the same fact dated by the body', () => {
    const text = [
      '我市技术合同成交额再创新高',
      '近日记者获悉，我市全年新认定高新技术企业173家。',
      '2023年，全市新认定高新技术企业173家，同比增长9.5%。',
    ].join('\n\n');
    const found = byValue(text, 173);
    expect(found).toHaveLength(1);
    expect(found[0]!.period).toMatchObject({ type: 'full_year', start: '2023-01-01' });
  });

  it('keeps a threshold (不低于) and a band’s edge (超过) of one amount apart: two conditions', () => {
    const text = [
      '某区科技型企业研发补助申报指南',
      '一、申报条件。上年度技术性收入不低于500万元。',
      '二、补助标准。对上年度技术性收入超过500万元的部分，按3%给予补助。',
    ].join('\n\n');
    expect(byValue(text, 500)).toHaveLength(2);
  });

  it('dates a balance to reach this year by the year’s end (a stock)', () => {
    const goal = byValue(article('今年，全市将力争科技贷款余额突破80亿元。'), 80)[0];
    expect(goal).toMatchObject({ status: 'target', period: { type: 'deadline', end: '2024-12-31' } });
  });

  it('joins a past result a plan builds on (在…的基础上) to the result it quotes', () => {
    const text = [
      '某市科技局2025年工作总结',
      '一、主要成效。截至年底，全市科技型中小企业达到420家，净增16家。',
      '二、明年打算。在今年净增16家的基础上，力争明年科技型中小企业总数达到460家。',
    ].join('\n\n');
    const found = byValue(text, 16);
    expect(found).toHaveLength(1);
    expect(found[0]!.repeats).toHaveLength(1);
  });
});
