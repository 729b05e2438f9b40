import { describe, expect, it } from 'vitest';
import { segmentMeasures } from '../src/segment-measures';
import { run } from './fixtures/run';

const measuresOf = (body: string) => {
  const text = `宜昌高新区推进科技创新\n${body}`;
  return segmentMeasures(text, text.indexOf('\n') + 1, text.length).map((m) => ({
    ordinal: m.ordinal,
    title: m.title,
  }));
};

describe('segmentMeasures', () => {
  it('numbers 一是…二是… and skips the intro', () => {
    expect(measuresOf('近年来，全区推进创新。\n一是加强平台建设。新建平台。\n二是加强人才引育。引进人才。')).toEqual([
      { ordinal: 1, title: '加强平台建设' },
      { ordinal: 2, title: '加强人才引育' },
    ]);
  });

  it('continues a list that switches family (一是, 二是, 三、)', () => {
    const ms = measuresOf('一是甲事项。内容。\n二是乙事项。内容。\n三、丙事项。内容。');
    expect(ms.map((m) => m.title)).toEqual(['甲事项', '乙事项', '丙事项']);
  });

  it('keeps a nested enumeration inside its measure', () => {
    const ms = measuresOf(
      '一、聚焦人才引进。内容。\n二、聚焦资金保障。一是设立基金。二是贴息贷款。\n三、聚焦成果转化。内容。',
    );
    expect(ms.map((m) => m.title)).toEqual(['聚焦人才引进', '聚焦资金保障', '聚焦成果转化']);
  });

  it.each([
    ['（一）', '（一）加强平台建设。内容。\n（二）加强人才引育。内容。'],
    ['第一，', '第一，加强平台建设。内容。\n第二，加强人才引育。内容。'],
    ['1. ', '1. 加强平台建设。内容。\n2. 加强人才引育。内容。'],
    ['inline 一是', '全区推进三项工作。一是加强平台建设；二是加强人才引育。'],
  ])('reads %s markers', (_name, body) => {
    expect(measuresOf(body).map((m) => m.title)).toEqual(['加强平台建设', '加强人才引育']);
  });

  it('reads stand-alone sub-headings and lead sentences', () => {
    const lead = measuresOf(
      '发展康复辅具产业是关键之策。\n研发一批智能康复辅具产品。方案聚焦智能传感等领域，研发一批产品。\n强化人才支撑。方案将完善专业学科体系，打造人才队伍。',
    );
    expect(lead.map((m) => m.title)).toEqual(['研发一批智能康复辅具产品', '强化人才支撑']);
    const headed = measuresOf(
      '导语段落，介绍背景情况。\n### **摸底诊断，找准潜力企业**\n正文一。\n### **分类培育，壮大创新主体**\n正文二。',
    );
    expect(headed.map((m) => m.title)).toEqual(['摸底诊断，找准潜力企业', '分类培育，壮大创新主体']);
  });

  it.each([
    ['bold enumerators', '**一是加强平台建设。**新建平台。\n**二是加强人才引育。**引进人才。'],
    ['numbered section headings', '### 一、加强平台建设\n新建平台。\n### 二、加强人才引育\n引进人才。'],
  ])('reads %s without their markup', (_name, body) => {
    expect(measuresOf(body).map((m) => m.title)).toEqual(['加强平台建设', '加强人才引育']);
  });

  it('ends an inline list with its paragraph and titles its items by their first clause', () => {
    const text = run(
      '宜昌高新区推进科技创新\n\n全区出台政策。一是实施研发后补助，兑现资金 1.8 亿元；二是设立基金，规模 20 亿元。\n\n下一步，力争突破 600 家。',
    );
    const [a] = text.articles;
    expect(a!.measures.map((m) => m.title)).toEqual(['实施研发后补助', '设立基金']);
    expect(a!.indicators.find((i) => i.text === '600 家')?.measureOrdinal).toBeNull();
  });

  it('does not take bylines and sources for sub-headings', () => {
    expect(measuresOf('来源：南京日报\n记者 张三\n全市推进科技创新，成效明显。')).toEqual([]);
    const r = run('南京市推进科技创新\n\n来源：南京日报\n\n记者 张三\n\n全市推进科技创新，成效明显。');
    expect(r.articles[0]!.measures).toEqual([]);
  });

  it('does not take a web dateline or a 公文 distribution list for sub-headings', () => {
    const news = run(
      '某地科技创新跑出加速度\n\n2025-06-12 16:08:41　来源：某网\n\n全市推进科技创新，成效明显。\n\n【纠错】 【责任编辑:某某】',
    );
    expect(news.articles[0]!.measures).toEqual([]);
    const bulletin = run(
      '南京市推进科技创新\n\n全市推进科技创新，成效明显。\n\n（一）建设平台\n新建孵化器 3 家。\n\n（二）培育人才\n引进人才 20 名。\n\n报：市委办公室，市政府办公室\n送：各区科技局，市级有关部门\n（共印40份）',
    );
    expect(bulletin.articles[0]!.measures.map((m) => m.title)).toEqual(['建设平台', '培育人才']);
  });

  it('takes the numbered items of a report part (一、2024年工作成效) as its measures', () => {
    const body = [
      '一、2024年工作成效',
      '（一）企业培育。全年新认定高企 47 家。',
      '（二）平台建设。新建孵化器 6 家。',
      '二、2025年工作计划',
      '重点抓好以下工作。',
      '1. 企业培育。力争新认定高企 50 家。',
      '2. 平台建设。新建孵化器 3 家。',
    ].join('\n');
    expect(measuresOf(body).map((m) => m.title)).toEqual(['企业培育', '平台建设', '企业培育', '平台建设']);
  });

  it('does not continue 一、 with （二）: they are two levels of an outline, and the lower one holds the measures', () => {
    const body = [
      '一、加强平台建设',
      '（一）新建孵化器。',
      '（二）新建众创空间。',
      '二、加强人才引育',
      '引进人才 20 名。',
    ].join('\n');
    expect(measuresOf(body).map((m) => m.title)).toEqual(['新建孵化器', '新建众创空间', '加强人才引育']);
  });

  it("keeps a 公文's top level as the measures when most of its headings hold no sub-list", () => {
    const body = [
      '一、申报条件',
      '在本市注册的众创空间，运营满两年。',
      '二、支持方式',
      '（一）年度考核优秀的，给予奖励 20 万元。',
      '（二）新认定为省级众创空间的，给予奖励 30 万元。',
      '三、发展目标',
      '到2028年，全市众创空间达到 60 家。',
      '四、材料报送',
      '请于 6 月底前报送材料。',
    ].join('\n');
    expect(measuresOf(body).map((m) => m.title)).toEqual(['申报条件', '支持方式', '发展目标', '材料报送']);
  });

  it("reads three-character heading sentences after a lead-in as the plan's items", () => {
    const body = [
      '一、全年工作成效',
      '全年新认定高新技术企业 40 家。',
      '二、明年工作打算',
      '明年我们将重点抓好以下工作：',
      '育企业。力争新认定高新技术企业 45 家，培育科技型中小企业 300 家。',
      '建载体。新建众创空间 2 家，推动孵化器提质增效。',
      '聚人才。引进高层次人才团队 5 个，建设人才公寓。',
    ].join('\n');
    expect(measuresOf(body).map((m) => m.title)).toEqual(['育企业', '建载体', '聚人才']);
  });

  it('leaves notes after 注： and a masthead of short lines out', () => {
    const text = run(
      '某市2024年统计公报\n\n某市统计局\n国家统计局某市调查队 2025年3月26日\n\n（节选）\n\n全年研发经费支出 298.6 亿元。\n\n注：\n1. 部分数据为初步统计数。\n2. 部分数据因四舍五入存在误差。',
    );
    expect(text.articles[0]!.measures).toEqual([]);
  });

  it("makes each question of a 问答 one measure, its answer's 一是/二是 inside it", () => {
    const body = [
      '问：新政策有哪些举措？',
      '答：一是鼓励企业吸纳成果，给予补助；二是建设中试基地，给予奖励。',
      '问：人才方面呢？',
      '答：一是引进顶尖团队，一事一议；二是设立创投基金，规模10亿元。',
    ].join('\n');
    expect(measuresOf(body).map((m) => m.title)).toEqual(['新政策有哪些举措', '人才方面呢']);
  });

  it('segments a press conference: the statement by its outline, then one measure per reporter', () => {
    const body = [
      '主持人（市政府新闻办副主任 李某）：',
      '请张局长发布。',
      '发布人（市科技局局长 张某）：',
      '各位记者朋友，大家好！主要有以下几个方面：',
      '（一）企业培育成效明显。新增科技型中小企业 120 家。',
      '（二）研发投入持续加大。规上企业研发费用 21 亿元。',
      '主持人：下面进入提问环节。',
      '某某日报记者：',
      '请问今年有哪些新的举措？',
      '张某：',
      '今年我们将做好三件事。一是实施培育工程；二是加大奖励力度。',
      '记者：请问下半年有什么打算？',
      '张某：第一，办好“揭榜挂帅”；第二，培育技术经纪人。',
      '主持人：今天的发布会到此结束。',
    ].join('\n');
    expect(measuresOf(body).map((m) => m.title)).toEqual([
      '企业培育成效明显',
      '研发投入持续加大',
      '请问今年有哪些新的举措',
      '请问下半年有什么打算',
    ]);
  });

  it("reads the items of a report's parts: lead sentences and numbered lists, never its problems", () => {
    const body = [
      '一、主要工作及成效',
      '企业培育提质扩量。全年新认定高新技术企业 276 家，同比增长 21%。',
      '创新平台量质齐升。全年新获批省级重点实验室 4 个。',
      '二、存在问题',
      '一是企业创新主体地位仍需加强；二是高能级平台偏少。',
      '三、2025年工作打算',
      '重点抓好以下几项工作：',
      '1.实施科技企业倍增计划。力争新认定高新技术企业 300 家。',
      '2.推进创新平台提能。新建省级以上研发平台 20 个。',
    ].join('\n');
    expect(measuresOf(body).map((m) => m.title)).toEqual([
      '企业培育提质扩量',
      '创新平台量质齐升',
      '实施科技企业倍增计划',
      '推进创新平台提能',
    ]);
  });

  it("drops a problems part's lead sentences, which would be items in any other part", () => {
    const body = [
      '一、工作成效',
      '人才引育成效明显。全年引进高层次人才团队 12 个。',
      '成果转化加快推进。全年登记技术合同 640 项。',
      '二、短板和不足',
      '企业创新能力仍然偏弱。多数企业研发投入不足。',
      '科技服务体系不够健全。专业技术经理人偏少。',
    ].join('\n');
    expect(measuresOf(body).map((m) => m.title)).toEqual(['人才引育成效明显', '成果转化加快推进']);
  });

  it('drops a plan preamble (一、总体要求) once its other parts hold the measures', () => {
    const body = [
      '一、总体要求',
      '坚持企业主体、市场导向。',
      '二、重点任务',
      '（一）建强中试服务体系。建设中试基地。',
      '（二）壮大技术转移机构。培育技术经理人。',
      '三、保障措施',
      '（一）加强组织领导。建立联席会议制度。',
      '（二）加大资金投入。每年安排专项资金。',
    ].join('\n');
    expect(measuresOf(body).map((m) => m.title)).toEqual([
      '建强中试服务体系',
      '壮大技术转移机构',
      '加强组织领导',
      '加大资金投入',
    ]);
  });

  it('does not take a table row or caption for a heading or an article', () => {
    const r = run(
      [
        '某区科技局信息简报',
        '2025年第4期',
        '南京市科技创新运行情况',
        '今年以来，全市科技创新开局良好。',
        '表1 南京市一季度主要科技指标',
        '指标 | 2024年 | 2025年',
        '技术合同成交额（亿元） | 18.6 | 23.4',
        '软件和信息技术服务 1126 41.2%',
        '### 一、强化企业培育',
        '建立动态培育库，入库企业 1860 家。',
        '### 二、加快平台建设',
        '新获批省级平台 3 家。',
      ].join('\n\n'),
    );
    expect(r.articles.map((a) => a.title)).toEqual(['南京市科技创新运行情况']);
    expect(r.articles[0]!.measures.map((m) => m.title)).toEqual(['强化企业培育', '加快平台建设']);
  });

  it('keeps a measure cut by a page break as one measure', () => {
    const cut =
      '一是加强平台建设。推进产学研深度融合，推动优质创新成果落地实施，持续推进\n\n-\n\n协同创新中心建设。\n\n二是加强人才引育。内容。';
    const result = run(`宜昌高新区推进科技创新\n\n${cut}`);
    const ms = result.articles[0]!.measures;
    expect(ms.map((m) => m.title)).toEqual(['加强平台建设', '加强人才引育']);
    expect(ms[0]!.plainText).toContain('持续推进协同创新中心建设');
    expect(ms[0]!.text).toContain('持续推进\n\n-\n\n协同创新中心建设');
  });

  it('reads emoji-marked sub-headings over paragraphs as the measures, starting after the emoji', () => {
    const body = [
      '🔥速览:今年以来,全镇科技工作亮点纷呈,成果丰硕!',
      '近日,镇里召开科技工作推进会,总结全年创新工作情况,成效明显👏',
      '🔹成果一:孵化载体提档升级',
      '今年,全镇新建众创空间2家,孵化面积新增3000平方米,入驻团队40余个。',
      '🔹成果二:校地合作持续深化',
      '全镇企业与5所高校签订产学研合作协议12项,联合攻关项目8个。',
      '👉点击"阅读原文",了解更多',
    ].join('\n');
    const ms = measuresOf(body);
    expect(ms.map((m) => m.title)).toEqual(['成果一:孵化载体提档升级', '成果二:校地合作持续深化']);
  });
});
