/**
 * Two-level outlines (issue 9, held-out 11's failure class): an 一、 heading alone on its line is the
 * top level of a 公文 outline whatever its title says, so the items under it — numbered (1. （一）) or
 * an inline 一是/二是 list in a part's closing paragraph — are the measures. Texts invented here.
 */
import { describe, expect, it } from 'vitest';
import { segmentMeasures } from '../src/segment-measures';

const titlesOf = (body: string) => {
  const text = `某某县科技工作安排\n${body}`;
  return segmentMeasures(text, text.indexOf('\n') + 1, text.length).map((m) => m.title);
};

describe('two-level outlines', () => {
  it('reads the 1. 2. items under 一、 headings that stand alone, even a part with one item', () => {
    const body = [
      '全县科技工作的总体目标是：研发投入稳步增长。',
      '一、做强科技企业',
      '1. 开展企业梯度培育。建立培育台账，入台账企业保持在 50 家左右。',
      '2. 落实研发费用奖补。全年兑现奖补资金 800 万元。',
      '二、搭建服务平台',
      '1. 建设县级孵化载体。新建众创空间 2 家。',
      '2. 培育技术转移机构。引进技术经纪人 10 名。',
      '三、优化创新生态',
      '1. 完善科技人才激励。对引进的博士给予安家补贴 20 万元。',
    ].join('\n');
    expect(titlesOf(body)).toEqual([
      '开展企业梯度培育',
      '落实研发费用奖补',
      '建设县级孵化载体',
      '培育技术转移机构',
      '完善科技人才激励',
    ]);
  });

  it('reads an inline 一是/二是 list closing the last part; parts that only report are not measures', () => {
    const body = [
      '现将全市企业创新情况通报如下。',
      '一、基本情况',
      '2025年，全市规上企业研发费用增长 9.5%。',
      '二、排名结果',
      '综合得分前三位的企业为甲公司、乙公司、丙公司。',
      '三、下一步工作',
      '各地要认真总结经验。一是加大企业研发投入；二是加强创新人才培养；三是完善科技金融服务。',
    ].join('\n');
    expect(titlesOf(body)).toEqual(['加大企业研发投入', '加强创新人才培养', '完善科技金融服务']);
  });

  it('keeps an inline 一是/二是 inside a heading that is itself a measure (a nested enumeration)', () => {
    const body = [
      '全县重点抓好以下工作：',
      '一、加强平台建设',
      '一是新建孵化器 1 家；二是新建众创空间 2 家。',
      '二、加强人才引育',
      '引进人才 30 名。',
    ].join('\n');
    expect(titlesOf(body)).toEqual(['加强平台建设', '加强人才引育']);
  });

  it('keeps an 一、 line that carries its text (一、加强…。…) as one measure with its sub-items inside', () => {
    const body = [
      '全县重点抓好以下工作：',
      '一、加强平台建设。主要有两项：',
      '1. 新建孵化器 1 家。',
      '2. 新建众创空间 2 家。',
      '二、加强人才引育。引进人才 30 名。',
    ].join('\n');
    expect(titlesOf(body)).toEqual(['加强平台建设', '加强人才引育']);
  });

  it('keeps （一） headings that stand alone as the measures when no 一、 level is above them', () => {
    const body = [
      '我们将重点抓好以下工作：',
      '（一）壮大创新主体。',
      '1. 新认定高新技术企业 60 家。',
      '2. 新增科技型中小企业 100 家。',
      '（二）建设创新平台。',
      '1. 新建省级研发平台 5 个。',
      '2. 新建中试基地 2 个。',
    ].join('\n');
    expect(titlesOf(body)).toEqual(['壮大创新主体', '建设创新平台']);
  });
});
