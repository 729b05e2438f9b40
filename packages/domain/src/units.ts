/**
 * Units as written → canonical unit and factor. Shared by the extractor and the loaders so that a
 * figure typed by hand and one extracted from a bulletin normalise the same way.
 * Traditional characters (億, 萬) and the English units found in reference pages are included.
 */
export interface UnitNormalisation {
  unit: string;
  factor: number;
}

const MONEY: Record<string, number> = {
  元: 1,
  万元: 1e4,
  亿元: 1e8,
  万亿元: 1e12,
  千元: 1e3,
  百万元: 1e6,
  千万元: 1e7,
  十亿元: 1e9,
  亿人民币: 1e8,
  万人民币: 1e4,
  人民币: 1,
  yuan: 1,
  'thousand yuan': 1e3,
  'million yuan': 1e6,
  'billion yuan': 1e9,
  'trillion yuan': 1e12,
};

/** Count units whose canonical form is themselves, optionally with 万/亿 in front. */
const COUNTS = [
  '家',
  '个',
  '件',
  '项',
  '人',
  '人次',
  '笔',
  '款',
  '所',
  '座',
  '台',
  '套',
  '名',
  '户',
  '批',
  '条',
  '次',
  '位',
  '平方米',
  '亩',
  '吨',
  '公里',
  '场',
  '期',
  '卡时',
  '起',
  '种',
  '辆',
  '部',
  '支',
  '篇',
  '家次',
  '架',
  '艘',
  '公顷',
  '平方公里',
  '千瓦',
  '千瓦时',
  '兆瓦',
  '份',
  '处',
  '株',
  '只',
  '棵',
  '头',
  '栋',
  '幢',
  // Kinds of a thing (等 12 类蔬菜); a class (三类医疗器械, 1 类创新药) is told apart in find-figures.
  '类',
];

/** Foreign currencies are kept in their own unit: converting needs a dated exchange rate. */
const FOREIGN_MONEY = ['港币', '港元', '美元', '欧元', '日元'];

const ENGLISH_COUNTS: Record<string, string> = {
  enterprises: '家',
  companies: '家',
  firms: '家',
  'homes (家)': '家',
  institutions: '家',
  patents: '件',
  platforms: '个',
  people: '人',
  persons: '人',
};

const TABLE = new Map<string, UnitNormalisation>();
for (const [written, factor] of Object.entries(MONEY)) TABLE.set(written, { unit: '元', factor });
for (const c of COUNTS) {
  TABLE.set(c, { unit: c, factor: 1 });
  TABLE.set(`万${c}`, { unit: c, factor: 1e4 });
  TABLE.set(`亿${c}`, { unit: c, factor: 1e8 });
}
for (const c of FOREIGN_MONEY) {
  TABLE.set(c, { unit: c, factor: 1 });
  TABLE.set(`万${c}`, { unit: c, factor: 1e4 });
  TABLE.set(`亿${c}`, { unit: c, factor: 1e8 });
}
for (const [written, unit] of Object.entries(ENGLISH_COUNTS)) TABLE.set(written, { unit, factor: 1 });
// Computing power, in PFLOPS (2000P is 2000 PFLOPS, the usual shorthand of 算力 texts).
for (const [written, factor] of Object.entries({ EFLOPS: 1e3, PFLOPS: 1, TFLOPS: 1e-3, P: 1 }))
  TABLE.set(written, { unit: 'PFLOPS', factor });
TABLE.set('%', { unit: '%', factor: 1 });
TABLE.set('个百分点', { unit: 'pp', factor: 1 });
TABLE.set('百分点', { unit: 'pp', factor: 1 });
TABLE.set('倍', { unit: '倍', factor: 1 });
// 三成 is 30 %; 翻了一番 is a doubling (N 番 = 2^N times: kept as written, not multiplied).
TABLE.set('成', { unit: '%', factor: 10 });
TABLE.set('番', { unit: '番', factor: 1 });
TABLE.set('index', { unit: 'index', factor: 1 });

/** Fold traditional and full-width forms so 億元, 萬人, 戶, ％ share entries with 亿元, 万人, 户, %. */
const TRADITIONAL: Record<string, string> = {
  億: '亿',
  萬: '万',
  戶: '户',
  個: '个',
  項: '项',
  筆: '笔',
  臺: '台',
  場: '场',
  '％': '%',
};
export function foldUnit(written: string): string {
  return written
    .trim()
    .replace(/[億萬戶個項筆臺場％]/g, (c) => TRADITIONAL[c] ?? c)
    .replace(/\s+/g, ' ');
}

/** Normalise a unit as written; null when the unit is not known (the caller records a parse issue). */
export function normaliseUnit(written: string): UnitNormalisation | null {
  const folded = foldUnit(written);
  return TABLE.get(folded) ?? TABLE.get(folded.toLowerCase()) ?? null;
}

/** Every unit string the table knows, longest first: the extractor matches units greedily. */
export function knownUnits(): string[] {
  return [...TABLE.keys()].filter((u) => !/^[a-z (]/i.test(u)).sort((a, b) => b.length - a.length);
}
