/**
 * A figure of another named place, or of the counties only, is not the article's aggregate, so it is
 * never linked (issue 8, links rule 1): the reverse of a provincial total in a city text. Sentences
 * and figures invented for this test; the places are real names from the gazetteer.
 */
import { describe, expect, it } from 'vitest';
import { extract, loadIngestContext } from '../src/index';
import { DATA_DIR } from './eval/gold';

const ctx = await loadIngestContext(DATA_DIR);
/** A province's text names the counties it ranks, so its opening says whose text it is. */
const PROVINCE = '江西省科学技术厅关于县域科技创新评价结果的通报';
const OPENING = '全省共有100个县（市、区）参加评价。';
const linkOf = (title: string, sentence: string, figure: string) => {
  const body = title === PROVINCE ? `${OPENING}\n${sentence}` : sentence;
  const res = extract(`${title}\n\n${body}\n`, { ...ctx, fileName: 'bulletin-2024-07.txt' });
  expect(res.articles[0]?.region?.name).toBe(title.slice(0, 3));
  const found = res.articles.flatMap((a) => a.indicators).find((i) => i.text === figure);
  if (!found) throw new Error(`no figure ${figure} in ${sentence}`);
  return found.indicator;
};

describe('figures of another place', () => {
  it.each([
    // A province's ranking: each county's figures are the county's.
    [PROVINCE, '2023年，南昌县综合排名第一，研发投入强度达到3.05%。', '3.05%', null],
    [PROVINCE, '南昌县领先；上饶县高新技术企业总数达到215家，比上年末增加31家。', '215家', null],
    [PROVINCE, '南昌县领先；上饶县高新技术企业总数达到215家，比上年末增加31家。', '31家', null],
    // Counties only, in a province's or a city's text: narrower than the place.
    [PROVINCE, '全省高新技术企业6800家，其中县域高新技术企业2950家。', '2950家', null],
    ['赣州市推进县域科技创新', '全市县域高新技术企业达到540家。', '540家', null],
    // The article's own place, named or said again after another place: linked.
    [PROVINCE, '全省高新技术企业6800家，其中县域高新技术企业2950家。', '6800家', 'high_tech_enterprises'],
    [PROVINCE, '与浙江省相比，全省高新技术企业达到6800家。', '6800家', 'high_tech_enterprises'],
    ['赣州市推进科技创新', '赣州市高新技术企业达到1200家。', '1200家', 'high_tech_enterprises'],
    // In a county's own text, 县域 is the county itself.
    ['南昌县推进科技创新', '全县县域高新技术企业达到120家。', '120家', 'high_tech_enterprises'],
    // A city in a document's name is not the topic of the figure.
    [
      '赣州市推进科技创新',
      '根据《南昌市科技创新条例》，全市高新技术企业达到1200家。',
      '1200家',
      'high_tech_enterprises',
    ],
  ])('%s: %s → %s is %s', (title, sentence, figure, expected) => {
    expect(linkOf(title, sentence, figure)).toBe(expected);
  });
});
