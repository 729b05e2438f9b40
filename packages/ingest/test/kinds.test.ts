import { describe, expect, it } from 'vitest';
import { article, figures } from './fixtures/run';

describe('kind of a figure', () => {
  it.each([
    ['同比增长 63.2%。', '63.2%', 'growth'],
    ['成交额 96 亿元，较上年同期增长 52.31%。', '52.31%', 'growth'],
    ['增幅 8.7%。', '8.7%', 'growth'],
    ['研发投入强度提高 0.3 个百分点。', '0.3 个百分点', 'growth'],
    ['研发投入强度提高到 3.5%。', '3.5%', 'share'],
    ['到2026年，国家高新技术企业达 2500 家。', '2500 家', 'target'],
    ['力争撬动超 30 亿元社会资本。', '30 亿元', 'target'],
    ['计划新建孵化器 5 家。', '5 家', 'target'],
    ['其中省级以上 41 家，占比 36.28%。', '36.28%', 'share'],
    ['有 65% 的规上工业企业开展研发活动。', '65%', 'share'],
    ['占全省新增专利的四分之一。', '四分之一', 'share'],
    ['全区现有高新技术企业 73 家。', '73 家', 'actual'],
    ['每年投入不少于 800 万元。', '800 万元', 'actual'],
    ['获得‘绿色发展计划’300 万元资助。', '300 万元', 'actual'],
    // 争取 before a higher level's funds is the verb "obtain": a result.
    ['全年争取上级科技资金 2450 万元。', '2450 万元', 'actual'],
    ['今年已争取到省级专项资金 600 万元。', '600 万元', 'actual'],
    ['明年争取新认定高企 40 家。', '40 家', 'target'],
    ['争取国家政策支持，共推荐项目 12 项。', '12 项', 'actual'],
    ['预计全年完成技术合同成交额 58.6 亿元。', '58.6 亿元', 'actual'],
    // A forecast with a date to reach is an estimate (status), not a goal: kind actual (gold README).
    ['预计到2027年，全市高新技术企业突破 5000 家。', '5000 家', 'actual'],
    ['力争到2027年，全市高新技术企业突破 5000 家。', '5000 家', 'target'],
    ['预期目标为新增孵化器 3 家。', '3 家', 'target'],
  ])('%s → %s is %s', (sentence, text, kind) => {
    const f = figures(article(sentence)).find((x) => x.text === text);
    expect(f?.kind).toBe(kind);
  });
});

describe('figures under a plan lead-in', () => {
  it.each([
    ['我们将重点抓好以下工作：', 'target'],
    ['下一步，全市将围绕三个方面发力：', 'target'],
    ['主要做法如下：', 'actual'],
    ['近年来，全市推进科技创新，取得明显成效。', 'actual'],
  ])('intro “%s” makes 新建孵化器 7 家 %s', (intro, kind) => {
    const text = article(
      `${intro}\n\n一是加强平台建设。新建孵化器 7 家。\n\n二是加强人才引育。引进人才 20 名，同比增长 15%。`,
    );
    const found = figures(text);
    expect(found.find((f) => f.text === '7 家')?.kind).toBe(kind);
    // A growth rate under a plan is a planned rate: a rate × target (gold README, issue 9).
    expect(found.find((f) => f.text === '15%')).toMatchObject({
      measure: 'rate',
      status: kind === 'target' ? 'target' : 'actual',
    });
  });
});

describe('the plan part of a summary and plan', () => {
  const text = [
    '南京市科技局2024年工作总结和2025年工作计划',
    '一、2024年工作成效',
    '（一）企业培育。全年新认定高企 470 家。',
    '（二）平台建设。新建孵化器 6 家。',
    '二、2025年工作计划',
    '县科技局将重点抓好以下工作。',
    '1. 企业培育。全年新认定高企 500 家。',
    '2. 平台建设。新建孵化器 3 家，推动现有 2 家孵化器提档升级。',
    '',
    '南京市科学技术局',
    '2025年1月6日',
  ].join('\n\n');
  const found = figures(text, 'report.txt');
  const at = (t: string) => found.find((f) => f.text === t);

  it('reads the past part as actuals and the plan part as targets of the next year', () => {
    expect([at('470 家')?.kind, at('470 家')?.period.start]).toEqual(['actual', '2024-01-01']);
    expect(at('6 家')?.kind).toBe('actual');
    expect([at('500 家')?.kind, at('500 家')?.period.start]).toEqual(['target', '2025-01-01']);
    expect(at('3 家')?.kind).toBe('target');
  });

  it('keeps a standing count (现有) inside a plan an actual', () => {
    expect(at('2 家')?.kind).toBe('actual');
  });
});

