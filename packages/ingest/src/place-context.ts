/**
 * What says which place 我市, 全区 or 本县 is when the text does not name it (issue 9): the kind of
 * place the text calls itself, and the evidence around the text — the uploader's hints, the
 * publisher, the masthead, a `*.gov.cn` host — or inside it: a local institution (某某区科技局,
 * 某某市人民医院), a place named before the text first says 我市. A candidate must be the kind of
 * place the text calls itself (全区 is a district, a zone or an autonomous region, never a city), so
 * a province's name in a city's news is not taken; nothing here guesses.
 */
import type { Region, SourceHints } from '@ipb/domain';
import { type RegionIndex, resolveMentions } from './region-index';

/** The kind of place a text calls itself: 我市/全市 → 市, 全区 → 区, 本县/全旗 → 县 … */
export type SelfKind = '市' | '区' | '县' | '州' | '省';
const SELF = /(?:我|全|本)(市|区|县|旗|州|盟|省)(?![场域份])/g;
const KIND_OF: Record<string, SelfKind> = { 市: '市', 区: '区', 县: '县', 旗: '县', 州: '州', 盟: '州', 省: '省' };

export interface SelfReference {
  kinds: Set<SelfKind>;
  /** Offset of the first self-reference in the text searched. */
  first: number;
  /** The words as written (我市, 全区), for the parse note. */
  words: string[];
}

/**
 * A zone's own news calls it by its bare kind (高新区3个项目入选…, …，经开区新增…): a zone word with no
 * place name before it (the text's start or punctuation) is the text speaking of itself, like 全区.
 */
const BARE_ZONE = /(?:^|[^\p{L}\p{N}])((?:高新区|经开区|开发区|高新技术产业开发区))/gu;

export function selfReferences(text: string): SelfReference | null {
  const kinds = new Set<SelfKind>();
  const words = new Set<string>();
  let first = -1;
  const note = (kind: SelfKind, word: string, at: number) => {
    kinds.add(kind);
    words.add(word);
    if (first < 0 || at < first) first = at;
  };
  for (const m of text.matchAll(SELF)) note(KIND_OF[m[1]!]!, m[0], m.index);
  for (const m of text.matchAll(BARE_ZONE)) note('区', m[1]!, m.index + m[0].length - m[1]!.length);
  return first < 0 ? null : { kinds, first, words: [...words] };
}

/** Can a place be what the text calls itself? 全区 is a 区 or a zone; 全市 any 市, a county-level one too. */
export function fits(region: Region, self: SelfReference | null): boolean {
  if (!self) return true;
  const name = region.name;
  for (const kind of self.kinds) {
    if (kind === '区' && (name.endsWith('区') || region.level === 'zone')) return true;
    if (kind === '县' && /(县|旗)$/.test(name)) return true;
    if (kind === '州' && /(州|盟)$/.test(name)) return true;
    if (kind === '市' && name.endsWith('市')) return true;
    if (kind === '省' && name.endsWith('省')) return true;
  }
  return false;
}

export interface PlaceFound {
  region: Region;
  /** What was read, for the parse note. */
  note: string;
  /** The uploader named the place: it is taken even where the text calls itself another kind. */
  explicit?: boolean;
  /**
   * The other places the same evidence may name (a host label xiangyang: 襄阳市 or a 向阳区): taken
   * only when the kind of place the text calls itself leaves one of them.
   */
  among?: readonly Region[];
}

const LEVEL_DEPTH: Record<Region['level'], number> = { province: 0, prefecture: 1, county: 2, zone: 3 };

/** The most specific place a short text names (宁波市江北区科学技术局 → 江北区), if it names one place. */
export function placeIn(text: string, index: RegionIndex): Region | null {
  const found = resolveMentions(index.mentions(text), index);
  if (found.length === 0) return null;
  const deepest = [...found].sort((a, b) => LEVEL_DEPTH[b.region.level] - LEVEL_DEPTH[a.region.level])[0]!;
  // Two unrelated places (a publisher line naming a partner) say nothing certain.
  const related = found.every((f) => f === deepest || index.isAncestor(f.region, deepest.region));
  return related && !deepest.ambiguous ? deepest.region : null;
}

/**
 * A local government body or public institution after a place name: what the text's own place runs.
 * A 学院 named after a city (not a 大学, often a province's) is the city's own college.
 */
export const LOCAL_INSTITUTION =
  /^(?:人民政府|政府|党委|委员会|人大|政协|科技局|科学技术局|科技创新局|科学技术协会|科协|发改委|发展和改革委员会|工信局|经信局|财政局|统计局|税务局|人社局|教育局|卫健委|卫生健康委员会|市场监管局|市场监督管理局|农业农村局|商务局|自然资源局|人民医院|中医院|中心医院|妇幼保健院|疾控中心|第[一二三四五六七八九十]+(?:人民医院|医院|中学|小学)|学院|职业技术学院|农业科学研究院|农业科学院|农科院|实验中学|实验小学|融媒体中心|广播电视台|日报社|管委会|管理委员会|法院|人民法院|检察院|人民检察院|公安局|总工会|团委|图书馆|档案馆|科技馆|农村商业银行|农商银行|农村信用合作联社|农村信用社|村镇银行)/;

/** Where a mention is only a destination or a partner (赴杭州市, 与上海市合作, 在深圳举行). */
export const ELSEWHERE = /[赴到至往在与和同向从对]$/;

