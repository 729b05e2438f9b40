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
