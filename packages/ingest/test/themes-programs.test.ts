import type { Theme } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { classifyThemes } from '../src/classify-themes';
import { findPrograms } from '../src/find-programs';
import { THEMES } from './fixtures/context';

describe('classifyThemes', () => {
  it.each([
    ['为科技型企业发放贷款，开展融资对接。', ['tech_finance'], { tech_finance: ['贷款', '融资'] }],
    ['建设孵化器和众创空间，引进高层次人才。', ['innovation_platforms', 'talent'], null],
    ['研发养老科技产品，服务老年人。', ['elderly_care_tech'], null],
    ['推动传统产业改造。', ['other'], {}],
  ])('%s → %j', (text, themes, evidence) => {
    const r = classifyThemes(text, THEMES);
    expect(r.themes).toEqual(themes);
    if (evidence) expect(r.evidence).toEqual(evidence);
  });

  it('counts a term once per text and per theme that lists it, title double, evidence in lexicon order', () => {
    const theme = (id: Theme['id'], terms: Array<[string, number]>): Theme => ({
      id,
      nameZh: id,
      nameEn: id,
      description: '',
      stip: { themes: [], instruments: [] },
      lexicon: terms.map(([term, weight]) => ({ term, weight })),
    });
    // 基金 is in both lexicons; talent lists 人才 twice (the first entry counts); the text names the
    // terms in another order than the lexicons and 基金 twice.
    const themes = [
      theme('tech_finance', [
        ['贷款', 1],
        ['基金', 2],
        ['融资', 1],
      ]),
      theme('talent', [
        ['人才', 3],
        ['基金', 1],
        ['人才', 1],
        ['引进', 1],
      ]),
      theme('other', []),
    ];
    const text = '设立人才基金，引进人才，发放贷款；基金规模扩大。';
    expect(classifyThemes(text, themes)).toEqual({
      themes: ['talent', 'tech_finance'],
      evidence: { talent: ['人才', '基金', '引进'], tech_finance: ['贷款', '基金'] },
    });
    // In the title 贷款 and 基金 count double: tech_finance 2 + 4 = 6 ties talent's 3 + 2 + 1, and the
    // ids' order decides (talent before tech_finance); without the title tech_finance has 4 to talent's 5.
    const titled = classifyThemes(text, themes, '贷款基金');
    expect(titled.themes).toEqual(['talent', 'tech_finance']);
    expect(classifyThemes(text, themes, '贷款').themes).toEqual(['talent', 'tech_finance']);
    expect(classifyThemes(text, [themes[1]!, themes[0]!], '贷款基金').themes).toEqual(['talent', 'tech_finance']);
    // talent's 基金 alone (1) is under the floor of 2.
    expect(classifyThemes('发放贷款，设立基金。', themes, '贷款')).toEqual({
      themes: ['tech_finance'],
      evidence: { tech_finance: ['贷款', '基金'] },
    });
  });

  it('gives evidence for every theme it assigns', () => {
    const r = classifyThemes('推进成果转化和产学研合作，设立产业基金。', THEMES);
    for (const t of r.themes) expect(r.evidence[t]?.length).toBeGreaterThan(0);
  });
});

describe('findPrograms', () => {
  it.each([
    ['建立“科信贷”“科创债”机制。', ['科信贷', '科创债']],
    ['获得“青苗英才计划”资助。', ['青苗英才计划']],
    ['迭代开发“研发加速器”数字应用。', ['研发加速器']],
    ['依托“云上科创”服务平台。', ['云上科创']],
    ['开展“两清零一提升”专项行动。', ['两清零一提升']],
    ['取得“新突破”的重大要求。', []],
    ['以“四个聚焦”推动发展，推进“五大工程”。', []],
    ['获评“独角兽企业新城”。', []],
    ['他说：“我们将继续努力，做好服务。”', []],
  ])('%s → %j', (text, programs) => {
    expect(findPrograms(text)).toEqual(programs);
  });
});
