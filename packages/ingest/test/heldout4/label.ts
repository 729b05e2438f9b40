/**
 * Labelling helper for the FOURTH held-out gold standard (conventions: ../gold/README.md; labelling
 * calls: README.md here). The DECISIONS below were made by reading texts/, never by running or
 * reading the extractor; this script only turns them into UTF-16 offsets into the decoded text
 * (UTF-8 with the BOM removed, or GB18030 for the one file listed in HELDOUT4_ENCODINGS) and checks
 * every span.
 *
 *   npx tsx packages/ingest/test/heldout4/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout4/label.ts --check  # verify the files are up to date
 *
 * Article: title as written in the body heading; the heading line is the title alone, optionally
 * after `### ` / `**` markers or whitespace (TOC lines carry dotted leaders and a page number, so
 * they never match).
 * Measure: first characters of the measure (marker or sub-heading text, after `**`), unique in its article.
 * Figure: [context, figure text, value, valueMax, unit, qualifier, kind, periodType, indicator]; the context is
 * unique within the article and contains the figure text exactly once.
 */
import {
  A,
  type ArticleSpec,
  CA,
  DL,
  FY,
  G,
  LA,
  LT,
  labelSet,
  MY,
  PT,
  RA,
  RT,
  S,
  SA,
  SE,
  ST,
  T,
  UN,
  YTD,
} from '../eval/held-out-labels';

export const HELDOUT4_ENCODINGS: Record<string, 'gb18030'> = {
  'changzhou-tongjigongbao-2024.txt': 'gb18030',
};

