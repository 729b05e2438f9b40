/**
 * Stage 6: find the figures in a stretch of normalised text — a number (Arabic, Chinese, a
 * fraction) with a known unit, or a percentage — with its range end and qualifiers. Numbers
 * that are not figures are skipped here: years, dates and other numbers without a unit, ordinals
 * (第 6 位), model and product names (V2.0, 5G, C919), numbers inside quoted names and document
 * titles, the indefinite 一 (一个, 一批) and set phrases (三位一体). Linear in the text length.
 */
import { knownUnits } from '@ipb/domain';
import { charTest } from './char-test';
import { CHINESE_NUMERAL_CHARS, parseChineseFraction, parseChineseInteger } from './chinese-numerals';
import { insideName, type QuoteRange } from './quotes';

export interface RawFigure {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: string | null;
  fraction: boolean;
}

export interface SkippedNumber {
  start: number;
  end: number;
  reason: 'unknown_unit';
  next: string;
}

const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const CHINESE = new RegExp(`[零〇一二两三四五六七八九十][${CHINESE_NUMERAL_CHARS}]*`, 'y');
const FRACTION = /(?:[一二三四五六七八九十百千]+分之[一二三四五六七八九十]+|一半)/y;
const RANGE_SEP = /%?(?:[-~—–]|至|到)(?=[\d零〇一二两三四五六七八九十])/y;
const BETWEEN = /余|多/y;
const AFTER = /以上|以下|以内|左右|之多/y;
const BEFORE = [
  '不少于',
  '不低于',
  '不超过',
  '不高于',
  '不到',
  '超过',
  '多达',
  '高达',
  '最高',
  '最多',
  '将近',
  '接近',
  '大约',
  '达到',
  '突破',
  '超',
  '近',
  '约',
  '逾',
  '达',
];
/**
 * BEFORE's words by their last char code, each list in BEFORE's order: a figure asks only the words
 * that can end just before it (most figures follow none), not all twenty with a startsWith each.
 */
const BEFORE_BY_LAST = new Map<number, string[]>();
for (const q of BEFORE) {
  const last = q.charCodeAt(q.length - 1);
  const list = BEFORE_BY_LAST.get(last);
  if (list) list.push(q);
  else BEFORE_BY_LAST.set(last, [q]);
}
const SET_PHRASE = /^(一体|一线|合一|一流)/;
const NOT_UNIT_NEXT = /[年月日号时分秒期届类大级版代型批]/;
/**
 * Computing power (算力规模 120 EFLOPS, 总算力 2000P): the one family of units written in Latin
 * letters after a number; any other letter after a number is a name (5G, NL9340).
 */
const COMPUTING_POWER = /^ ?(EFLOPS|PFLOPS|TFLOPS|P)(?!\s*[A-Za-z级])/;
/** Words before a count of kinds (番茄、黄瓜等 12 类, 涵盖 5 类). */
const KINDS_BEFORE = /(等|共|涵盖|覆盖|包括|包含|分为|分成)\s*$/;

const UNITS = knownUnits();
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) {
  const list = UNITS_BY_FIRST.get(u.charCodeAt(0)) ?? [];
  list.push(u);
  UNITS_BY_FIRST.set(u.charCodeAt(0), list);
}

function unitAt(text: string, i: number): string | null {
  // By char code: text[i] made a string of the character (and the lookup hashed it) at every figure.
  const units = UNITS_BY_FIRST.get(text.charCodeAt(i));
  if (units === undefined) return null;
  for (const u of units) if (text.startsWith(u, i)) return u;
  return null;
}

function sticky(re: RegExp, text: string, i: number): string | null {
  re.lastIndex = i;
  return re.exec(text)?.[0] ?? null;
}

interface NumberToken {
  end: number;
  value: number;
  chinese: boolean;
  fraction: boolean;
  percent?: boolean;
}

/** 突破千亿元, 超百家: a bare 千 or 百 after a bound word is 1000 or 100. */
const BARE_HUNDREDS_AFTER = /(突破|超过|超|近|逾|达到|达|迈上|跨上)$/;

function numberAt(text: string, i: number): NumberToken | null {
  const frac = sticky(FRACTION, text, i);
  if (frac) {
    const f = parseChineseFraction(frac);
    if (f) return { end: i + frac.length, value: f.value, chinese: true, fraction: !f.percent, percent: f.percent };
  }
  const bare = (text[i] === '千' || text[i] === '百') && text[i + 1] !== '分';
  if (bare && BARE_HUNDREDS_AFTER.test(text.slice(Math.max(0, i - 2), i))) {
    return { end: i + 1, value: text[i] === '千' ? 1000 : 100, chinese: true, fraction: false };
  }
  const ar = sticky(ARABIC, text, i);
  if (ar) return { end: i + ar.length, value: Number(ar.replace(/,/g, '')), chinese: false, fraction: false };
  const cn = sticky(CHINESE, text, i);
  if (!cn) return null;
  // Let 万/亿 belong to the unit when the rest is a unit (三千万元 → 三千 + 万元).
  let word = cn;
  while (/[万亿]$/.test(word) && word.length > 1 && unitAt(text, i + word.length - 1)) word = word.slice(0, -1);
  const value = parseChineseInteger(word);
  return value === null ? null : { end: i + word.length, value, chinese: true, fraction: false };
}