describe('the tasks of a plan and its policy parameters', () => {
  it('makes the goals under 重点任务 targets and leaves the subsidies and thresholds actual', () => {
    const text = [
      '南京市科技成果转化实施方案',
      '一、总体要求',
      '坚持企业主体、市场导向。',
      '二、重点任务',
      '（一）建强中试体系。扩大引导基金规模至 20 亿元。对新认定的中试基地，按投入的 30% 给予补助。',
      '（二）壮大技术转移机构。对交易额超过 1 亿元的机构，给予最高 50 万元奖励。',
    ].join('\n\n');
    const found = figures(text, 'plan.txt');
    expect(found.map((f) => [f.text, f.kind])).toEqual([
      ['20 亿元', 'target'],
      ['30%', 'share'],
      ['1 亿元', 'actual'],
      ['50 万元', 'actual'],
    ]);
  });
});

describe('English change words around a rate', () => {
  it.each([
    ['Q1 highlights: GDP +7.4%, FDI up 36.0%, exports down 4.2%.', ['growth', 'growth', 'growth'], [7.4, 36, -4.2]],
    ['R&D spending rose 18.2% y/y。', ['growth'], [18.2]],
  ])('%s', (sentence, kinds, values) => {
    const found = figures(article(sentence));
    expect(found.map((f) => f.kind)).toEqual(kinds);
    expect(found.map((f) => f.value)).toEqual(values);
  });
});

describe('future and plan words', () => {
  it.each([
    ['全年组织实施市级以上科技计划项目 1385 项。', '1385 项', 'actual'],
    ['今年，我们还将新建 3 家市级新型研发机构。', '3 家', 'target'],
    // A 公示's 拟 is a proposal of the issuer; 完成目标值的 N% is progress against a goal, a share.
    ['经专家评审，拟对以下26家企业给予后补助，拟安排资金共计480万元。', '480万元', 'actual'],
    ['经专家评审，拟对以下26家企业给予后补助，拟安排资金共计480万元。', '26家', 'actual'],
    ['2024年全市孵化器达到52家，完成2026年目标值的74.3%。', '74.3%', 'share'],
  ])('%s → %s is %s', (sentence, text, kind) => {
    expect(figures(article(sentence)).find((f) => f.text === text)?.kind).toBe(kind);
  });
});

describe('sign of a change', () => {
  it.each([
    ['不良率同比下降 0.5 个百分点。', -0.5],
    ['能耗较上年降低 3.2%。', -3.2],
    ['同比增长 3.2%。', 3.2],
  ])('%s → %d', (sentence, value) => {
    const [f] = figures(article(sentence));
    expect(f).toMatchObject({ kind: 'growth', value });
    expect(f!.normalized!.value).toBe(value);
  });
});