export const HELDOUT4_TEXTS: Record<string, ArticleSpec[]> = {
  // 统计公报 excerpt, GB18030: the document title is the article heading; “十、科学技术和教育” is the
  // section heading of the excerpt and the “注：1. 2.” notes are footnotes — no measures.
  'changzhou-tongjigongbao-2024.txt': [
    {
      title: '常州市2024年国民经济和社会发展统计公报',
      regionCode: '320400',
      regionName: '常州市',
      measures: [],
      figures: [
        ['约298.6亿元', '298.6亿元', 298.6, null, '亿元', '约', A, FY, 'rd_expenditure', LA],
        ['增长9.7%', '9.7%', 9.7, null, '%', null, G, FY, 'rd_expenditure', RA],
        ['比重为3.28%', '3.28%', 3.28, null, '%', null, S, FY, 'rd_intensity', SA],
        // Gold guideline rule (1): a change in percentage points is not the share's indicator.
        ['提高0.11个百分点', '0.11个百分点', 0.11, null, '个百分点', null, G, FY, null, CA],
        ['支出68.4亿元', '68.4亿元', 68.4, null, '亿元', null, A, FY, 'fiscal_sci_tech_expenditure', LA],
        ['增长6.1%', '6.1%', 6.1, null, '%', null, G, FY, 'fiscal_sci_tech_expenditure', RA],
        ['比重为5.9%', '5.9%', 5.9, null, '%', null, S, FY, null, SA],
        // 省级以上 vs key_laboratories (各级合计) / provincial_key_laboratories (省级 only)
        ['省级以上重点实验室46个', '46个', 46, null, '个', null, A, PT, null, LA],
        ['全国重点实验室3个', '3个', 3, null, '个', null, A, PT, 'national_key_laboratories', LA],
        ['研究中心812个', '812个', 812, null, '个', null, A, PT, null, LA],
        // A change against last year-end is the year's flow (gold README, issue-9 sets 8–9 round; was PT).
        ['增加37个', '37个', 37, null, '个', null, G, FY, null, CA],
        // 国家级 only; incubators' definitionNote admits level-qualified counts (全部/省级以上/国家级)
        ['孵化器21家', '21家', 21, null, '家', null, A, PT, 'incubators', LA],
        // 国家级 only; maker_spaces' definitionNote admits level-qualified counts
        ['众创空间35家', '35家', 35, null, '家', null, A, PT, 'maker_spaces', LA],
        ['逾4200家', '4200家', 4200, null, '家', '逾', A, PT, null, LA],
        ['高新技术企业1126家', '1126家', 1126, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
        ['达6350家', '6350家', 6350, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        ['增长11.4%', '11.4%', 11.4, null, '%', null, G, PT, 'high_tech_enterprises', RA],
        ['中小企业9870家', '9870家', 9870, null, '家', null, A, FY, 'new_national_tech_smes', LA],
        ['比重为54.6%', '54.6%', 54.6, null, '%', null, S, FY, 'high_tech_industry_output_share', SA],
        // Gold guideline rule (1): a change in percentage points is not the share's indicator.
        ['提高1.3个百分点', '1.3个百分点', 1.3, null, '个百分点', null, G, FY, null, CA],
        ['专利授权量3.86万件', '3.86万件', 3.86, null, '万件', null, A, FY, 'patents_granted', LA],
        ['发明专利授权量9215件', '9215件', 9215, null, '件', null, A, FY, 'invention_patents_granted', LA],
        ['增长18.2%', '18.2%', 18.2, null, '%', null, G, FY, 'invention_patents_granted', RA],
        ['有效发明专利5.12万件', '5.12万件', 5.12, null, '万件', null, A, PT, 'valid_invention_patents', LA],
        ['达95.31件/万人', '95.31件/万人', 95.31, null, '件/万人', null, A, PT, 'invention_patents_per_10k', LA],
        // absolute increment (比上年末增加), no new_* indicator for it
        ['增加12.6件/万人', '12.6件/万人', 12.6, null, '件/万人', null, G, FY, null, CA],
        ['拥有量41.7件', '41.7件', 41.7, null, '件', null, A, PT, 'high_value_invention_patents_per_10k', LA],
        // 签订技术合同 in a 统计公报 = the registered count
        ['技术合同8215项', '8215项', 8215, null, '项', null, A, FY, 'tech_contracts', LA],
        ['成交额412.8亿元', '412.8亿元', 412.8, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
        ['增长21.5%', '21.5%', 21.5, null, '%', null, G, FY, 'tech_contract_turnover', RA],
        ['项目1385项', '1385项', 1385, null, '项', null, A, FY, null, LA],
        ['科学技术奖23项', '23项', 23, null, '项', null, A, FY, null, LA],
        ['教育基地87个', '87个', 87, null, '个', null, A, PT, null, LA],
        ['2600余场次', '2600余场次', 2600, null, '场次', '余', A, FY, null, LA],
        ['超过150万人次', '150万人次', 150, null, '万人次', '超过', A, FY, null, LA],
        ['普通高等学校11所', '11所', 11, null, '所', null, A, PT, null, LA],
        ['在校学生17.9万人', '17.9万人', 17.9, null, '万人', null, A, PT, null, LA],
        ['技工学校）23所', '23所', 23, null, '所', null, A, PT, null, LA],
        ['在校学生6.8万人', '6.8万人', 6.8, null, '万人', null, A, PT, null, LA],
        ['普通高中64所', '64所', 64, null, '所', null, A, PT, null, LA],
        ['在校学生11.3万人', '11.3万人', 11.3, null, '万人', null, A, PT, null, LA],
        ['初中232所', '232所', 232, null, '所', null, A, PT, null, LA],
        ['在校学生24.6万人', '24.6万人', 24.6, null, '万人', null, A, PT, null, LA],
        ['普通小学318所', '318所', 318, null, '所', null, A, PT, null, LA],
        ['在校学生47.5万人', '47.5万人', 47.5, null, '万人', null, A, PT, null, LA],
        ['特殊教育学校8所', '8所', 8, null, '所', null, A, PT, null, LA],
        ['在校学生2316人', '2316人', 2316, null, '人', null, A, PT, null, LA],
        ['招生5.6万人', '5.6万人', 5.6, null, '万人', null, A, FY, null, LA],
        ['毕业生5.2万人', '5.2万人', 5.2, null, '万人', null, A, FY, null, LA],
        ['毛入园率99.8%', '99.8%', 99.8, null, '%', null, S, FY, null, SA],
        ['巩固率100%', '100%', 100, null, '%', null, S, FY, null, SA],
        ['毛入学率99.6%', '99.6%', 99.6, null, '%', null, S, FY, null, SA],
        ['教育经费投入213.5亿元', '213.5亿元', 213.5, null, '亿元', null, A, FY, null, LA],
        ['增长4.3%', '4.3%', 4.3, null, '%', null, G, FY, null, RA],
      ],
    },
  ],

  // County 工作总结和工作计划 (dated 2025年1月6日): the two parts “一、2024年工作成效” / “二、2025年工作计划”
  // are time frames, not measures; the measures are their sub-items （一）…（四） and 1.…5.
  'haiyan-gongzuozongjie-2024.txt': [
    {
      title: '海盐县科学技术局2024年工作总结和2025年工作计划',
      regionCode: '330424',
      regionName: '海盐县',
      measures: [
        '（一）科技企业梯队',
        '（二）创新平台能级',
        '（三）科技投入力度',
        '（四）成果转化成效',
        '1. 实施科技企业',
        '2. 推进创新平台',
        '3. 加大科技金融',
        '4. 深化人才引育',
        '5. 优化创新生态',
      ],
      figures: [
        // intro: 2024年 is a completed year in a January 2025 report
        ['预计达到3.45%', '3.45%', 3.45, null, '%', null, S, FY, 'rd_intensity', SE],
        // （一）
        ['国家高新技术企业47家', '47家', 47, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
        // 新入库国家科技型中小企业: 新 → new_national_tech_smes, not tech_smes
        ['科技型中小企业486家', '486家', 486, null, '家', null, A, FY, 'new_national_tech_smes', LA],
        // 新增省级科技型中小企业: the catalogue has no new_* for the 省级 register
        ['科技型中小企业158家', '158家', 158, null, '家', null, A, FY, null, LA],
        ['达到312家', '312家', 312, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        ['增长9.1%', '9.1%', 9.1, null, '%', null, G, PT, 'high_tech_enterprises', RA],
        ['比重达72.4%', '72.4%', 72.4, null, '%', null, S, FY, 'high_tech_industry_value_added_share', SA],
        // （二）
        ['企业研究院4家', '4家', 4, null, '家', null, A, FY, null, LA],
        ['研发中心17家', '17家', 17, null, '家', null, A, FY, null, LA],
        ['孵化项目52个', '52个', 52, null, '个', null, A, FY, null, LA],
        ['活动11场', '11场', 11, null, '场', null, A, FY, null, LA],
        // 省级以上研发机构: narrower than rd_institutions, organisations not provincial_and_above_rd_platforms
        ['研发机构186家', '186家', 186, null, '家', null, A, PT, null, LA],
        ['在孵企业138家', '138家', 138, null, '家', null, A, PT, null, LA],
        // （三）
        ['奖补资金1.26亿元', '1.26亿元', 1.26, null, '亿元', null, A, FY, null, LA],
        ['近600家次', '600家次', 600, null, '家次', '近', A, FY, null, LA],
        [
          '支出43.7亿元',
          '43.7亿元',
          43.7,
          null,
          '亿元',
          null,
          A,
          FY,
          'rd_expenditure_industrial_enterprises_above_scale',
          LA,
        ],
        ['增长12.8%', '12.8%', 12.8, null, '%', null, G, FY, 'rd_expenditure_industrial_enterprises_above_scale', RA],
        ['比重达3.1%', '3.1%', 3.1, null, '%', null, S, FY, null, SA],
        // loans through one product (“科技贷”), not the county's tech_loans
        ['科技贷”23.5亿元', '23.5亿元', 23.5, null, '亿元', null, A, FY, null, LA],
        ['增长31%', '31%', 31, null, '%', null, G, FY, null, RA],
        // （四）
        ['技术合同1127项', '1127项', 1127, null, '项', null, A, FY, 'tech_contracts', LA],
        ['交易额21.6亿元', '21.6亿元', 21.6, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
        ['增长18.4%', '18.4%', 18.4, null, '%', null, G, FY, 'tech_contract_turnover', RA],
        ['对接活动36场', '36场', 36, null, '场', null, A, FY, null, LA],
        ['合作项目89项', '89项', 89, null, '项', null, A, FY, null, LA],
        ['达到1023件', '1023件', 1023, null, '件', null, A, FY, 'invention_patents_granted', LA],
        ['达到14.2件', '14.2件', 14.2, null, '件', null, A, PT, 'high_value_invention_patents_per_10k', LA],
        // 1.
        ['企业50家以上', '50家', 50, null, '家', '以上', T, FY, 'new_high_tech_enterprises_recognized', LT],
        ['中小企业500家以上', '500家', 500, null, '家', '以上', T, FY, 'new_national_tech_smes', LT],
        ['突破350家', '350家', 350, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
        // 2. (no date in the paragraph: targets without a date)
        ['孵化载体3个', '3个', 3, null, '个', null, T, UN, null, LT],
        ['重点实验室1个', '1个', 1, null, '个', null, T, UN, null, LT],
        ['企业研究院3家', '3家', 3, null, '家', null, T, UN, null, LT],
        ['研发中心15家', '15家', 15, null, '家', null, T, UN, null, LT],
        // 现有2家省级孵化器: the county's provincial-level incubator stock (level-qualified, as the definitionNote allows)
        ['现有2家', '2家', 2, null, '家', null, A, PT, 'incubators', LA],
        // 3.
        ['资金1.5亿元以上', '1.5亿元', 1.5, null, '亿元', '以上', T, FY, null, LT],
        ['达到30亿元', '30亿元', 30, null, '亿元', null, T, FY, null, LT],
        ['不低于5亿元', '5亿元', 5, null, '亿元', '不低于', T, FY, null, LT],
        // 4.
        ['人才团队8个', '8个', 8, null, '个', null, T, UN, null, LT],
        ['服务200人次', '200人次', 200, null, '人次', '以上', T, UN, null, LT],
        ['增长15%以上', '15%', 15, null, '%', '以上', T, UN, 'tech_contract_turnover', RT],
        // 5.
        ['不少于40场', '40场', 40, null, '场', '不少于', T, UN, null, LT],
        ['达到90%', '90%', 90, null, '%', null, T, UN, null, ST],
      ],
    },
  ],

  // Provincial bulletin: masthead, 目录, three articles; the last has no measures.
  'anhui-keji-2025-06.txt': [
    {
      title: '狮子山高新区打造新一代信息技术产业创新高地',
      regionCode: '340700-szs-gxq',
      regionName: '铜陵狮子山高新技术产业开发区',
      measures: ['强化企业创新主体地位。', '搭建高能级研发平台。', '完善科技金融服务。'],
      figures: [
        ['增长14.3%', '14.3%', 14.3, null, '%', null, G, YTD, null, RA],
        ['达到68.2%', '68.2%', 68.2, null, '%', null, S, YTD, 'high_tech_industry_value_added_share', SA],
        ['入库企业213家', '213家', 213, null, '家', null, A, PT, null, LA],
        ['高新技术企业31家', '31家', 31, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
        ['达到158家', '158家', 158, null, '家', null, A, PT, 'high_tech_enterprises', LA],
        ['近三分之一', '三分之一', 1 / 3, null, null, '近', S, PT, null, SA],
        ['120余人', '120余人', 120, null, '人', '余', A, PT, null, LA],
        ['科研项目17项', '17项', 17, null, '项', null, A, PT, null, LA],
        ['研发平台64个', '64个', 64, null, '个', null, A, PT, 'provincial_and_above_rd_platforms', LA],
        ['技术中心2个', '2个', 2, null, '个', null, A, PT, null, LA],
        ['规模5亿元', '5亿元', 5, null, '亿元', null, A, UN, null, LA],
        // loans through one product (“科技贷”)
        ['科技贷”4.8亿元', '4.8亿元', 4.8, null, '亿元', null, A, YTD, null, LA],
        ['惠及企业86家', '86家', 86, null, '家', null, A, YTD, null, LA],
        // A fall is negative (gold README, "The sign of a fall"; was +0.6 as written).
        ['下降0.6个百分点', '0.6个百分点', -0.6, null, '个百分点', null, G, YTD, null, CA],
      ],
    },
    {
      title: '鸠江区“三链融合”激活低空经济发展新动能',
      regionCode: '340207',
      regionName: '鸠江区',
      measures: ['一是建强', '二是打通', '三是强化'],
      figures: [
        ['140余家', '140余家', 140, null, '家', '余', A, PT, null, LA],
        ['产值265亿元', '265亿元', 265, null, '亿元', null, A, FY, null, LA],
        ['增长32.5%', '32.5%', 32.5, null, '%', null, G, FY, null, RA],
        ['攻关项目20项以上', '20项', 20, null, '项', '以上', A, FY, null, LA],
        ['航线28条', '28条', 28, null, '条', null, A, PT, null, LA],
        ['超过1.2万架次', '1.2万架次', 1.2, null, '万架次', '超过', A, FY, null, LA],
        ['总规模10亿元', '10亿元', 10, null, '亿元', null, A, UN, null, LA],
        ['最高给予2000万元', '2000万元', 2000, null, '万元', '最高', A, UN, null, LA],
        ['零部件项目15个', '15个', 15, null, '个', null, A, MY, null, LA],
      ],
    },
    {
      title: '霍山县科技特派员扎根山区助力茶产业提质增效',
      regionCode: '341525',
      regionName: '霍山县',
      measures: [],
      figures: [
        ['科技特派员126名', '126名', 126, null, '名', null, A, YTD, null, LA],
        ['服务团7个', '7个', 7, null, '个', null, A, YTD, null, LA],
        ['全县16个乡镇', '16个', 16, null, '个', null, A, YTD, null, LA],
        ['实用技术23项', '23项', 23, null, '项', null, A, YTD, null, LA],
        ['90余场次', '90余场次', 90, null, '场次', '余', A, YTD, null, LA],
        ['约1800元', '1800元', 1800, null, '元', '约', A, YTD, null, LA],
        ['达到58.6亿元', '58.6亿元', 58.6, null, '亿元', null, A, FY, null, LA],
        ['增长8.2%', '8.2%', 8.2, null, '%', null, G, FY, null, RA],
        ['达到85%以上', '85%', 85, null, '%', '以上', S, FY, null, SA],
        ['示范基地10个', '10个', 10, null, '个', null, T, DL, null, LT],
      ],
    },
  ],

  // WeChat article of a city 科技局 (2025-05-12): “01 | 政策加码” … are section headings, one measure each.
  'xiangyang-weixin-2025-05.txt': [
    {
      title: '一文读懂！襄阳科技创新这一年“成绩单”来啦',
      regionCode: '420600',
      regionName: '襄阳市',
      measures: ['01 | 政策加码', '02 | 平台赋能', '03 | 人才集聚', '04 | 金融添翼'],
      figures: [
        // intro
        ['约486亿元', '486亿元', 486, null, '亿元', '约', A, FY, 'tech_contract_turnover', LA],
        ['增长21.6%', '21.6%', 21.6, null, '%', null, G, FY, 'tech_contract_turnover', RA],
        ['突破2100家', '2100家', 2100, null, '家', '突破', A, PT, 'high_tech_enterprises', LA],
        ['逾300家', '300家', 300, null, '家', '逾', G, FY, 'new_national_high_tech_enterprises_added', CA],
        // 01
        ['近3.2亿元', '3.2亿元', 3.2, null, '亿元', '近', A, FY, null, LA],
        ['1400余家次', '1400余家次', 1400, null, '家次', '余', A, FY, null, LA],
        ['奖励20万元', '20万元', 20, null, '万元', null, A, UN, null, LA],
        ['超过20%', '20%', 20, null, '%', '超过', G, UN, null, RA],
        ['10%~15%', '10%~15%', 10, 15, '%', null, S, UN, null, SA],
        // 02
        // 孵化器和众创空间 together: neither incubators nor maker_spaces
        ['众创空间53家', '53家', 53, null, '家', null, A, PT, null, LA],
        ['国家级14家', '14家', 14, null, '家', null, A, PT, null, LA],
        // 备案新型研发机构 stock at 2024年底
        ['二十余家', '二十余家', 20, null, '家', '余', A, PT, 'new_rd_institutions', LA],
        // a few 市级新型研发机构 to build: not the stock, narrower than new_rd_institutions_added
        ['新建3—5家', '3—5家', 3, 5, '家', null, T, FY, null, LT],
        ['两千万元', '两千万元', 2000, null, '万元', '最高', A, UN, null, LA],
        // 03
        ['人才团队46个', '46个', 46, null, '个', null, A, FY, null, LA],
        ['逾1.1万人', '1.1万人', 1.1, null, '万人', '逾', A, FY, null, LA],
        ['科技副总187名', '187名', 187, null, '名', null, A, FY, null, LA],
        ['超过三分之二', '三分之二', 2 / 3, null, null, '超过', S, PT, null, SA],
        // 04 (and the closing paragraph)
        ['20多家', '20多家', 20, null, '家', '多', A, PT, null, LA],
        // loans issued to 科技型企业 in 2024, city-wide across 20多家银行' products
        ['约156亿元', '156亿元', 156, null, '亿元', '约', A, FY, 'tech_loans', LA],
        ['增长27%', '27%', 27, null, '%', null, G, FY, 'tech_loans', RA],
        ['约0.4个百分点', '0.4个百分点', -0.4, null, '个百分点', '约', G, FY, null, CA],
        ['总规模120亿元', '120亿元', 120, null, '亿元', null, A, UN, null, LA],
        ['超80个', '80个', 80, null, '个', '超', A, PT, null, LA],
        ['达到2400家', '2400家', 2400, null, '家', null, T, DL, 'high_tech_enterprises', LT],
        ['突破550亿元', '550亿元', 550, null, '亿元', '突破', T, FY, 'tech_contract_turnover', LT],
      ],
    },
  ],
};

const set = labelSet(import.meta.url, HELDOUT4_TEXTS, HELDOUT4_ENCODINGS);
export const HELDOUT4_TEXT_DIR = set.textDir;
export const HELDOUT4_GOLD_DIR = set.goldDir;
export const decodeHeldout4 = set.decode;
export const buildGold = set.buildGold;
export const goldPath = set.goldPath;

set.runAsScript();
