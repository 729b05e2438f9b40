import { describe, expect, it } from 'vitest';
import { run } from './fixtures/run';

const regionOf = (text: string) => {
  const r = run(text);
  return { code: r.articles[0]?.region?.code ?? null, issues: r.issues.map((i) => i.code) };
};

describe('attributing an article to a region', () => {
  it.each([
    ['a city in the title', '南京市加快建设科技创新高地\n\n今年以来，全市推进创新。', '320100'],
    ['province + city', '安徽省铜陵市推进产业创新\n\n一是实施行动。内容。', '340700'],
    ['province + zone', '湖北宜昌高新区：推动科技创新\n\n近年来，全区推进创新。', '420500-gxq'],
    ['city + district in the lead refines the title', '滁州市推动成果转化\n\n滁州市琅琊区积极构建创新体系。', '341102'],
    [
      'an ambiguous district resolved by its city',
      '宁波：探索创新\n\n针对企业研发难问题，宁波市江北区整合资源。',
      '330205',
    ],
    [
      'no place in the title: the place named most',
      '“某某”平台推进工程\n\n平台着力将呼和浩特打造成为中心，在呼和浩特落地，与北京合作。',
      '150100',
    ],
    [
      'a place inside an institution name is not the region',
      '“某某”平台推进工程\n\n平台与内蒙古大学、内蒙古农业大学合作，在呼和浩特落地。',
      '150100',
    ],
    ['我市 refers to the title place', '上海市发布行动方案\n\n近期，我市制定了方案，与北京、江苏合作。', '310000'],
  ])('%s', (_name, text, code) => {
    expect(regionOf(text).code).toBe(code);
  });

  it('reports an article with no place as an issue, not an exception', () => {
    const r = regionOf('某平台推进工程\n\n平台推进创新。');
    expect(r.code).toBeNull();
    expect(r.issues).toContain('region_not_found');
  });

  it('warns when a name stays ambiguous', () => {
    const r = regionOf('江北区推进创新\n\n全区推进创新。');
    expect(r.issues).toContain('region_ambiguous');
  });

  it('fills city and province from the gazetteer', () => {
    const a = run('滁州市推动成果转化\n\n滁州市琅琊区积极构建创新体系。').articles[0]!;
    expect(a.region).toEqual({ code: '341102', name: '琅琊区', level: 'county', city: '滁州市', province: '安徽省' });
  });
});

