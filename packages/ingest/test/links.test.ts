/**
 * Linking figures to the real catalogue (data/taxonomy/indicators.json): each rule of
 * link-indicator.ts and @ipb/domain's indicator-fit.ts on sentences written for this test (the
 * places and figures are invented). A wrong link is worse than none, so most cases here are
 * figures that must stay unlinked.
 */
import { describe, expect, it } from 'vitest';
import { extract, loadIngestContext } from '../src/index';
import { createIndicatorLinker, type LinkContext } from '../src/link-indicator';
import { DATA_DIR } from './eval/gold';

const ctx = await loadIngestContext(DATA_DIR);
const linkOf = (sentence: string, figure: string, place = '南京市') => {
  const res = extract(`${place}推进科技创新\n\n${sentence}\n`, { ...ctx, fileName: 'bulletin-2024-07.txt' });
  const found = res.articles.flatMap((a) => a.indicators).find((i) => i.text === figure);
  if (!found) throw new Error(`no figure ${figure} in ${sentence}`);
  return found.indicator;
};

describe('links that are right', () => {
  it.each([
    ['截至年底，全市高新技术企业达到1320家。', '1320家', 'high_tech_enterprises'],
    ['全年新认定国家高新技术企业215家。', '215家', 'new_high_tech_enterprises_recognized'],
    ['全市现有国家高新技术企业980家，较上年底增加120家。', '120家', 'new_national_high_tech_enterprises_added'],
    ['全年新入库国家科技型中小企业640家。', '640家', 'new_national_tech_smes'],
    ['入库省科技型中小企业1520家。', '1520家', 'provincial_tech_smes_total'],
    ['全年吸纳技术合同成交额36.5亿元。', '36.5亿元', 'tech_contract_absorbed_turnover'],
    ['全年输出技术合同成交额18.2亿元。', '18.2亿元', 'tech_contract_output_turnover'],
    ['全年登记技术合同960项，成交额达到21.4亿元。', '21.4亿元', 'tech_contract_turnover'],
    ['全社会研发投入强度达到2.64%。', '2.64%', 'rd_intensity'],
    // 共建成 is 共 (in all) + 建成: the place's own count, not a partnership.
    ['全市共建成研发机构86家。', '86家', 'rd_institutions'],
    ['全社会研发投入占GDP比重为3.91%。', '3.91%', 'rd_intensity'],
    ['研发经费支出占地区生产总值的比重为2.9%。', '2.9%', 'rd_intensity'],
    ['高新技术产业增加值占规模以上工业增加值比重达到48.2%。', '48.2%', 'high_tech_industry_value_added_share'],
    ['每万人口发明专利拥有量达到31.6件。', '31.6件', 'invention_patents_per_10k'],
    ['全市地区生产总值628.5亿元，同比增长6.8%。', '628.5亿元', 'gdp'],
    // A growth rate said at current prices is the nominal value's growth.
    ['按现价计算，全市地区生产总值增长8.1%。', '8.1%', 'gdp'],
    // A bare total counts what the figure before it counted; a net change adds to its stock.
    ['全年高新技术企业净增41家，截至年底总数达到412家。', '41家', 'new_national_high_tech_enterprises_added'],
    ['全年高新技术企业净增41家，截至年底总数达到412家。', '412家', 'high_tech_enterprises'],
    // A count word at the end of a term may be left unsaid; 预计 and a comparison base are not the subject.
    ['全年发明专利授权1106件。', '1106件', 'invention_patents_granted'],
    ['全年全社会研发经费支出预计为29.8亿元。', '29.8亿元', 'rd_expenditure'],
    ['到2027年，全市高新技术企业数量在2023年基础上增长1倍。', '1倍', 'high_tech_enterprises'],
    ['技术合同成交额增长15%以上，力争达到360亿元。', '360亿元', 'tech_contract_turnover'],
    // A rate after an unlinked change is the count's growth, not the change's.
    ['全年入库国家科技型中小企业640家，同比增加90家，增长16.4%。', '16.4%', 'tech_smes'],
    // 完成, 仅为 between the term and the number say how the value came out.
    ['全年全市地区生产总值完成733.6亿元。', '733.6亿元', 'gdp'],
    ['全年技术合同成交额仅为9.4亿元。', '9.4亿元', 'tech_contract_turnover'],
  ])('%s → %s is %s', (sentence, figure, indicator) => {
    expect(linkOf(sentence, figure)).toBe(indicator);
  });
});

