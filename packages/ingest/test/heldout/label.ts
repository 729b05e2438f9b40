/**
 * Labelling helper for the held-out gold standard (same conventions as ../gold/label.ts and
 * ../gold/README.md). The DECISIONS below were made by reading the held-out texts, never by running
 * or reading the extractor; this script only turns them into UTF-16 offsets into the decoded text
 * (UTF-8 with BOM removed, or GB18030; CRLF kept) and checks every span.
 *
 *   npx tsx packages/ingest/test/heldout/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldout/label.ts --check  # verify the files are up to date
 *
 * Article: title as written in the body heading (found at a line start; the TOC lines start with ★).
 * Measure: first characters of the measure (marker or sub-heading), unique in its article.
 * Figure: [context, figure text, value, valueMax, unit, qualifier, kind, periodType]; the context is
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
  LE,
  LT,
  labelSet,
  MY,
  PT,
  RA,
  RE,
  S,
  SA,
  T,
  UN,
  YTD,
} from '../eval/held-out-labels';

export const HELDOUT_TEXTS: Record<string, { encoding: 'utf-8' | 'gb18030'; articles: ArticleSpec[] }> = {
  // (a) bulletin issue, 3 articles; a 2025 issue, so 2024年 is a completed year.
  'kejiqingbao-2025-03.txt': {
    encoding: 'utf-8',
    articles: [
      {
        title: '成都市出台措施加快科技成果转化',
        regionCode: '510100',
        regionName: '成都市',
        measures: ['健全校院地协同转化机制', '培育壮大科技型企业群体', '加大科技金融支持力度', '优化成果转化服务生态'],
        figures: [
          ['达到1856.3亿元', '1856.3亿元', 1856.3, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
          ['同比增长12.4%', '12.4%', 12.4, null, '%', null, G, FY, 'tech_contract_turnover', RA],
          ['占比41.6%', '41.6%', 41.6, null, '%', null, S, FY, null, SA],
          // 年度 in the sentence → annual (每年) → full_year
          ['超过1000万元', '1000万元', 1000, null, '万元', '超过', A, FY, null, LA],
          ['金额的3%', '3%', 3, null, '%', null, S, FY, null, SA],
          ['最高50万元', '50万元', 50, null, '万元', '最高', A, FY, null, LA],
          ['中心26家', '26家', 26, null, '家', null, A, PT, null, LA],
          ['平台48个', '48个', 48, null, '个', null, A, PT, null, LA],
          ['1300余家次', '1300余家次', 1300, null, '家次', '余', A, PT, null, LA],
          // policy parameter, no period in sentence/paragraph before it, intro has no framing → unknown
          ['给予20万元', '20万元', 20, null, '万元', null, A, UN, null, LA],
          ['企业2100家', '2100家', 2100, null, '家', null, A, FY, 'new_national_high_tech_enterprises_added', LA],
          ['评价1.9万家', '1.9万家', 1.9, null, '万家', null, A, FY, 'tech_smes', LA],
          ['突破1.8万家', '1.8万家', 1.8, null, '万家', '突破', T, DL, 'high_tech_enterprises', LT],
          ['总规模50亿元', '50亿元', 50, null, '亿元', null, A, UN, null, LA],
          ['为860家', '860家', 860, null, '家', null, A, FY, null, LA],
          // city loans issued to 科技型企业 via several products (not one programme) → tech_loans
          ['贷款152.6亿元', '152.6亿元', 152.6, null, '亿元', null, A, FY, 'tech_loans', LA],
          // growth of the loan 余额 (stock), not of the 152.6 亿元 issued → null
          ['增长18.2%', '18.2%', 18.2, null, '%', null, G, FY, null, RA],
          ['培训12期', '12期', 12, null, '期', null, A, FY, null, LA],
          ['620名', '620名', 620, null, '名', null, A, FY, null, LA],
          ['活动35场', '35场', 35, null, '场', null, A, FY, null, LA],
          ['近300项', '300项', 300, null, '项', '近', A, FY, null, LA],
        ],
      },
      {
        title: '合肥高新区打造量子信息产业创新高地',
        regionCode: '340100-nbs76',
        regionName: '合肥高新技术产业开发区',
        measures: ['一、强化原始创新策源', '二、加速成果落地转化', '三、完善产业发展生态'],
        figures: [
          ['企业68家', '68家', 68, null, '家', null, A, PT, null, LA],
          ['约占全国的四分之一', '四分之一', 0.25, null, null, '约', S, PT, null, SA],
          ['超过1200件', '1200件', 1200, null, '件', '超过', A, PT, null, LA],
          ['机构9家', '9家', 9, null, '家', null, A, MY, null, LA],
          ['项目27项', '27项', 27, null, '项', null, A, MY, null, LA],
          ['达到23.5亿元', '23.5亿元', 23.5, null, '亿元', null, A, FY, null, LA],
          ['比重为11.2%', '11.2%', 11.2, null, '%', null, S, FY, null, SA],
          ['规模10亿元', '10亿元', 10, null, '亿元', null, A, UN, null, LA],
          ['初创企业15家', '15家', 15, null, '家', null, A, FY, null, LA],
          ['其中两家', '两家', 2, null, '家', null, A, FY, null, LA],
          ['平台5个', '5个', 5, null, '个', null, A, PT, null, LA],
          ['600余台套', '600余台套', 600, null, '台套', '余', A, PT, null, LA],
          ['达到100家', '100家', 100, null, '家', null, T, DL, null, LT],
          ['突破300亿元', '300亿元', 300, null, '亿元', '突破', T, DL, null, LT],
        ],
      },
      {
        title: '芜湖市鸠江区以“科创飞地”集聚创新资源',
        regionCode: '340207',
        regionName: '鸠江区',
        measures: ['一是布局异地研发平台', '二是强化飞地与本地联动', '三是优化飞地服务保障'],
        figures: [
          ['达到3.8%', '3.8%', 3.8, null, '%', null, S, FY, 'rd_intensity', SA],
          // Gold guideline rule (1): a change in percentage points is not the share's indicator.
          ['0.4个百分点', '0.4个百分点', 0.4, null, '个百分点', null, G, FY, null, CA],
          ['“科创飞地”4个', '4个', 4, null, '个', null, A, PT, null, LA],
          ['团队56个', '56个', 56, null, '个', null, A, PT, null, LA],
          ['近500名', '500名', 500, null, '名', '近', A, PT, null, LA],
          ['推动32项', '32项', 32, null, '项', null, A, FY, null, LA],
          ['约18亿元', '18亿元', 18, null, '亿元', '约', A, FY, null, LA],
          ['问题43个', '43个', 43, null, '个', null, A, YTD, null, LA],
        ],
      },
    ],
  },
  // (b) single news item, 一是…四是; the closing 下一步 paragraph belongs to 四是.
  'sip-ai-news.txt': {
    encoding: 'utf-8',
    articles: [
      {
        title: '苏州工业园区多措并举推动人工智能产业创新发展',
        regionCode: '320500-nbs76',
        regionName: '苏州工业园区',
        measures: ['一是强化算力基础支撑', '二是加快场景开放应用', '三是做强创新主体梯队', '四是完善人才引育机制'],
        figures: [
          ['营业收入186.4亿元', '186.4亿元', 186.4, null, '亿元', null, A, YTD, null, LA],
          ['同比增长21.7%', '21.7%', 21.7, null, '%', null, G, YTD, null, RA],
          ['新增人工智能企业142家', '142家', 142, null, '家', null, A, YTD, null, LA],
          ['总数达到1380家', '1380家', 1380, null, '家', null, A, PT, null, LA],
          ['公共算力平台3个', '3个', 3, null, '个', null, A, PT, null, LA],
          ['超过2000P', '2000P', 2000, null, 'P', '超过', A, PT, null, LA],
          ['650万卡时', '650万卡时', 650, null, '万卡时', null, A, YTD, null, LA],
          ['约三分之一', '三分之一', 1 / 3, null, null, '约', S, YTD, null, SA],
          ['清单两批次', '两批次', 2, null, '批次', null, A, YTD, null, LA],
          ['共计86个', '86个', 86, null, '个', null, A, YTD, null, LA],
          ['其中37个', '37个', 37, null, '个', null, A, YTD, null, LA],
          ['超过12亿元', '12亿元', 12, null, '亿元', '超过', A, YTD, null, LA],
          ['培育对象25家', '25家', 25, null, '家', null, A, YTD, null, LA],
          ['专精特新企业9家', '9家', 9, null, '家', null, A, YTD, null, LA],
          ['，3家企业', '3家', 3, null, '家', null, A, YTD, null, LA],
          ['合计27.3亿元', '27.3亿元', 27.3, null, '亿元', null, A, YTD, null, LA],
          ['120余名', '120余名', 120, null, '名', '余', A, YTD, null, LA],
          ['超过30%', '30%', 30, null, '%', '超过', S, YTD, null, SA],
          ['实验室6家', '6家', 6, null, '家', null, A, YTD, null, LA],
          ['突破1000亿元', '1000亿元', 1000, null, '亿元', '突破', T, DL, null, LT],
          ['培育3-5家', '3-5家', 3, 5, '家', null, T, DL, null, LT],
        ],
      },
    ],
  },
  // (c) 工作总结 with （一）…（五） headings; written in January 2025, so 2024/全年 → full_year.
  'baotou-kjj-2024-summary.txt': {
    encoding: 'utf-8',
    articles: [
      {
        title: '包头市科学技术局2024年工作总结',
        regionCode: '150200',
        regionName: '包头市',
        measures: [
          '（一）创新主体培育',
          '（二）创新平台建设',
          '（三）科技成果转化',
          '（四）科技金融支撑',
          '（五）2025年',
        ],
        figures: [
          ['达到58.6亿元', '58.6亿元', 58.6, null, '亿元', null, A, FY, 'rd_expenditure', LE],
          ['增长15.3%', '15.3%', 15.3, null, '%', null, G, FY, 'rd_expenditure', RE],
          ['达到1.42%', '1.42%', 1.42, null, '%', null, S, FY, 'rd_intensity', SA],
          // Gold guideline rule (1): a change in percentage points is not the share's indicator.
          ['0.18个百分点', '0.18个百分点', 0.18, null, '个百分点', null, G, FY, null, CA],
          ['企业186家', '186家', 186, null, '家', null, A, FY, 'new_high_tech_enterprises_recognized', LA],
          ['评价1065家', '1065家', 1065, null, '家', null, A, FY, 'tech_smes', LA],
          ['达到712家', '712家', 712, null, '家', null, A, PT, 'high_tech_enterprises', LA],
          ['增长19.5%', '19.5%', 19.5, null, '%', null, G, PT, 'high_tech_enterprises', RA],
          ['达到12.6%', '12.6%', 12.6, null, '%', null, S, PT, null, SA],
          ['有两家', '两家', 2, null, '家', null, A, FY, null, LA],
          ['平台43个', '43个', 43, null, '个', null, A, FY, null, LA],
          ['平台两个', '两个', 2, null, '个', null, A, FY, null, LA],
          // 自治区级以上研发平台 (stock) → provincial_and_above_rd_platforms (R&D platforms, not the 创新平台 indicator)
          ['达到386个', '386个', 386, null, '个', null, A, PT, 'provincial_and_above_rd_platforms', LA],
          // own sentence holds 截至2024年底 and 近三年; the growth rate is 近三年年均 → multi_year
          ['超过10%', '10%', 10, null, '%', '超过', G, MY, 'provincial_and_above_rd_platforms', RA],
          ['总投资2.6亿元', '2.6亿元', 2.6, null, '亿元', null, A, UN, null, LA],
          ['合同1426项', '1426项', 1426, null, '项', null, A, FY, 'tech_contracts', LA],
          ['达到47.8亿元', '47.8亿元', 47.8, null, '亿元', null, A, FY, 'tech_contract_turnover', LA],
          ['增长26.1%', '26.1%', 26.1, null, '%', null, G, FY, 'tech_contract_turnover', RA],
          ['约40%', '40%', 40, null, '%', '约', S, FY, null, SA],
          ['近30场', '30场', 30, null, '场', '近', A, FY, null, LA],
          ['1100余家次', '1100余家次', 1100, null, '家次', '余', A, FY, null, LA],
          ['超过150项', '150项', 150, null, '项', '超过', A, FY, null, LA],
          ['科技副总82名', '82名', 82, null, '名', null, A, FY, null, LA],
          ['的三分之一', '三分之一', 1 / 3, null, null, null, S, FY, null, SA],
          ['总规模20亿元', '20亿元', 20, null, '亿元', null, A, UN, null, LA],
          ['项目24个', '24个', 24, null, '个', null, A, PT, null, LA],
          ['超过60亿元', '60亿元', 60, null, '亿元', '超过', A, PT, null, LA],
          ['为312家', '312家', 312, null, '家', null, A, FY, null, LA],
          // “科技贷”: one named loan programme → null
          ['贷款36.5亿元', '36.5亿元', 36.5, null, '亿元', null, A, FY, null, LA],
          ['增长31.4%', '31.4%', 31.4, null, '%', null, G, FY, null, RA],
          // 力争全年 (2025) → target, full_year
          // target to add 高企 → new_national_high_tech_enterprises_added
          ['150家以上', '150家', 150, null, '家', '以上', T, FY, 'new_national_high_tech_enterprises_added', LT],
          ['突破55亿元', '55亿元', 55, null, '亿元', '突破', T, FY, 'tech_contract_turnover', LT],
          ['突破1000家', '1000家', 1000, null, '家', '突破', T, DL, 'high_tech_enterprises', LT],
          ['领军企业3-5家', '3-5家', 3, 5, '家', null, T, DL, null, LT],
          ['中试基地10个', '10个', 10, null, '个', null, T, DL, null, LT],
        ],
      },
    ],
  },
  // (d) GB18030, CRLF, full-width digits and punctuation; 一、二、三、 heading lines.
  'luoyang-platforms-gb18030.txt': {
    encoding: 'gb18030',
    articles: [
      {
        title: '洛阳市加快推进科技创新平台建设　创新驱动发展动能持续增强',
        regionCode: '410300',
        regionName: '洛阳市',
        measures: ['一、高能级', '二、创新主体', '三、科技金融'],
        figures: [
          [
            '达到４１．２亿元',
            '４１．２亿元',
            41.2,
            null,
            '亿元',
            null,
            A,
            YTD,
            'rd_expenditure_industrial_enterprises_above_scale',
            LA,
          ],
          [
            '增长１２．５％',
            '１２．５％',
            12.5,
            null,
            '%',
            null,
            G,
            YTD,
            'rd_expenditure_industrial_enterprises_above_scale',
            RA,
          ],
          ['比重为５３．８％', '５３．８％', 53.8, null, '%', null, S, YTD, 'high_tech_industry_value_added_share', SA],
          ['基地９家', '９家', 9, null, '家', null, A, PT, null, LA],
          ['中心２８家', '２８家', 28, null, '家', null, A, YTD, null, LA],
          ['中心１９家', '１９家', 19, null, '家', null, A, YTD, null, LA],
          ['达到１２６０个', '１２６０个', 1260, null, '个', null, A, PT, 'provincial_and_above_rd_platforms', LA],
          // 新增入库科技型中小企业 → new_national_tech_smes
          ['企业５２０家', '５２０家', 520, null, '家', null, A, YTD, 'new_national_tech_smes', LA],
          ['增长２３．６％', '２３．６％', 23.6, null, '%', null, G, YTD, 'new_national_tech_smes', RA],
          ['１８３０余家', '１８３０余家', 1830, null, '家', '余', A, PT, 'high_tech_enterprises', LA],
          // 较上年底增加 → new_national_high_tech_enterprises_added
          // A change against last year-end covers the year so far (gold README, issue-9 sets 8–9 round; was PT).
          ['增加２１０家', '２１０家', 210, null, '家', null, G, YTD, 'new_national_high_tech_enterprises_added', CA],
          ['为２１６家', '２１６家', 216, null, '家', null, A, YTD, null, LA],
          ['贷款１８．７亿元', '１８．７亿元', 18.7, null, '亿元', null, A, YTD, 'tech_loans', LA],
          ['团队１５个', '１５个', 15, null, '个', null, A, YTD, null, LA],
          ['近４０名', '４０名', 40, null, '名', '近', A, YTD, null, LA],
          ['突破１４００个', '１４００个', 1400, null, '个', '突破', T, DL, 'provincial_and_above_rd_platforms', LT],
          ['达到２０００家', '２０００家', 2000, null, '家', null, T, DL, 'high_tech_enterprises', LT],
        ],
      },
    ],
  },
};

const set = labelSet(
  import.meta.url,
  Object.fromEntries(Object.entries(HELDOUT_TEXTS).map(([name, t]) => [name, t.articles])),
  Object.fromEntries(
    Object.entries(HELDOUT_TEXTS).flatMap(([name, t]) =>
      t.encoding === 'gb18030' ? [[name, 'gb18030' as const]] : [],
    ),
  ),
);
export const HELDOUT_TEXT_DIR = set.textDir;
export const HELDOUT_GOLD_DIR = set.goldDir;
export const decodeHeldout = set.decode;
export const buildGold = set.buildGold;
export const goldPath = set.goldPath;

set.runAsScript();
