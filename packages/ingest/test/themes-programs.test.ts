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
