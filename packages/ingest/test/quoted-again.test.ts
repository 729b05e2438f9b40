/**
 * A digest line or a question that quotes a fact stated elsewhere is one more span of that fact
 * (issue 9 part 1). Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run } from './fixtures/run';

const found = (text: string, file = 'bulletin-2025-03.txt') => run(text, file).articles.flatMap((a) => a.indicators);

describe('mentions that quote a fact again', () => {
  it('joins a 划重点 line to the table cell and the rule it restates', () => {
    const text = [
      '《某区科技企业奖励办法》解读',
      '问：新认定的企业有什么奖励？',
      '答：按认定类别给予奖励，具体如下：',
      '',
      '类别\t认定部门\t奖励金额（万元）',
      '国家级\t科技部\t40',
      '省级\t省科技厅\t15',
      '',
      '问：研发中心有什么补助？',
      '答：对企业新建研发中心的，按投入的20%给予补助，单个企业最高80万元。',
      '划重点：国家级奖励40万元，研发中心补助最高80万元。',
    ].join('\n');
    const figures = found(text);
    const reward = figures.filter((f) => f.value === 40);
    expect(reward).toHaveLength(1);
    expect(reward[0]!.text).toBe('40');
    expect(reward[0]!.repeats?.map((r) => r.text)).toEqual(['40万元']);
    const cap = figures.filter((f) => f.value === 80);
    expect(cap).toHaveLength(1);
    expect(cap[0]!.repeats).toHaveLength(1);
  });

  it('joins a figure a reporter quotes back to the statement, keeping the statement’s reading', () => {
    const text = [
      '全市科技创新新闻发布会实录',
      '王局长：',
      '2024年，全市技术合同成交额达到318.5亿元，增长16.2%。',
      '下一步，我们将重点做好两方面工作：一是壮大技术市场，全年新增技术经理人200名；二是完善转化服务。',
      '日报记者：',
      '刚才提到全市技术合同成交额达到318.5亿元，请问下一步如何提升本地转化？',
    ].join('\n');
    const turnover = found(text).filter((f) => f.value === 318.5);
    expect(turnover).toHaveLength(1);
    expect(turnover[0]).toMatchObject({ status: 'actual', period: { type: 'full_year' } });
    expect(turnover[0]!.repeats).toHaveLength(1);
  });

  it('keeps a question’s amount apart when it is about something else', () => {
    const text = [
      '某区科技政策问答',
      '答：全区高新技术企业达到500家。',
      '问：研发费用超过500万元的企业能否申请补助？',
    ].join('\n');
    expect(found(text).filter((f) => f.value === 500)).toHaveLength(2);
  });

  it('joins the bullets of a box headed by a digest label to the body, even with other subject words', () => {
    const text = [
      '科技服务进园区　这一年我区交出成绩单',
      '【数据速览】',
      '●全区选派技术专员214名，覆盖全部园区',
      '●建成服务站35个',
      '今年以来，全区共选派省、市、区三级技术专员214名，在各园区建成服务站35个。',
      '另外，全区科技企业孵化器新增在孵企业35个。',
    ].join('\n\n');
    const figures = found(text, 'bulletin-2025-11.txt');
    const experts = figures.filter((f) => f.value === 214);
    expect(experts).toHaveLength(1);
    expect(experts[0]).toMatchObject({ period: { type: 'year_to_date' } });
    expect(experts[0]!.repeats).toHaveLength(1);
  });

  it('joins a total quoted as the base of a share, and a reminder line restating a rule', () => {
    const text = [
      '某市2024年科技经费执行情况',
      '2024年，全市科技支出完成8.62亿元，比上年增长7.5%。',
      '其中，市本级科技支出3.10亿元，占全市科技支出8.62亿元的36.0%。',
      '对研发投入超过500万元的企业按5%给予补助，单个企业最高补助150万元。',
      '温馨提示：单个企业最高补助150万元，请如实申报。',
    ].join('\n\n');
    const figures = found(text);
    expect(figures.filter((f) => f.value === 8.62)).toHaveLength(1);
    expect(figures.find((f) => f.value === 8.62)?.repeats).toHaveLength(1);
    expect(figures.filter((f) => f.value === 150)).toHaveLength(1);
  });
});
