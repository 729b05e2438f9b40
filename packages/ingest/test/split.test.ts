import { describe, expect, it } from 'vitest';
import { cleanTocTitle } from '../src/split';
import { run } from './fixtures/run';

const BULLETIN = [
  '科技情报参考',
  '',
  '2025 年第 3 期',
  '',
  '某市科学技术局 编辑',
  '',
  '-',
  '- ★ 南京市推进原始创新.....2',
  ' - ★ 铜陵市打造创新型城市 4',
  '',
  '南京市推进原始创新',
  '',
  '今年以来，南京市推进创新。',
  '',
  '一是加强平台建设。新建孵化器 7 家。',
  '',
  '二是加强人才引育。引进人才 20 名。',
  '',
  '### 铜陵市打造创新型城市',
  '',
  '一是实施创新企业提质扩量行动。全市高企 300 家。',
  '',
  '二是实施创新人才集聚行动。引进团队 5 个。',
  '',
  '某市科学技术局编辑',
  '',
  '电话：1234567',
].join('\n');

describe('splitting an issue', () => {
  it.each([
    ['- ★ 南京市推进原始创新.....2', '南京市推进原始创新'],
    [' - ★ 贵州省强化科技支撑 8', '贵州省强化科技支撑'],
    ['- ★ 杭州：探索创新……10', '杭州：探索创新'],
    ['★ 苏州市取得“新进展”2', '苏州市取得“新进展”'],
  ])('cleans the TOC line %j', (line, title) => {
    expect(cleanTocTitle(line)).toBe(title);
  });

  it('reads the header, finds articles by TOC titles and drops the trailer', () => {
    const r = run(BULLETIN, 'issue.txt');
    expect(r.source).toMatchObject({
      title: '科技情报参考',
      year: 2025,
      issueNumber: 3,
      publisher: '某市科学技术局',
      date: '2025-03-31',
      kind: 'bulletin',
    });
    expect(r.articles.map((a) => [a.title, a.region?.code, a.measures.length])).toEqual([
      ['南京市推进原始创新', '320100', 2],
      ['铜陵市打造创新型城市', '340700', 2],
    ]);
    const last = r.articles[1]!;
    expect(BULLETIN.slice(last.start, last.end)).not.toContain('电话');
    expect(r.articles.flatMap((a) => a.indicators).map((i) => i.text)).toEqual(['7 家', '20 名', '300 家', '5 个']);
  });

  it.each([
    [
      'publisher and date on one line, then a contents heading',
      ['某市科学技术局科技服务中心 编          2025年3月28日', '', '目  录'],
    ],
    ['a contents heading on its own', ['某市科学技术局 编辑', '', '本期目录']],
  ])('reads a masthead with %s', (_case, masthead) => {
    const text = BULLETIN.replace('某市科学技术局 编辑\n\n-', `${masthead.join('\n')}\n`);
    const r = run(text, 'issue.txt');
    expect(r.source.publisher).toMatch(/^某市科学技术局/);
    expect(r.articles.map((a) => a.title)).toEqual(['南京市推进原始创新', '铜陵市打造创新型城市']);
  });

  it('reads an issue line without a year, an issuer with a date, and a numbered contents list', () => {
    const text = [
      '科技工作简报',
      '第4期（总第88期）',
      '某省科学技术厅办公室　　　　2024年9月30日',
      '',
      '本期目录',
      '1. 南京市推进原始创新',
      '2、铜陵市打造创新型城市',
      '',
      BULLETIN.slice(BULLETIN.indexOf('南京市推进原始创新\n\n今年')),
    ].join('\n');
    const r = run(text, 'briefing-2024-04.txt');
    expect(r.source).toMatchObject({
      year: 2024,
      issueNumber: 4,
      publisher: '某省科学技术厅办公室',
      date: '2024-09-30',
    });
    expect(r.articles.map((a) => a.title)).toEqual(['南京市推进原始创新', '铜陵市打造创新型城市']);
  });

  it('warns about a TOC entry with no heading in the body, and an article without measures', () => {
    const extra = BULLETIN.replace(
      ' - ★ 铜陵市打造创新型城市 4',
      ' - ★ 铜陵市打造创新型城市 4\n - ★ 合肥市建设科学中心 9',
    ).replace('一是加强平台建设。新建孵化器 7 家。\n\n二是加强人才引育。引进人才 20 名。', '全市新建孵化器 7 家。');
    const codes = run(extra, 'issue.txt').issues.map((i) => i.code);
    expect(codes).toContain('toc_entry_not_found');
    expect(codes).toContain('no_measures');
  });

  it('finds articles by place-name headings when there is no TOC', () => {
    const noToc = BULLETIN.split('\n')
      .filter((l) => !l.includes('★'))
      .join('\n');
    expect(run(noToc, 'issue.txt').articles.map((a) => a.title)).toEqual([
      '南京市推进原始创新',
      '铜陵市打造创新型城市',
    ]);
  });

  it('reads a news item without header or TOC as one article', () => {
    const r = run('宜昌高新区举办科技成果对接会\n\n6 月 16 日，宜昌高新区举办对接会，签约项目 12 个。', 'news.txt');
    expect(r.source.kind).toBe('single_article');
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({ title: '宜昌高新区举办科技成果对接会', region: { code: '420500-gxq' } });
    expect(r.issues.map((i) => i.code)).toContain('date_unknown');
  });

  it('reads a news page listing dated items as one article per item, each placed by the page', () => {
    const page = [
      '首页 > 工作动态',
      '',
      '经开区召开专利转化推进会',
      '发布时间：2025-03-18　来源：经发局',
      '',
      '3月17日，经开区召开专利转化推进会，全区新增发明专利 96 件。',
      '',
      '经开区2家企业获评省级企业技术中心',
      '发布时间：2025-03-02',
      '',
      '近日，省工信厅公布名单，经开区2家企业入选，占全市入选总数的20%。',
    ].join('\n');
    const r = run(page, 'page.txt', { publisher: '宜昌高新技术产业开发区管委会' });
    expect(r.articles.map((a) => a.title)).toEqual(['经开区召开专利转化推进会', '经开区2家企业获评省级企业技术中心']);
    // The second item says 全市 (its parent city) and the bare 经开区: it speaks of the zone.
    expect(r.articles.map((a) => a.region?.code)).toEqual(['420500-gxq', '420500-gxq']);
  });

  it.each([
    ['one line of prose', '全市推进科技创新。'],
    ['only punctuation', '。，、；——……'],
    ['a TOC with no body', '- ★ 南京市推进原始创新.....2'],
    ['Latin text', 'Lorem ipsum dolor sit amet, 2024 edition, 5 items.'],
    ['stray markup', '###\n\n**\n\n- \n\n★'],
    // Long runs that a careless /[…]+$/ would scan quadratically; the test timeout is the guard.
    ['a 200 000-character run of dashes', `南京市推进科技创新\n\n${'-'.repeat(200_000)}x`],
    ['a 200 000-character run of hashes', `${'#'.repeat(200_000)}x\n\n全市高企 5 家。`],
    ['a 200 000-character run of leader dots', `- ★ 南京市推进${'.'.repeat(200_000)}x\n\n南京市推进\n\n正文。`],
  ])('never throws on %s', (_name, text) => {
    expect(() => run(text)).not.toThrow();
  });
});