describe('places from context (issue 9): 我市/全区 in a text that names no place', () => {
  const placeOf = (text: string, hints?: Parameters<typeof run>[2]) => {
    const r = run(text, undefined, hints);
    const a = r.articles[0]!;
    return { code: a.region?.code ?? null, place: a.place, issues: r.issues.map((i) => i.code) };
  };
  const districtNews = '科技局召开企业培育工作会\n\n近日，全区科技型企业培育工作会召开，全区新增高新技术企业 12 家。';

  it.each([
    ['the place hint', { place: '宁波市江北区' }, '330205'],
    ['the place hint as a code', { place: '330205' }, '330205'],
    ['the publisher hint', { publisher: '宁波市江北区科学技术局' }, '330205'],
    [
      'a gov.cn host whose labels name the district and its city',
      { url: 'https://jiangbei.ningbo.gov.cn/art/1.html' },
      '330205',
    ],
  ])('takes it from %s, and says so in a parse note', (_what, hints, code) => {
    const r = placeOf(districtNews, hints);
    expect(r.code).toBe(code);
    expect(r.place).toMatchObject({ evidence: 'metadata', review: false });
    expect(r.place?.note).toContain('全区');
    expect(r.issues).toContain('place_from_context');
  });

  it('does not read a university named in the title as the place: 与南京理工大学共建', () => {
    const r = placeOf('高新区与南京理工大学共建联合实验室\n\n近日，高新区与南京理工大学签约，共建联合实验室 2 个。', {
      publisher: '宜昌高新技术产业开发区管委会',
    });
    expect(r).toMatchObject({ code: '420500-gxq', place: { evidence: 'metadata' } });
  });

  it('does not take a place of another kind from the metadata: a city is not 全区', () => {
    expect(placeOf(districtNews, { publisher: '宁波市科学技术局' })).toMatchObject({ code: null });
  });

  it('does not read an ambiguous name: jiangbei alone, 江北区 alone are two districts', () => {
    expect(placeOf(districtNews, { url: 'http://jiangbei.gov.cn' }).code).toBeNull();
    expect(placeOf(districtNews, { place: '江北区' }).code).toBeNull();
  });

  it('reads a host label naming places of several kinds by the kind the text calls itself', () => {
    // xiangyang: 襄阳市 and two 向阳区. A text saying 全市 is the city; one saying 全区 is either district.
    const cityNews = '科技局召开企业培育工作会\n\n近日，全市科技型企业培育工作会召开。';
    expect(placeOf(cityNews, { url: 'http://kjj.xiangyang.gov.cn/a/1.html' })).toMatchObject({
      code: '420600',
      place: { evidence: 'metadata' },
    });
    expect(placeOf(districtNews, { url: 'http://kjj.xiangyang.gov.cn/a/1.html' }).code).toBeNull();
  });

  it('takes a place named in a document above it in the same file: a 通知 and its 解读', () => {
    const r = run(
      [
        '柳州市科学技术局关于印发《企业研发投入后补助实施细则》的通知',
        '各有关单位：',
        '现将《柳州市企业研发投入后补助实施细则》印发给你们，请认真贯彻执行。',
        '柳州市科学技术局',
        '2024年3月15日',
        '《企业研发投入后补助实施细则》政策解读',
        '一、制定背景是什么？',
        '2023年，我市全社会研发经费投入强度为2.41%，与先进地区相比仍有差距。',
        '二、哪些企业可以申报？',
        '在我市依法注册的企业均可申报。',
      ].join('\n\n'),
    );
    expect(r.articles.map((a) => [a.title, a.region?.code, a.place?.evidence, a.measures.length])).toEqual([
      ['柳州市科学技术局关于印发《企业研发投入后补助实施细则》的通知', '450200', 'named', 0],
      ['《企业研发投入后补助实施细则》政策解读', '450200', 'earlier', 2],
    ]);
  });

  it('takes the publisher line the text prints', () => {
    const r = placeOf(`${districtNews.replace('\n\n', '\n\n来源：宁波市江北区科技局\n\n')}`);
    expect(r).toMatchObject({ code: '330205', place: { evidence: 'metadata' } });
  });

  it('takes a local institution the text names', () => {
    const r = placeOf('企业培育工作会召开\n\n近日，全区企业培育工作会召开。会上，琅琊区科技局负责人介绍了全区情况。');
    expect(r).toMatchObject({ code: '341102', place: { evidence: 'institution' } });
  });

  it("takes a city's own college, academy of agricultural sciences and numbered hospital", () => {
    const r = placeOf(
      '成果转化推进会召开\n\n近日，我市召开成果转化推进会。扬州学院、扬州市农业科学研究院和扬州市第二医院介绍了转化案例。',
    );
    expect(r).toMatchObject({ code: '321000', place: { evidence: 'institution' } });
  });

  it('does not take a university named after a place for the place', () => {
    const r = placeOf('成果转化推进会召开\n\n近日，我市召开成果转化推进会，南京大学专家介绍了转化案例。');
    expect(r.code).toBeNull();
  });

  it('takes a place of the right kind named before the text first says 我市', () => {
    const r = placeOf('创新大会召开\n\n近日，创新大会召开。\n\n会议由宁波市主办，会上介绍了我市创新成效。');
    expect(r).toMatchObject({ code: '330200', place: { evidence: 'earlier' } });
  });

  it.each([
    ['nothing at all', '企业培育工作会召开\n\n近日，全市企业培育工作会召开，全市新增高新技术企业 12 家。'],
    ['only the province around it', '企业入选名单\n\n近日，江苏省科技厅公布名单，我市 12 家企业入选。'],
    ['only a destination', '企业参展\n\n近日，我市组织 12 家企业赴上海参展。'],
    ['two places of its kind in the lead', '企业合作\n\n会议指出，南京市、扬州市要加强合作。我市将加强对接。'],
  ])('leaves the place empty and flags it for review when there is %s', (_what, text) => {
    const r = placeOf(text);
    expect(r.code).toBeNull();
    expect(r.place).toEqual({ evidence: null, note: null, review: true });
    expect(r.issues).toContain('region_not_found');
  });

  it('keeps a named place: the title wins over every hint', () => {
    const r = placeOf('南京市加快建设科技创新高地\n\n今年以来，全市推进创新。', { place: '江北区' });
    expect(r).toMatchObject({ code: '320100', place: { evidence: 'named' } });
  });
});