/** Local institutions the text names, of the kind the text calls itself: the most named one. */
export function institutionPlace(body: string, index: RegionIndex, self: SelfReference | null): PlaceFound | null {
  const counts = new Map<string, { found: PlaceFound; n: number }>();
  for (const m of resolveMentions(index.mentions(body), index)) {
    const after = LOCAL_INSTITUTION.exec(body.slice(m.end, m.end + 12));
    if (!after || m.ambiguous || !fits(m.region, self)) continue;
    const c = counts.get(m.region.code);
    if (c) c.n++;
    else counts.set(m.region.code, { found: { region: m.region, note: body.slice(m.start, m.end) + after[0] }, n: 1 });
  }
  return best(counts);
}

/** A place of the right kind named before the text first calls itself 我市/全区 (not a destination or a partner). */
export function earlierPlace(body: string, index: RegionIndex, self: SelfReference): PlaceFound | null {
  const counts = new Map<string, { found: PlaceFound; n: number }>();
  for (const m of resolveMentions(index.mentions(body.slice(0, self.first)), index)) {
    if (m.ambiguous || !fits(m.region, self) || ELSEWHERE.test(body.slice(Math.max(0, m.start - 1), m.start))) continue;
    const c = counts.get(m.region.code);
    if (c) c.n++;
    else counts.set(m.region.code, { found: { region: m.region, note: body.slice(m.start, m.end) }, n: 1 });
  }
  return best(counts);
}

function best(counts: Map<string, { found: PlaceFound; n: number }>): PlaceFound | null {
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  // Two places named as often: which one the text is about is not known.
  if (ranked.length > 1 && ranked[0]!.n === ranked[1]!.n) return null;
  return ranked[0]?.found ?? null;
}

/** What the source says about itself, in order of trust, each with how it was read. */
export interface SourceMetadata {
  hints: SourceHints;
  /** The masthead's publisher and title, and publisher lines in the text (来源：…, 主办单位：…). */
  publishers: string[];
}

/** The places the metadata names, in order of trust: the place hint, the publisher, the masthead, the URL's host. */
export function metadataPlaces(meta: SourceMetadata, index: RegionIndex): PlaceFound[] {
  const out: PlaceFound[] = [];
  const add = (region: Region | null | undefined, note: string, explicit = false, among?: Region[]) => {
    if (region && !out.some((o) => o.region.code === region.code))
      out.push({ region, note, explicit, ...(among ? { among } : {}) });
  };
  const { place, publisher, url } = meta.hints;
  if (place) add(index.gazetteer.byCode(place) ?? placeIn(place, index), `the place hint “${place}”`, true);
  if (publisher) add(placeIn(publisher, index), `the publisher hint “${publisher}”`);
  for (const p of meta.publishers) add(placeIn(p, index), `the publisher “${p}”`);
  if (url) {
    const named = hostPlaces(url, index);
    for (const region of named) add(region, `the address ${url}`, false, named.length > 1 ? named : undefined);
  }
  return out;
}

/**
 * The metadata's place for a text that calls itself `self`: the first that is of that kind (or
 * named by the uploader), unless the same evidence names another place of that kind too.
 */
export function metadataPlace(metadata: readonly PlaceFound[], self: SelfReference | null): PlaceFound | null {
  const fitting = metadata.filter((m) => m.explicit || fits(m.region, self));
  for (const m of fitting) {
    const rivals = m.among?.filter((r) => r.code !== m.region.code && fits(r, self)) ?? [];
    if (rivals.length === 0) return m;
  }
  return null;
}

/**
 * kjj.ningbo.gov.cn → 宁波市; yanta.gov.cn → 雁塔区: a `*.gov.cn` host's labels read as pinyin. A
 * label that names several places (xiangyang: 襄阳市 and two 向阳区) gives them all, unless another
 * label (ningbo for jiangbei) says which; the kind of place the text calls itself may then decide.
 */
export function hostPlaces(url: string, index: RegionIndex): Region[] {
  const host = /^(?:[a-z]+:\/\/)?([^/:?#\s]+)/i.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  if (!host.endsWith('.gov.cn')) return [];
  const labels = host.slice(0, -'.gov.cn'.length).split('.');
  const found = labels.map((l) => byPinyin(index).get(l) ?? []).filter((r) => r.length > 0);
  const chosen = hostChoice(found, index);
  if (chosen) return [chosen];
  return found.find((candidates) => candidates.length > 1) ?? [];
}

function hostChoice(found: Region[][], index: RegionIndex): Region | null {
  // A label may name several places (jiangbei): another label (ningbo) says which.
  const chosen: Region[] = [];
  for (const candidates of found) {
    const inside = candidates.filter((c) =>
      found.some((o) => o !== candidates && o.some((p) => index.isAncestor(p, c))),
    );
    const pick = candidates.length === 1 ? candidates : inside;
    if (pick.length === 1) chosen.push(pick[0]!);
  }
  return chosen.sort((a, b) => LEVEL_DEPTH[b.level] - LEVEL_DEPTH[a.level])[0] ?? null;
}

const pinyinIndexes = new WeakMap<RegionIndex, Map<string, Region[]>>();
function byPinyin(index: RegionIndex): Map<string, Region[]> {
  let map = pinyinIndexes.get(index);
  if (!map) {
    map = new Map();
    for (const r of index.regions) {
      const key = r.pinyin.replace(/\s+/g, '').toLowerCase();
      if (key) map.set(key, [...(map.get(key) ?? []), r]);
    }
    pinyinIndexes.set(index, map);
  }
  return map;
}
