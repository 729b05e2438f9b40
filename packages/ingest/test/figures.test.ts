import { describe, expect, it } from 'vitest';
import { article, figures } from './fixtures/run';

const one = (sentence: string) => figures(article(sentence));

describe('figures: number, unit and multiplier', () => {
  it.each([
    ['全市高企 315 家。', '315 家', 315, null, '家', { value: 315, unit: '家' }],
    ['发放贷款 6421 笔、金额 130.50 亿元。', '130.50 亿元', 130.5, null, '亿元', { value: 130.5e8, unit: '元' }],
    ['服务 1.5万人次。', '1.5万人次', 1.5, null, '万人次', { value: 15000, unit: '人次' }],
    ['融资 12.3 亿人民币。', '12.3 亿人民币', 12.3, null, '亿人民币', { value: 12.3e8, unit: '元' }],
    ['建成1-2个孵化器。', '1-2个', 1, 2, '个', { value: 1, unit: '个' }],
    ['全年开展技术经理人培训 12 期。', '12 期', 12, null, '期', { value: 12, unit: '期' }],
    ['引进3-5家龙头企业。', '3-5家', 3, 5, '家', { value: 3, unit: '家' }],
    ['引进5～10家龙头企业。', '5～10家', 5, 10, '家', { value: 5, unit: '家' }],
    ['研发费用占销售的 6%至 9%。', '6%至 9%', 6, 9, '%', { value: 6, unit: '%' }],
    ['增长 14.6％。', '14.6％', 14.6, null, '%', { value: 14.6, unit: '%' }],
    ['新增两家众创空间。', '两家', 2, null, '家', { value: 2, unit: '家' }],
    ['建成十二个平台。', '十二个', 12, null, '个', { value: 12, unit: '个' }],
    ['提高 2 个百分点。', '2 个百分点', 2, null, '个百分点', { value: 2, unit: 'pp' }],
    ['总额 3.27 亿港币。', '3.27 亿港币', 3.27, null, '亿港币', { value: 3.27e8, unit: '港币' }],
    ['覆盖率达到百分之三十。', '百分之三十', 30, null, '%', { value: 30, unit: '%' }],
    ['引进人才 12 万余人。', '12 万余人', 12, null, '万人', { value: 120000, unit: '人' }],
    ['研发投入占全市的六成以上。', '六成', 6, null, '成', { value: 60, unit: '%' }],
    ['高企数量翻了一番。', '一番', 1, null, '番', { value: 1, unit: '番' }],
    ['全市钛产业产值突破千亿元。', '千亿元', 1000, null, '亿元', { value: 1e11, unit: '元' }],
    ['入库企业同比增长-2.1%。', '-2.1%', -2.1, null, '%', { value: -2.1, unit: '%' }],
    ['R&D spending +18.2% y/y。', '+18.2%', 18.2, null, '%', { value: 18.2, unit: '%' }],
    ['成交额在1亿~2亿元之间。', '1亿~2亿元', 1, 2, '亿元', { value: 1e8, unit: '元' }],
    ['吸纳 3万至5万人就业。', '3万至5万人', 3, 5, '万人', { value: 30000, unit: '人' }],
    ['保存种质资源2.3万份。', '2.3万份', 2.3, null, '万份', { value: 23000, unit: '份' }],
    ['建成田间实验站43处。', '43处', 43, null, '处', { value: 43, unit: '处' }],
    ['番茄、黄瓜等12类蔬菜。', '12类', 12, null, '类', { value: 12, unit: '类' }],
    ['全省算力规模超过120 EFLOPS。', '120 EFLOPS', 120, null, 'EFLOPS', { value: 120000, unit: 'PFLOPS' }],
    ['总算力规模超过2000P。', '2000P', 2000, null, 'P', { value: 2000, unit: 'PFLOPS' }],
  ])('%s → %s', (sentence, text, value, valueMax, unit, normalized) => {
    const f = one(sentence).find((x) => x.text === text);
    expect(f).toMatchObject({ text, value, valueMax, unit, normalized });
  });

  it('reads a fraction as a share without a unit', () => {
    const [f] = one('新增专利占全省的三分之一。');
    expect(f).toMatchObject({ text: '三分之一', unit: null, normalized: null, kind: 'share' });
    expect(f!.value).toBeCloseTo(1 / 3);
  });
});

describe('figures: qualifiers stay apart from the value', () => {
  it.each([
    ['入驻企业超过 50 家。', '50 家', '超过'],
    ['入驻企业近 50 家。', '50 家', '近'],
    ['推出 120 余款产品。', '120 余款', '余'],
    ['融资 3000 多万元。', '3000 多万元', '多'],
    ['每年投入不少于 800 万元。', '800 万元', '不少于'],
    ['每年投入约2亿元资金。', '2亿元', '约'],
    ['资金达 6000 万元以上。', '6000 万元', '以上'],
    ['资金突破 120 亿元。', '120 亿元', '突破'],
    ['引进人才 12 万余人。', '12 万余人', '余'],
    ['给予最高 500 万元补助。', '500 万元', '最高'],
    ['不良率控制在 1% 以内。', '1%', '以内'],
    ['企业达 2000 家。', '2000 家', '达'],
  ])('%s → %s (%s)', (sentence, text, qualifier) => {
    const [f] = one(sentence);
    expect(f).toMatchObject({ text, qualifier });
  });
});