describe('subject and catalogue indicator', () => {
  it.each([
    ['园区累计培育高企 315 家。', '315 家', '高企', 'high_tech_enterprises'],
    ['全区现有高新技术企业 73 家。', '73 家', '高新技术企业', 'high_tech_enterprises'],
    ['到2026年，国家高新技术企业达 2500 家。', '2500 家', '国家高新技术企业', 'high_tech_enterprises'],
    ['科技型中小企业突破 4200 家。', '4200 家', '科技型中小企业', 'tech_smes'],
    ['吸纳技术合同成交额 96.42 亿元。', '96.42 亿元', '技术合同成交额', 'tech_contract_turnover'],
    ['共有 120 家境内外上市企业。', '120 家', '境内外上市企业', null],
    ['发放贷款 6421 笔。', '6421 笔', '贷款', null],
    ['兑现高新技术企业认定奖补资金超 600 万元。', '600 万元', '奖补资金', null],
    ['对企业研发投入给予最高 500 万元补助。', '500 万元', '补助', null],
    ['力争到2026年全区高新技术企业突破 900 家。', '900 家', '高新技术企业', 'high_tech_enterprises'],
  ])('%s', (sentence, text, subject, indicator) => {
    const f = figures(article(sentence)).find((x) => x.text === text);
    expect(f).toMatchObject({ subject, indicator });
  });

  it('gives a growth rate the subject of the figure it qualifies', () => {
    const found = figures(article('吸纳技术合同成交额 96.42 亿元，较上年同期增长 52.31%。'));
    expect(found[1]).toMatchObject({ kind: 'growth', subject: '技术合同成交额', indicator: 'tech_contract_turnover' });
  });

  it('scores confidence higher with an indicator and a period than without', () => {
    const [strong] = figures(article('截至目前，园区累计培育高企 315 家。'));
    const [weak] = figures(article('有 3 款来自南京。'));
    expect(strong!.confidence).toBeGreaterThan(weak!.confidence);
    expect(strong!.confidence).toBeLessThanOrEqual(1);
  });
});

describe('the two axes of a figure (issue 9)', () => {
  it.each([
    ['全市高新技术企业达到 3000 家。', '3000 家', 'level', 'actual', 'actual'],
    ['全年新增高新技术企业 300 家。', '300 家', 'level', 'actual', 'actual'],
    ['科技型中小企业同比增加 4238 家。', '4238 家', 'change', 'actual', 'growth'],
    ['高新技术企业净增 859 家。', '859 家', 'change', 'actual', 'growth'],
    ['较上年增加 29 家。', '29 家', 'change', 'actual', 'growth'],
    ['科技贷款余额较年初新增 6.4 亿元。', '6.4 亿元', 'change', 'actual', 'growth'],
    ['研发投入强度提高 0.3 个百分点。', '0.3 个百分点', 'change', 'actual', 'growth'],
    ['技术合同成交额同比增长 23.4%。', '23.4%', 'rate', 'actual', 'growth'],
    ['完成全年任务的 52%。', '52%', 'share', 'actual', 'share'],
    ['到2027年，高新技术企业数量增长 1 倍。', '1 倍', 'rate', 'target', 'target'],
    ['力争技术合同成交额突破 100 亿元以上。', '100 亿元', 'level', 'target', 'target'],
    ['到2027年，研发投入强度达到 3.2%。', '3.2%', 'share', 'target', 'target'],
    ['预计全年完成技术合同成交额 58.6 亿元。', '58.6 亿元', 'level', 'estimate', 'actual'],
    ['预计全年研发投入强度达到 2.1%。', '2.1%', 'share', 'estimate', 'share'],
    ['全市约有 300 家企业参与。', '300 家', 'level', 'actual', 'actual'],
    ['市政府将研发投入纳入目标考核，权重不低于 8%。', '8%', 'share', 'actual', 'share'],
    ['本批受理申报项目 152 项，拟立项支持 47 项。', '47 项', 'level', 'actual', 'actual'],
    // 净增 + the noun it counts is a change too, not only 净增 right before the number.
    ['全年净增科技型中小企业 86 家。', '86 家', 'change', 'actual', 'growth'],
    // A percentage of a base named before it (增长部分的) is a share, though 增长 precedes it.
    ['对研发费用较上年增长的企业，按增长部分的 15% 给予补助。', '15%', 'share', 'actual', 'share'],
    // A yearly quota (每年…左右) is a goal even outside a plan's list.
    ['今年以来，全市推进企业培育，每年遴选 100 家左右科技型企业重点培育。', '100 家', 'level', 'target', 'target'],
  ])('%s → %s is %s × %s (kind %s)', (sentence, text, measure, status, kind) => {
    const f = figures(article(sentence)).find((x) => x.text === text);
    expect(f).toMatchObject({ measure, status, kind });
  });

  it('gives a target its deadline and what it aims at', () => {
    const found = figures(article('到2027年，高新技术企业数量增长 1 倍，研发投入强度达到 3.2%。'));
    expect(found.find((f) => f.text === '1 倍')?.target).toEqual({ deadline: '2027-12-31', aim: 'change' });
    expect(found.find((f) => f.text === '3.2%')?.target).toEqual({ deadline: '2027-12-31', aim: 'share' });
    expect(figures(article('全年新增高新技术企业 300 家。'))[0]?.target).toBeNull();
  });

  it('reads what follows a plan announced inside a paragraph as goals, and what precedes it as done', () => {
    const found = figures(
      article(
        '今年以来，全市新增高新技术企业 40 家。我们将重点做好以下工作。新增高新技术企业 60 家，新建孵化器 2 个。',
      ),
    );
    expect(found.map((f) => [f.text, f.status])).toEqual([
      ['40 家', 'actual'],
      ['60 家', 'target'],
      ['2 个', 'target'],
    ]);
  });

  it('reads a yearly quota under a plan as a yearly target, and a yearly budget as a standing actual', () => {
    const text = article(
      '我们将重点抓好以下工作：\n\n一是培育企业。每年遴选 100 家左右科技型企业重点培育。\n\n二是保障资金。市财政每年安排 3 亿元科技专项资金。',
    );
    const found = figures(text);
    expect(found.find((f) => f.text === '100 家')).toMatchObject({ measure: 'level', status: 'target' });
    expect(found.find((f) => f.text === '100 家')?.period.type).toBe('full_year');
    expect(found.find((f) => f.text === '3 亿元')).toMatchObject({ measure: 'level', status: 'actual' });
  });

  it('sums an addition over 今后五年 and reaches a level at its end', () => {
    const found = figures(article('今后五年，全市新增国家级创新平台 8 个，高新技术企业总数达到 5000 家。'));
    expect(found.find((f) => f.text === '8 个')?.period).toMatchObject({ type: 'multi_year', start: '2024-01-01' });
    expect(found.find((f) => f.text === '5000 家')?.period.type).toBe('deadline');
  });

  it('reads the provisions of a policy document as plans', () => {
    const text = [
      '某市推动科技创新若干措施',
      '为加快创新驱动发展，制定以下措施。',
      '第一条 培育企业。每年遴选 50 家左右成长性好的科技型企业。',
      '第二条 支持研发。对研发投入超过 1000 万元的企业，按新增投入的 10% 给予补助。',
    ].join('\n\n');
    const found = figures(text);
    expect(found.find((f) => f.text === '50 家')?.status).toBe('target');
    expect(found.find((f) => f.text === '1000 万元')?.status).toBe('actual');
    expect(found.find((f) => f.text === '10%')).toMatchObject({ measure: 'share', status: 'actual' });
  });
});

