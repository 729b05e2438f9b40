import { describe, expect, it } from 'vitest';
import { buildMeasureInput, splitList } from './measure-entry';

describe('splitList', () => {
  it.each([
    { text: '科技贷、英才兴蒙', list: ['科技贷', '英才兴蒙'] },
    { text: '科技贷, 英才兴蒙，草原英才', list: ['科技贷', '英才兴蒙', '草原英才'] },
    { text: '科技贷;英才兴蒙；草原英才', list: ['科技贷', '英才兴蒙', '草原英才'] },
    { text: '科技贷\n英才兴蒙\n', list: ['科技贷', '英才兴蒙'] },
    { text: ' 、 ,', list: [] },
    { text: '', list: [] },
  ])('$text', ({ text, list }) => {
    expect(splitList(text)).toEqual(list);
  });
});

describe('buildMeasureInput', () => {
  const form = (entries: Array<[string, string]>) => {
    const data = new FormData();
    for (const [k, v] of entries) data.append(k, v);
    return data;
  };

  it('reads every field, themes in form order, programmes split', () => {
    expect(
      buildMeasureInput(
        form([
          ['region', '320100'],
          ['themes', 'talent'],
          ['themes', 'tech_finance'],
          ['title', ' 设立风险补偿资金池 '],
          ['text', '按实际损失给予补偿。'],
          ['date', '2024-03-01'],
          ['programs', '科技贷、英才兴蒙'],
          ['document', '呼政办发〔2024〕12号'],
          ['url', 'https://kjj.huhhot.gov.cn/a.html'],
        ]),
      ),
    ).toEqual({
      region: '320100',
      themes: ['talent', 'tech_finance'],
      title: '设立风险补偿资金池',
      text: '按实际损失给予补偿。',
      date: '2024-03-01',
      programs: ['科技贷', '英才兴蒙'],
      document: '呼政办发〔2024〕12号',
      url: 'https://kjj.huhhot.gov.cn/a.html',
    });
  });

  it('sends empty optional fields as null and defaults the place to 呼和浩特市', () => {
    expect(
      buildMeasureInput(
        form([
          ['document', '  '],
          ['url', ''],
        ]),
      ),
    ).toEqual({
      region: '150100',
      themes: [],
      title: '',
      text: '',
      date: '',
      programs: [],
      document: null,
      url: null,
    });
  });
});