/** By char code: findFigures asks this of every character of the text. */
const isStartChar = charTest(/[\d零〇一二两三四五六七八九十百千]/);
/** 数十家, 几百人: an estimate, not a figure. */
const isVagueBefore = charTest(/[数几若]/);
/** The one-character tests of a figure's neighbours, by char code (text[i] made a string of each). */
const isMultiplier = charTest(/[万亿]/);
const isAboutWord = charTest(/[余多]/);
const isLatin = charTest(/[A-Za-z]/);
const isRankSide = charTest(/[前后]/);
const isSmallNumeral = charTest(/[一二两三四五六七八九十]/);
const isSpeakVerb = charTest(/[讲谈说提]/);
const isPointsEnd = charTest(/[。：:，,]/);
const isPhaseName = charTest(/[”’」》园谷区城港]/);
const isMonthOrWork = charTest(/[月工]/);
const isShareWord = charTest(/[果员立功本效交就绩长为熟型品都不]/);

/** 12万余人: the qualifier sits inside the unit; returns the unit without it and the span end. */
function splitUnit(text: string, j: number): { unit: string; end: number; qualifier: string } | null {
  if (!isMultiplier(text.charCodeAt(j)) || !isAboutWord(text.charCodeAt(j + 1))) return null;
  const rest = unitAt(text, j + 2);
  const unit = rest ? `${text[j]}${rest}` : null;
  return unit && UNITS.includes(unit) ? { unit, end: j + 2 + rest!.length, qualifier: text[j + 1]! } : null;
}
const continuesToken = charTest((c) => /[A-Za-z\d.\-_]/.test(c) || CHINESE_NUMERAL_CHARS.includes(c));

/**
 * Words after a count in Chinese numerals that make it the size of a list said around it (三项工作,
 * 三件事, 三个维度, 四个等级): the list's items are the content, the count is not a figure.
 */
const LIST_OF_WORK = /^(工作|任务|举措|措施|重点|方面|行动|事项|事(?!业)|维度|等级|层次|环节|板块)/;
const PHASE_AFTER = /^(建设|工程|项目|建成|投用|投产|开工|竣工|扩建|改造)/;

/**
 * 前10名 is a rank, 5个月 a duration, 三个方面 the size of the list that follows, “科创谷”二期 a
 * project's phase: counted, but not figures.
 */
function isRankOrDuration(text: string, i: number, end: number, unit: string | null): boolean {
  if (isRankSide(text.charCodeAt(i - 1)) && (unit === '名' || unit === '位' || text[end] === '强')) return true;
  if (unit === '个' && text.startsWith('方面', end)) return true;
  // 重点抓好三项工作, 五个方面, 分为四个等级: the size of a list, in Chinese numerals.
  if (isSmallNumeral(text.charCodeAt(i)) && LIST_OF_WORK.test(text.slice(end, end + 2))) return true;
  // 实验室二期建设: a project's phase.
  if (unit === '期' && PHASE_AFTER.test(text.slice(end, end + 2))) return true;
  // 我讲三条。: the number of points a speaker will make.
  if ((unit === '条' || unit === '点') && isSpeakVerb(text.charCodeAt(i - 1)) && isPointsEnd(text.charCodeAt(end)))
    return true;
  if (unit === '期' && isPhaseName(text.charCodeAt(i - 1))) return true;
  return /个$/.test(unit ?? '') && isMonthOrWork(text.charCodeAt(end));
}

export function qualifierBefore(text: string, i: number, floor: number): string | null {
  const words = i > floor ? BEFORE_BY_LAST.get(text.charCodeAt(i - 1)) : undefined;
  if (words === undefined) return null;
  for (const q of words) if (i - q.length >= floor && text.startsWith(q, i - q.length)) return q;
  return null;
}

