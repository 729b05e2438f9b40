/**
 * Issue 9, classes that one blind set showed and that recur in local news pages and notices: a place
 * known only from a newspaper's masthead line or a county's own bank, furniture under 相关链接, a
 * look-back lead-in that lists like a plan, a notice assigning the year's tasks, a lead-in's 全年
 * framing its items. Texts invented here.
 */
import { describe, expect, it } from 'vitest';
import { run } from './fixtures/run';

const all = (text: string, hints?: Parameters<typeof run>[2]) =>
  run(text, undefined, hints).articles.flatMap((a) => a.indicators);
const find = (text: string, figure: string) => all(text).find((f) => f.text === figure);

describe('places from a masthead line and from local institutions', () => {
  it('reads a newspaper masthead line printed in the file as the source, not as the title', () => {
    const r = run(
      [
        '扬州日报　2024年5月6日　星期一　第02版：要闻',
        '我市新增省级研发机构41家',
        '本报讯 记者从市科技局获悉，今年1-4月，全市新增省级研发机构41家，新增科技型中小企业520家。',
      ].join('\n\n'),
    );
    const a = r.articles[0]!;
    expect(a.title).toBe('我市新增省级研发机构41家');
    expect(a.region?.code).toBe('321000');
    expect(a.place).toMatchObject({ evidence: 'metadata', review: false });
    expect(a.place?.note).toContain('扬州日报');
  });

  it('takes a county-level place from its own rural commercial bank', () => {
    const r = run(
      '科技金融助力企业发展\n\n今年以来，全市科技型企业获得贷款持续增加。高邮市农村商业银行推出专属产品，累计放款1.2亿元，支持本地企业35家。',
    );
    expect(r.articles[0]).toMatchObject({ region: { code: '321084' }, place: { evidence: 'institution' } });
  });
});

describe('page furniture under a related-links heading', () => {
  it('reads no figures in the link lines, while the article before them keeps its own', () => {
    const text = [
      '某市科技局开展企业走访',
      '今年以来，市科技局走访企业120家，协调解决问题36个。',
      '相关链接：',
      '· 全市2023年新增高新技术企业88家',
      '· 市科技局召开2024年全市科技工作会议',
    ].join('\n\n');
    expect(all(text).map((f) => f.text)).toEqual(['120家', '36个']);
  });
});

describe('lead-ins that look like a plan and plans that look like a notice', () => {
  const list = (lead: string) =>
    [
      '某县科技成果转化取得成效',
      '今年以来，全县科技成果转化工作稳步推进。',
      lead,
      '1.建设转化平台。建成成果展示中心，上架成果80项。',
      '2.壮大人才队伍。选派科技特派员25名。',
    ].join('\n\n');

  it('reads the items after a look-back lead-in (采取了以下措施) as done, not planned', () => {
    expect(find(list('县科技局主要采取了以下措施：'), '80项')?.status).toBe('actual');
    expect(find(list('县科技局主要采取了以下措施：'), '25名')?.status).toBe('actual');
  });

  it('still reads a lead-in saying what will be done as a plan', () => {
    expect(find(list('下一步，县科技局将采取以下措施：'), '80项')?.status).toBe('target');
  });

  it("reads a notice's numbered tasks (通知如下) as the year's goals, and 年内 as that year", () => {
    const text = [
      '某市科学技术局关于做好2024年度技术转移工作的通知',
      '各县（区）科技主管部门：',
      '为加快技术转移，现就做好2024年度技术转移工作通知如下：',
      '一、开展需求征集。各县（区）要在年内征集企业技术需求不少于150项。',
      '二、培育技术经纪人。全年培训技术经纪人80人次。',
    ].join('\n\n');
    const need = find(text, '150项');
    expect(need).toMatchObject({ status: 'target', period: { type: 'full_year' } });
    expect(find(text, '80人次')?.status).toBe('target');
  });

  it("dates a list's items by the lead-in's 全年 (全年重点抓了三项工作：)", () => {
    const text = [
      '某市科技局2023年工作回顾',
      '2023年，全市科技工作取得新进展。',
      '市科技局负责同志介绍，全年重点抓了两项工作：',
      '（一）培育科技企业。建立培育库，入库企业430家。',
      '（二）优化服务。组织专家辅导企业260家次。',
    ].join('\n\n');
    expect(find(text, '430家')?.period.type).toBe('full_year');
    expect(find(text, '260家次')?.period.type).toBe('full_year');
  });
});