// The goal and estimate words of a sentence prefix, and where a sentence's first quote mark is,
// are read once and kept for the next question: a figure asked after another (in the same
// sentence, the next one, or another text) gets its own answer.
describe('kinds asked in turn', () => {
  it.each([
    // A quoted 计划 before the second figure only: the first sentence's reading must not carry over.
    ['新增孵化器 3 家。获得“科技创新计划”资助 300 万元。', ['3 家', 'actual', '300 万元', 'actual']],
    // The mark after the first figure of a sentence, before the second.
    ['新增孵化器 3 家，获得“科技创新计划”资助 300 万元。', ['3 家', 'actual', '300 万元', 'actual']],
    // Estimate words in the first sentence's group, goal words in the second's.
    ['预计全年完成 58.6 亿元。力争新增企业 40 家。', ['58.6 亿元', 'actual', '40 家', 'target']],
    ['力争新增企业 40 家。预计全年完成 58.6 亿元。', ['40 家', 'target', '58.6 亿元', 'actual']],
  ])('%s', (text, expected) => {
    for (let round = 0; round < 2; round++) {
      const found = figures(article(text));
      const got = [expected[0], expected[2]].flatMap((t) => [t, found.find((x) => x.text === t)?.kind]);
      expect(got).toEqual(expected);
    }
  });
});
