/**
 * Every UI string, Chinese first; English is in ./dictionary-en, a chunk of its own that only an
 * English interface loads. `en` must have exactly the keys of `zh` and the page strings (the type
 * checks it). `{name}` placeholders are filled by `t(key, { name })`.
 * The Chinese strings that only one feature's pages read are not here but in ./page-strings: they
 * load with their page, so the pages most readers open start with less to download.
 */

import type * as audit from './messages/audit';
import * as auth from './messages/auth';
import * as beyond from './messages/beyond';
import * as compare from './messages/compare';
import type * as importPage from './messages/import';
import type * as measures from './messages/measures';
import * as overview from './messages/overview';
import * as problems from './messages/problems';
import type * as regions from './messages/regions';
import * as review from './messages/review';
import * as shell from './messages/shell';
import * as sourceAuthority from './messages/source-authority';
import type * as sources from './messages/sources';
import * as trust from './messages/trust';
import type * as uploadReview from './messages/upload-review';

export const core = {
  'app.title': '创新政策对标',
  'chart.loading': '正在加载图表…',
  'app.subtitle': '科技情报参考 · 以呼和浩特为基准',
  'app.skipToContent': '跳到主要内容',
  'nav.label': '主导航',
  'nav.overview': '概览',
  'nav.indicators': '指标',
  'nav.compare': '对比',
  'nav.measures': '举措',
  'nav.sources': '来源',
  'nav.review': '审核',
  'themeFilter.label': '政策主题',
  'themeFilter.clear': '清除主题筛选',
  'lang.switch': 'English',
  'lang.switchLabel': '切换为英文界面',
  'overview.title': '概览',
  'overview.intro':
    '本系统把《科技情报参考》中的各地政策举措和统计数据整理成可比较、可引用的数据，每个数字都附有原文出处。呼和浩特始终作为对标基准。',
  'overview.indicatorsLink': '查看指标对比',
  'overview.indicatorsHint': '按年份比较高新技术企业、科技型中小企业等指标，图表下列出每个数据的来源。',
  'notFound.title': '页面不存在',
  'notFound.back': '返回概览',
  'error.title': '页面出错了',
  'error.hint': '请刷新页面；如果问题持续，请把下面的信息告诉管理员。',
  'error.reload': '刷新页面',
  'indicators.title': '指标对比',
  'indicators.intro': '选择一个指标和最多 {max} 个地区，与呼和浩特对比。目标值以虚线表示。',
  'indicators.indicator': '指标',
  'indicators.places': '地区',
  'indicators.placeSearch': '搜索地区',
  'indicators.placeSearchHint': '中文名、拼音首字母（如 nj）或行政区划代码',
  'indicators.selectedCount': '已选 {count}/{max} 个对比地区',
  'indicators.maxReached': '已达上限，请先取消一个地区',
  'indicators.benchmark': '基准',
  'indicators.noPlaceMatch': '没有匹配的地区',
  'indicators.tabs': '视图',
  'indicators.tab.chart': '图表',
  'indicators.tab.table': '表格',
  'indicators.unitSwitch': '单位',
  'indicators.otherUnits': '另有 {count} 条数据序列使用其他单位，切换单位查看。',
  'indicators.chartLabel': '{indicator}：{places}的时间序列图。数据见表格视图和下方来源。',
  'indicators.missing': '无数据',
  'indicators.missingHint': '以下地区没有该指标的数据（不是零）：',
  'indicators.cutSeries': '{places}的数据点较多（最多 {total} 个），每条序列显示最新 {count} 个；下载 CSV 可得全部。',
  'indicators.loading': '正在加载数据…',
  'indicators.empty': '所选地区暂无该指标的数据。',
  'indicators.emptyHint': '请添加其他地区，或换一个指标。',
  'indicators.noIndicators': '还没有带数据的指标。请先导入一期《科技情报参考》或参考数据。',
  'indicators.error': '无法加载数据',
  'indicators.errorHint': '请检查网络或稍后重试；如果问题持续，请把下面的信息告诉管理员。',
  'indicators.retry': '重试',
  'indicators.definition': '口径',
  'indicators.definitionInChinese': '（仅有中文说明）',
  'sources.title': '来源',
  'sources.count': '共 {count} 条数据',
  'sources.issue': '期号',
  'sources.article': '文章',
  'sources.note': '说明',
  'sources.unreviewed': '未审核',
  'table.caption': '{indicator}：各地区数据及与上一期的变化',
  'table.place': '地区',
  'table.series': '序列',
  'table.period': '期间',
  'table.value': '数值',
  'table.unit': '单位',
  'table.change': '较上期变化',
  'table.changePct': '变化率',
  'table.source': '来源',
  'chart.year': '年份',
  'chart.source': '来源',
  'chart.noValue': '无数据',
  'kind.actual': '实际',
  'kind.target': '目标',
  'kind.growth': '增长率',
  'kind.share': '占比',
  'measure.level': '水平值',
  'measure.change': '变化量',
  'measure.rate': '变化率',
  'measure.share': '占比/比率',
  'figureStatus.actual': '实际',
  'figureStatus.target': '目标',
  'figureStatus.estimate': '预计',
  'period.point': '年末/时点',
  'period.year_to_date': '年中累计',
  'period.full_year': '全年',
  'period.multi_year': '多年累计',
  'period.deadline': '目标期限',
  'period.unknown': '期间未明',
  'flag.low_authority_source': '低权威来源',
  'flag.partial_year': '非全年数据',
  'flag.estimate_or_rounded': '估算/约数',
  'flag.lower_bound': '下限值',
  'flag.multi_year_cumulative': '多年累计',
  'flag.outside_2019_2024_window': '超出2019–2024范围',
  'flag.not_place_aggregate': '非本地区总量',
  'flags.label': '数据质量标记',
  'header.account': '账户',
  'header.login': '登录',
  'header.logout': '退出登录',
  'header.loggingOut': '正在退出…',
  'header.user': '{user}（{role}）',
  'role.admin': '管理员',
  'role.editor': '编辑',
  'role.viewer': '访客',
  'indicators.mode': '显示方式',
  'indicators.chartType': '图形',
  'indicators.chartType.line': '折线',
  'indicators.chartType.bar': '柱状',
  'indicators.mode.absolute': '绝对值',
  'indicators.mode.indexed': '指数（首年=100）',
  'indicators.mode.per_capita': '人均',
  'indicators.modeHint.indexed': '每条线除以其第一个数据点再乘以 100，便于比较增长幅度。',
  'indicators.modeHint.per_capita': '每个数据除以同一地区同一年份的{denominator}；没有对应数据的点不显示。',
  'indicators.perCapitaUnavailable': '该指标没有定义人均口径的分母，无法显示人均值。',
  'indicators.modeNotesTitle': '以下数据未能换算：',
  'indicators.modeNoteLine': '{place}{years}：{reason}',
  'indicators.modeNote.zero_base': '首个数据为 0，无法计算指数',
  'indicators.modeNote.no_denominator': '没有同一年份的{denominator}数据，不推算',
  'indicators.modeNote.conflicting_denominator': '同一年份有两个不同的{denominator}数据，无法确定',
  'indicators.modeNote.denominator_unit': '{denominator}数据的单位不是“人”，不换算',
  'indicators.modeNote.not_a_level': '增长率、占比等不是总量，不计算人均',
  'indicators.modeNote.no_year': '没有年份，无法对应{denominator}',
  'indicators.denominatorError': '无法加载分母数据（{denominator}），人均值暂不可用。',
  'indicators.download': '下载',
  'indicators.downloadPng': '下载 PNG',
  'indicators.downloadCsv': '下载 CSV',
  'indicators.downloadHint': 'PNG 图片下方附有指标、地区和来源；CSV 每行附有出处。',
  'indicators.downloadFailed': '无法生成图片：{message}',
  'indicators.pngPlaces': '地区：{places}',
  'indicators.pngSource': '来源：',
  'indicators.pngMode': '显示方式：{mode}',
  'indicators.themeFiltered': '按主题筛选后显示 {count}/{total} 个指标。',
  'indicators.noIndicatorForTheme': '所选主题下没有带数据的指标。',
  'target.title': '目标',
  'target.status.achieved': '已实现',
  'target.status.on_track': '按期推进',
  'target.status.acceleration_needed': '需要加速',
  'target.status.limited': '进展有限',
  'target.status.deterioration': '退步',
  'target.status.none': '无法评估',
  'target.series': '{place} · 目标（{year}年）',
  'target.value': '到 {year} 年达到 {value}',
  'target.noDeadline': '未写明期限',
  'target.from': '起点：{value}（{year}年）',
  'target.implied': '原文目标是变化 {written}，按 {year} 年实际值推算为此水平',
  'target.progress': '进展',
  'target.statusWithReason': '{status}（{reason}）',
  'target.statusNoReason': '{status}：{reason}',
  'target.method': '按 Open SDG 的年均复合增长率方法评估：实际年均增速与达到目标所需增速之比。',
  'target.empty': '所选地区没有该指标的目标。',
  'target.cut': '所选地区共有 {total} 个目标，这里显示 {shown} 个（呼和浩特优先）；减少地区可看到其余目标。',
  'target.error': '无法加载目标：{message}',
  'target.notDrawn': '以下目标在当前显示方式下不绘制：{places}',
  'target.reason.noBaseline': '没有设定目标之前的实际值（基期）',
  'target.reason.oneFigure': '只有一个实际值，尚无法衡量进展',
  'target.reason.met': '最新数值已达到目标',
  'target.reason.baselineMet': '基期数值已达到目标',
  'target.reason.positive': '增长率计算需要正数',
  'target.reason.deadline': '截止年份不晚于基期年份',
  'target.reason.cagr': '实际年均增长 {observed}%，需要年均增长 {required}%',
} as const;

/** Core strings plus each feature's own file in ./messages (so features do not edit one shared file). */
export const zh = {
  ...core,
  ...overview.zh,
  ...beyond.zh,
  ...compare.zh,
  ...trust.zh,
  ...sourceAuthority.zh,
  ...review.zh,
  ...auth.zh,
  ...shell.zh,
  ...problems.zh,
};
/** The strings ./page-strings loads with the pages of one feature. */
type PageOnly = typeof audit.zh &
  typeof importPage.zh &
  typeof measures.zh &
  typeof regions.zh &
  typeof sources.zh &
  typeof uploadReview.zh;
export type MessageKey = keyof typeof zh | keyof PageOnly;

/** The interface languages; Chinese is built in, English is loaded when it is chosen (translate.ts). */
export type Lang = 'zh' | 'en';
export type Dictionary = Record<MessageKey, string>;
