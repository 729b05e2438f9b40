/**
 * Measures in the layouts local-government texts use besides 一是/二是 (issue 9): the document's own
 * outline — stand-alone short heading sentences, （一）（二） or ①② inside a news paragraph, numbered
 * paragraphs after a lead-in, a lead-in naming the work followed by a bulleted list — and an article
 * whose page furniture (page numbers, web-page tools, share bars) sits between its parts.
 */
import { describe, expect, it } from 'vitest';
import { run } from './fixtures/run';

const titlesOf = (text: string) => run(text).articles.map((a) => a.measures.map((m) => m.title));

describe('measures in any layout', () => {
  it('reads stand-alone short heading sentences ending in 。 as sections', () => {
    const text = [
      '南京市推进科技成果转化',
      '今年以来，全市推进科技成果转化，成效明显。',
      '捕捉成果。',
      '市科技局组织专家走访高校院所，梳理可转化成果 120 项，建立成果库。',
      '对接需求。',
      '组织企业与高校开展对接活动 35 场，促成合作项目 80 项。',
      '落地转化。',
      '推动 26 项成果在本地落地转化，带动投资 5 亿元。',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual([['捕捉成果', '对接需求', '落地转化']]);
  });

  it('reads （一）（二）（三） inside one news paragraph', () => {
    const text = [
      '南京市出台措施支持企业研发',
      '近日，南京市出台措施支持企业研发，主要包括三个方面：（一）加大研发补助，对企业研发投入给予补助；（二）支持平台建设，对新认定的平台给予奖励；（三）强化金融支撑，设立科技贷款风险池。',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual([['加大研发补助', '支持平台建设', '强化金融支撑']]);
  });

  it('reads circled numbers ①②③ opening paragraphs', () => {
    const text = [
      '南京市科技工作情况',
      '全市重点推进以下工作：',
      '①强化企业培育。新认定高新技术企业 300 家。',
      '②建设创新平台。新建孵化器 5 家。',
      '③引育科技人才。引进高层次人才 120 名。',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual([['强化企业培育', '建设创新平台', '引育科技人才']]);
  });

  it('reads a bulleted list after a lead-in that names the work', () => {
    const text = [
      '南京市推进企业创新',
      '近年来，南京市推进企业创新，主要做法如下：',
      '● 建立培育库，对入库企业开展精准服务，全年服务企业 800 家次。',
      '● 设立专项资金，对企业研发投入给予补助，全年兑现资金 1.2 亿元。',
      '● 搭建对接平台，组织产学研对接活动 40 场。',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual([['建立培育库', '设立专项资金', '搭建对接平台']]);
  });

  it('does not read a bulleted list of results as measures', () => {
    const text = [
      '南京市公布评估结果',
      '近日，南京市公布评估结果。评估结果显示：',
      '◆ 评为优秀的 28 家；',
      '◆ 评为良好的 61 家；',
      '◆ 评为合格的 31 家。',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual([[]]);
  });

  it('does not read the last line of a box of bullets as a heading of the text after it', () => {
    const text = [
      '南京市科技服务惠企成效显著',
      '要点',
      '■走访企业412家',
      '■兑现补助资金3.6亿元',
      '今年以来，全市组织科技专员走访企业412家，兑现各类补助资金3.6亿元，惠及企业1800余家。',
      '【精准对接需求】',
      '建立企业需求清单，按需匹配专家团队。',
      '【优化兑现流程】',
      '推行免申即享，补助资金到账时间缩短一半。',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual([['精准对接需求', '优化兑现流程']]);
  });

  it('keeps one article when web-page furniture sits between its title and its body', () => {
    const text = [
      '首页 > 新闻中心 > 工作动态',
      '南京市科技局召开企业培育工作会',
      '发布时间：2025-03-12 浏览次数：326',
      '字号：大 中 小 | 打印本页 | 关闭窗口',
      '分享到：微信 微博',
      '近日，南京市科技局召开企业培育工作会。',
      '一是强化服务。全年服务企业 300 家。',
      '二是完善政策。出台政策 5 条。',
      '扫一扫在手机打开当前页',
      '版权所有：南京市科学技术局 苏ICP备12345678号',
    ].join('\n\n');
    const r = run(text);
    expect(r.articles.map((a) => a.title)).toEqual(['南京市科技局召开企业培育工作会']);
    expect(r.articles[0]!.measures.map((m) => m.title)).toEqual(['强化服务', '完善政策']);
  });

  it('keeps one article across a printed page break with a running header and page count', () => {
    const text = [
      '南京市推进科技创新',
      '今年以来，全市推进科技创新。',
      '一是强化企业培育。新认定高新技术企业 300 家，',
      '第 1 页 共 2 页',
      '南京市科学技术局',
      '同比增长 12%。',
      '二是建设创新平台。新建孵化器 5 家。',
    ].join('\n\n');
    const r = run(text);
    expect(r.articles.map((a) => a.title)).toEqual(['南京市推进科技创新']);
    expect(r.articles[0]!.measures.map((m) => m.title)).toEqual(['强化企业培育', '建设创新平台']);
  });

  it('reads numbered paragraphs after a lead-in', () => {
    const text = [
      '南京市推进企业创新',
      '近年来，南京市推进企业创新，取得明显成效。主要做法如下：',
      '1. 建立培育库。对入库企业开展精准服务。',
      '2. 设立专项资金。对企业研发投入给予补助。',
      '3. 搭建对接平台。组织产学研对接活动 40 场。',
    ].join('\n\n');
    expect(titlesOf(text)).toEqual([['建立培育库', '设立专项资金', '搭建对接平台']]);
  });

  it('reads a contents list whose page numbers follow spaces, and a drawn rule before the first item', () => {
    const text = [
      '科技信息参考',
      '2025年第3期',
      '南京市科学技术局 编印　　2025年3月20日',
      '目　录',
      '南京市推进企业创新　　　2',
      '扬州市建设创新平台　　　4',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '南京市推进企业创新',
      '一是建立培育库。对入库企业开展精准服务。二是设立专项资金。对企业研发投入给予补助。',
      '扬州市建设创新平台',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '【企业培育】全年新认定高新技术企业 300 家。',
      '【平台建设】新建孵化器 5 家。',
    ].join('\n\n');
    const r = run(text);
    expect(r.articles.map((a) => a.title)).toEqual(['南京市推进企业创新', '扬州市建设创新平台']);
    expect(r.articles.map((a) => a.measures.map((m) => m.title))).toEqual([
      ['建立培育库', '设立专项资金'],
      ['企业培育', '平台建设'],
    ]);
  });

  it("ends a speech's measures before its closing address to the audience", () => {
    const speech = [
      '在全市科技工作会议上的讲话',
      '同志们：',
      '今天召开全市科技工作会议，主要任务是部署今年的重点工作。',
      '一是壮大创新主体。深入实施高企培育行动，对首次认定的企业给予奖励。',
      '二是建强创新平台。支持重点实验室建设，推动平台开放共享。',
      '同志们，创新之路永无止境。让我们奋发有为，为建设创新型城市而努力奋斗！',
    ].join('\n\n');
    const [measures] = run(speech).articles.map((a) => a.measures);
    expect(measures?.map((m) => m.title)).toEqual(['壮大创新主体', '建强创新平台']);
    expect(measures?.at(-1)?.text).not.toContain('奋斗');
  });
});