describe('figures that stay unlinked', () => {
  it.each([
    ['products, not enterprises', '推出涵盖高企、专精特新企业的科创金融产品160余款。', '160余款'],
    ['a national count in a city text', '国家药监局批准上市的40款国产1类创新药中，有4款来自本市企业。', '40款'],
    ['a provincial total in a city text', '全省高新技术企业达到5.1万家。', '5.1万家'],
    ['a % is never a 元 indicator', '企业研发投入占营业收入的比重为3.2%。', '3.2%'],
    ['a share of the whole is not the indicator', '科技型中小企业入库801家，占全区的55.66%。', '55.66%'],
    ['several registers at once', '国家级、省级科技型中小企业入库2210家。', '2210家'],
    ['the beneficiaries of loans, however long the noun', '全年发放科技贷款9亿元，惠及科技型中小企业208家。', '208家'],
    [
      'a year-on-year change of a stock is not the additions',
      '截至目前，全市高新技术企业总数达到530家，较上年同期增加14家。',
      '14家',
    ],
    ['provincial and above is not all levels', '全区拥有省级以上孵化器23家。', '23家'],
    ['two indicators counted together', '建成各类孵化器和众创空间46家。', '46家'],
    ['one sector’s contribution, not the economy’s', '今年全市林业科技进步贡献率达到57.4%。', '57.4%'],
    ['a count built jointly with others', '截至年底，全市吸引科研院所共建研发机构17家。', '17家'],
    ['recipients of a service', '全年为312家科技型企业发放贷款36.5亿元。', '312家'],
    ['a balance is not the loans issued', '科技型企业贷款余额达到268亿元。', '268亿元'],
    ['an effect, not the place’s spending', '带动企业研发投入4.2亿元。', '4.2亿元'],
    ['one sector of the place', '全市钛产业高新技术企业达到156家。', '156家'],
    ['a change is not a level', '新认定高新技术企业97家，较上年增加29家。', '29家'],
    ['a goal to build a few is not the stock', '到2027年，建成1-2个高质量孵化器。', '1-2个'],
    ['one company’s goal', '该公司力争到2028年实现年出货量300万台、产值35亿元。', '35亿元'],
    ['a multi-year total is not the yearly flow', '五年来，技术合同成交额累计突破600亿元。', '600亿元'],
    ['a policy parameter', '对企业研发投入按增量部分的10%给予补助。', '10%'],
    ['a head noun after the term', '新增省级高新技术企业研发中心15家。', '15家'],
    ['a year-on-year change of an annual register', '入库国家科技型中小企业735家，同比增加126家。', '126家'],
    [
      'a breakdown that names its own population',
      '新增省级专精特新中小企业27家，其中2家入选国家级专精特新“小巨人”企业。',
      '2家',
    ],
    ['new loans are the growth of a balance, not the loans issued', '全年新增科技贷款30亿元。', '30亿元'],
    ['one facility’s staff', '某某新材料实验室一期建成投用，全年集聚研发人员320名。', '320名'],
    ['another place’s growth rate', '规上工业企业研发费用21.6亿元，同比增长18.3%，全省同期增速为14.1%。', '14.1%'],
    ['an item of a list of additions', '全市新获批省级工程技术研究中心4个、省级重点实验室2个。', '2个'],
    [
      'a point change of a growth rate',
      '全市R&D经费投入158.3亿元，同比增长6.1%，增速比上年回落3.4个百分点。',
      '3.4个百分点',
    ],
    // Gold guideline rule (1): a change in points is a different quantity from the share it changes.
    ['a point change of a share', '全社会研发投入强度达到2.71%，比上年提高0.09个百分点。', '0.09个百分点'],
    ['a point change of a share, said alone', '高新技术产业增加值占比提高1.6个百分点。', '1.6个百分点'],
    // Gold guideline rule (2): GDP growth is real growth at comparable prices; `gdp` is nominal.
    ['real GDP growth after the level', '全市地区生产总值628.5亿元，同比增长6.8%。', '6.8%'],
    ['real GDP growth said alone', '全县地区生产总值增长5.9%。', '5.9%'],
    ['a GDP growth goal', '预期目标：地区生产总值增长6%左右。', '6%'],
  ])('%s: %s', (_why, sentence, figure) => {
    expect(linkOf(sentence, figure)).toBeNull();
  });
});

describe('whose figure it is', () => {
  const figureIn = (sentence: string, figure: string) => {
    const res = extract(`扬州市推进科技创新\n\n${sentence}\n`, { ...ctx, fileName: 'bulletin-2024-07.txt' });
    return res.articles.flatMap((a) => a.indicators).find((i) => i.text === figure);
  };

  it.each([
    ['该公司力争到2028年实现年产值35亿元。', '35亿元', false],
    ['该基金力争撬动超50亿元社会资本。', '50亿元', false],
    ['该市每年投入4000万元支持科技计划。', '4000万元', true],
    ['到2025年，全市高新技术企业达到3000家。', '3000家', true],
  ])('%s → %s is the place’s own: %s', (sentence, figure, own) => {
    expect(figureIn(sentence, figure)?.placeAggregate ?? true).toBe(own);
  });
});

describe('a unit no indicator takes', () => {
  // The linker does not look for a term when no indicator of the catalogue takes the figure's unit
  // and kind: every fit would fail on the unit. A ratio phrase is read without the unit, so after
  // 占 or 相当于 it is still looked for; these cases fail if the early answer forgets that.
  const linker = createIndicatorLinker(ctx.indicators);
  const asked = (window: string, unit: string, kind: LinkContext['kind']) =>
    linker.link({
      subject: window,
      window,
      clause: `${window}为`,
      after: '',
      unit,
      kind,
      periodType: 'full_year',
      provinceArticle: false,
      sentence: `全年${window}为`,
    })?.id ?? null;

  it('still links a ratio phrase, which does not ask the unit', () => {
    expect(asked('全社会研发投入占GDP比重', '次', 'actual')).toBe('rd_intensity');
    expect(asked('全社会研发投入占GDP比重', '%', 'share')).toBe('rd_intensity');
  });

  it('leaves the rest unlinked, as the fit rules would', () => {
    expect(asked('全社会研发投入占GDP比重', '次', 'growth')).toBeNull();
    expect(asked('高新技术企业', '次', 'actual')).toBeNull();
    expect(asked('高新技术企业', '家', 'actual')).toBe('high_tech_enterprises');
  });
});