describe('not figures', () => {
  it.each([
    ['years and dates', '2023 年 6 月 16 日，会议在 2024 年召开。'],
    ['month ranges', '1-5 月，工作有序推进。'],
    ['ranks', '成交额居全省第 6 位，位居全国第3。'],
    ['ordinals', '第二届科交会和第十三届学术会议举行。'],
    ['issue numbers', '本文摘自《科技动态》2024年第5期和第12期。'],
    ['names with digits', '发布 V2.0 平台、5G 基站和 C919 客机。'],
    ['quoted names', '构建“526”产业体系，依托“9580 企业服务平台”，推进“三个聚焦”。'],
    ['quoted project names', '申报的‘年产 20 万台空调生产线项目’获批。'],
    ['document titles', '印发《2024年重点领域项目申报指南》和《关于支持5家企业的通知》。'],
    ['phone numbers', '联系电话 5231798。'],
    ['the indefinite 一', '创建一个产业园，研发一批产品，形成一条产业链。'],
    ['set phrases', '三位一体的机制和五位一体功能。'],
    ['numbers without unit', '构建“1+3”体系，发展 1 类创新药。'],
    ['vague counts', '吸引数十家企业和几百名专家。'],
    ['ranks and durations', '位列全国前10名，用时5个月完成，进入百强前3位。'],
    ['the size of a list and a phase', '主要有三个方面。“科创谷”二期今年投用。'],
    ['the points of a speech', '今后五年怎么干？我讲三条。'],
    ['the size of a plan of work and a phase under construction', '明年重点抓好三项工作。推进实验室二期建设。'],
    ['the size of a list of things to do', '下半年，我们重点办好两件事：一是建平台，二是育人才。'],
    ['the size of a classification', '考核从创新投入和成果产出两个维度进行，结果分为优、良、差三个等级。'],
    ['a token with a dash, not a sign', '引进型号为C-919的客机。'],
    ['words with 成', '新增两成员单位，机制一成不变。'],
    ['a vague 上百', '吸引上百家企业入驻。'],
    ['a class, not a count of kinds', '新获批三类医疗器械和 1 类创新药。'],
    ['a letter that is not a unit', '建成 5P 级存储和 3PB 数据中心，发布 V2 版本。'],
  ])('%s', (_name, sentence) => {
    expect(one(sentence).map((f) => f.text)).toEqual([]);
  });

  it('reads no figure in page furniture, even when its lines would run on', () => {
    const text = article(
      '全市新增高新技术企业 300 家。\n附件：2024年评估结果名单.pdf\n上一篇：全省召开科技工作会议\n下一篇：我省3个项目获批国家计划',
    );
    expect(figures(text).map((f) => f.text)).toEqual(['300 家']);
  });

  it('keeps figures inside a quoted speech', () => {
    const found = one('“目前企业拥有发明专利 48 项，研发费用占销售的 7%。”总经理介绍。');
    expect(found.map((f) => f.text)).toEqual(['48 项', '7%']);
  });
});

describe('subjects listed before 分别', () => {
  it('pairs each listed subject with its figure, in order, and links each to the catalogue', () => {
    const found = one('全市高新技术企业、科技型中小企业分别突破 1.3 万家、2.9 万家；技术合同成交额达 1759 亿元。');
    expect(found.map((f) => [f.text, f.subject, f.indicator])).toEqual([
      ['1.3 万家', '高新技术企业', 'high_tech_enterprises'],
      ['2.9 万家', '科技型中小企业', 'tech_smes'],
      ['1759 亿元', '技术合同成交额', 'tech_contract_turnover'],
    ]);
  });

  it('leaves the subjects alone when the counts do not match', () => {
    const found = one('高新技术企业、科技型中小企业分别增长 12%。');
    expect(found).toHaveLength(1);
    expect(found[0]?.subject).not.toBe('科技型中小企业');
  });
});

describe('the indicator of a growth rate', () => {
  it('is the indicator of the figure it follows, not one found again in the subject words', () => {
    const found = one('高新技术企业营收 1125.1 亿元，同比增长 28.6%；高新技术企业 2182 家，同比增长 12%。');
    expect(found.map((f) => [f.text, f.indicator])).toEqual([
      ['1125.1 亿元', null],
      ['28.6%', null],
      ['2182 家', 'high_tech_enterprises'],
      ['12%', 'high_tech_enterprises'],
    ]);
  });
});

describe('a catalogue term followed by what is measured of it', () => {
  it.each([
    ['全区高新技术企业申报 117 家。', null],
    ['全区高新技术企业 312 家。', 'high_tech_enterprises'],
  ])('%s → %s', (sentence, indicator) => {
    expect(one(sentence)[0]?.indicator ?? null).toBe(indicator);
  });
});