describe('a 公文 notice', () => {
  it('takes the notice title, not the red header or the document number, as the title', () => {
    const text = [
      '洛阳市人民政府办公室文件',
      '洛政办〔2025〕12号',
      '洛阳市人民政府办公室关于印发科技成果转化实施方案的通知',
      '各县（市、区）人民政府，市人民政府各部门：',
      '现将方案印发给你们，请认真贯彻执行。',
      '（此件公开发布）',
    ].join('\n\n');
    const r = run(text);
    expect(r.articles.map((a) => a.title)).toEqual(['洛阳市人民政府办公室关于印发科技成果转化实施方案的通知']);
  });
});

describe('page furniture around a single article', () => {
  it('skips a newspaper page line and a breadcrumb before the headline', () => {
    const paper = run(
      '人民日报 2025年05月20日 第07版\n\n南京推进种业创新\n\n全市培育新品种 186 个。\n\n《 人民日报 》（ 2025年05月20日 07 版）',
    );
    expect(paper.articles.map((a) => a.title)).toEqual(['南京推进种业创新']);
    const web = run(
      '当前位置：首页 > 新闻动态 > 工作动态\n\n南京市重点实验室评估结果揭晓\n\n参评实验室 126 家。\n\n上一篇：省科技厅召开工作会议\n下一篇：我省3个项目获批',
    );
    expect(web.articles.map((a) => a.title)).toEqual(['南京市重点实验室评估结果揭晓']);
    expect(web.articles[0]!.indicators.map((i) => i.text)).toEqual(['126 家']);
  });

  it('takes the masthead as the title of a 简报 whose items have no headline', () => {
    const r = run(
      '南京市科技工作简报\n\n2025年第5期\n\n【5月6日】区科技局召开推进会，新增企业 120 家。\n\n【5月15日】区科技局评审项目 152 项。',
    );
    expect(r.articles.map((a) => a.title)).toEqual(['南京市科技工作简报']);
    expect(r.articles[0]!.measures.map((m) => m.title)).toEqual(['5月6日', '5月15日']);
  });
});