/** Parse the figure that starts at i, or explain why there is none. */
function figureAt(text: string, i: number, quotes: readonly QuoteRange[]): RawFigure | SkippedNumber | null {
  const n = numberAt(text, i);
  if (!n) return null;
  let j = n.end;
  let valueMax: number | null = null;
  // 1亿~2亿元, 3万至5万人: the multiplier written on both ends belongs to the unit.
  const multiplier = isMultiplier(text.charCodeAt(j)) ? text[j]! : '';
  const sep = sticky(RANGE_SEP, text, j + multiplier.length);
  if (sep && !n.fraction) {
    const m = numberAt(text, j + multiplier.length + sep.length);
    if (m && m.chinese === n.chinese && m.value > n.value && (!multiplier || text[m.end] === multiplier)) {
      valueMax = m.value;
      j = m.end;
    }
  }
  const between = sticky(BETWEEN, text, j);
  if (between) j += between.length;
  const inner = between ? null : splitUnit(text, j);
  const latin = n.percent || inner || between ? null : COMPUTING_POWER.exec(text.slice(j, j + 8));
  const unit = n.percent ? '%' : text[j] === '%' ? '%' : (inner?.unit ?? latin?.[1] ?? unitAt(text, j));
  if ((!latin && isLatin(text.charCodeAt(n.end))) || isVagueBefore(text.charCodeAt(i - 1))) return null;
  if (!unit && !n.fraction) {
    const next = text[n.end] ?? '';
    const yearLike = n.value >= 1900 && n.value <= 2100 && Number.isInteger(n.value);
    const plausible =
      !n.chinese && !yearLike && /[\u4e00-\u9fff]/.test(next) && !NOT_UNIT_NEXT.test(next) && n.value < 1e6;
    return plausible ? { start: i, end: n.end, reason: 'unknown_unit', next } : null;
  }
  const end = n.percent ? n.end : latin ? j + latin[0].length : (inner?.end ?? j + (unit?.length ?? 0));
  // 三成 is a share but 两成员 / 一成不变 are words; 番 counts only after 翻 (翻了一番).
  if (unit === '成' && isShareWord(text.charCodeAt(end))) return null;
  // 等 12 类蔬菜 counts kinds; 三类医疗器械, 1 类创新药 name a class.
  if (unit === '类' && !KINDS_BEFORE.test(text.slice(Math.max(0, i - 3), i))) return null;
  if (unit === '番' && !/翻了?$/.test(text.slice(Math.max(0, i - 2), i))) return null;
  const indefinite = n.chinese && !n.fraction && !n.percent && (n.value === 1 || n.value === 0) && valueMax === null;
  if (indefinite && unit !== '番') return null;
  if (n.chinese && SET_PHRASE.test(text.slice(end, end + 2))) return null;
  if (text[i - 1] === '第' || insideName(quotes, i) || isRankOrDuration(text, i, end, unit)) return null;
  const qualifier = sticky(AFTER, text, end) ?? between ?? inner?.qualifier ?? null;
  return { start: i, end, value: n.value, valueMax, unit, qualifier, fraction: n.fraction };
}

export function findFigures(
  text: string,
  from: number,
  to: number,
  quotes: readonly QuoteRange[],
): { figures: RawFigure[]; skipped: SkippedNumber[] } {
  const figures: RawFigure[] = [];
  const skipped: SkippedNumber[] = [];
  for (let i = from; i < to; i++) {
    const signed = signedRate(text, i, from, to, quotes);
    if (signed) {
      figures.push(signed);
      i = signed.end - 1;
      continue;
    }
    if (!isStartChar(text.charCodeAt(i)) || (i > from && continuesToken(text.charCodeAt(i - 1)))) continue;
    const found = figureAt(text, i, quotes);
    if (found && 'reason' in found) {
      skipped.push(found);
    } else if (found && found.end <= to) {
      const before = qualifierBefore(text, i, from);
      figures.push(before ? { ...found, qualifier: preferBound(before, found.qualifier) } : found);
      i = found.end - 1;
      continue;
    }
    while (i + 1 < to && continuesToken(text.charCodeAt(i + 1))) i++;
  }
  return { figures, skipped };
}

/** 同比增长-2.1%, +18.2% y/y: a rate written with its sign (not a range 1-2%, not a token C-9). */
function signedRate(
  text: string,
  i: number,
  from: number,
  to: number,
  quotes: readonly QuoteRange[],
): RawFigure | null {
  const code = text.charCodeAt(i);
  // + - − by code: this runs at every character, and text[i] would make a string each time.
  const sign = code === 0x2b ? 1 : code === 0x2d || code === 0x2212 ? -1 : 0;
  if (sign === 0 || !/\d/.test(text[i + 1] ?? '') || (i > from && /[A-Za-z\d.%)）]/.test(text[i - 1]!))) return null;
  const found = figureAt(text, i + 1, quotes);
  if (!found || 'reason' in found || found.end > to || !RATE_UNITS.has(found.unit ?? '')) return null;
  const valueMax = found.valueMax === null ? null : sign * found.valueMax;
  return { ...found, start: i, value: sign * found.value, valueMax };
}
const RATE_UNITS = new Set(['%', '个百分点', '百分点']);

/** 达 … 以上: the bound (以上) says more than the verb (达). */
function preferBound(before: string, after: string | null): string {
  if (after && (before === '达' || before === '达到')) return after;
  return before;
}
