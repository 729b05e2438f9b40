/**
 * The other-place check reads a clause group on from the previous figure's (other-place.ts,
 * `scanGroup`): what it keeps must be exactly what a fresh read of the whole group gives. Checked
 * against the fresh read (the check as it was before it read on) over random sentences made of
 * place names that are prefixes of longer ones, quote and book-title marks (closed, unclosed, and
 * closed more than 60 characters later), clause-group breaks and ordinary words, each asked about
 * prefix after prefix as a sentence's figures ask. It fails if the check reads on past an unclosed
 * mark, past a clause-group break, or from the old end without backing up to a name it cut short.
 * While a sentence names no place (and no 县域) up to a figure, the check answers at once
 * (`placeFree`), reading only what the previous figure's prefix did not: it fails if that answer
 * ignores 县域, is kept for the next sentence, or misses a name the longer prefix completes.
 */
import type { Region } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { regionIndexFor } from '../src/context-indexes';
import { loadIngestContext } from '../src/index';
import { otherPlaceOf } from '../src/other-place';
import { type RegionIndex, resolveMentions } from '../src/region-index';
import { DATA_DIR } from './eval/gold';

const ctx = await loadIngestContext(DATA_DIR);
const index = regionIndexFor(ctx.regions);

/** The check read afresh for every figure: the group cut, names blanked, places scanned from its start. */
function freshCheck(idx: RegionIndex, region: Region | null): (before: string) => boolean {
  const OWN_PLACE = /(全市|全省|全区|全县|全州|全盟|我市|我省|我区|我县|我州|本市|本区|本县|市本级|县本级)/;
  const NAMES = /[《“"「][^》”"」]{0,60}[》”"」]/g;
  const aboveCounty = region !== null && (region.level === 'province' || region.level === 'prefecture');
  return (before) => {
    const cut = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
    const group = cut.replace(NAMES, (m) => '　'.repeat(m.length));
    if (aboveCounty && /县域/.test(group)) return true;
    const last = resolveMentions(idx.mentions(group), idx).at(-1);
    if (!last || OWN_PLACE.test(group.slice(last.end))) return false;
    if (region === null) return true;
    if (last.region.code === region.code) return false;
    return !(region.level === 'zone' && idx.isAncestor(last.region, region));
  };
}

const byName = (name: string) => {
  const r = ctx.regions.find((x) => x.name === name);
  if (!r) throw new Error(`no region ${name}`);
  return r;
};

describe('the other-place check read on from the previous figure', () => {
  it('answers as a fresh read of the whole clause group, prefix after prefix', () => {
    // Names that run into longer names across a figure's cut (南京 → 南京市 → 南京市江宁区), a
    // province, counties, marks that open and close names, breaks, the own-place words, filler.
    const pieces = [
      '南',
      '京',
      '南京',
      '南京市',
      '江宁区',
      '南京市江宁区',
      '江苏',
      '江苏省',
      '浙江省',
      '杭州',
      '杭州市',
      '余杭区',
      '南昌县',
      '上饶县',
      '赣州市',
      '《',
      '》',
      '“',
      '”',
      '"',
      '「',
      '」',
      '；',
      ';',
      '，',
      '全市',
      '我省',
      '县域',
      '高新技术企业',
      '达到',
      '12',
      '家',
      '关于',
      '的通知',
      '科技',
      '创新',
      '研发投入',
      '。',
    ];
    const long = '科技创新'.repeat(16);
    let seed = 12;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const regions: Array<Region | null> = [
      null,
      byName('江苏省'),
      byName('南京市'),
      byName('江宁区'),
      byName('赣州市'),
      byName('南昌县'),
    ];
    let asked = 0;
    let placeFree = 0;
    // One check per place across the rounds, as one extraction asks sentence after sentence.
    const checks = new Map(regions.map((r) => [r, otherPlaceOf(index, r)]));
    // After every third round, a sentence of no place name (县域 and the own-place words stay), drawn
    // by a second generator so that the rounds above draw as they did: the sentences the place-free
    // answer is for (and, above a county, 县域 without a place), between sentences that name places.
    const placeless = pieces.filter((p) => index.mentions(p).length === 0 && p !== '南' && p !== '京');
    let seed2 = 34;
    const random2 = () => {
      seed2 = (seed2 * 1103515245 + 12345) % 2147483648;
      return seed2 / 2147483648;
    };
    const ask = (round: number, from: readonly string[], rnd: () => number) => {
      const parts = Array.from({ length: 4 + Math.floor(rnd() * 30) }, () =>
        rnd() < 0.03 ? long : from[Math.floor(rnd() * from.length)]!,
      );
      const sentence = parts.join('');
      const region = regions[round % regions.length]!;
      const check = checks.get(region)!;
      const fresh = freshCheck(index, region);
      // The sentence inside a longer text, as a figure's sentence is inside the article.
      const lead = rnd() < 0.5 ? '' : pieces[Math.floor(rnd() * pieces.length)]!.repeat(3);
      const text = `${lead}${sentence}。其余`;
      if (index.mentions(sentence).length === 0 && !sentence.includes('县域')) placeFree++;
      // A sentence's figures ask in order, each about the text up to itself, saying where it was cut
      // from; sometimes one asks twice, or a caller asks without saying (a table's subject).
      let at = 0;
      while (at < sentence.length) {
        at = Math.min(sentence.length, at + 1 + Math.floor(rnd() * 12));
        const before = text.slice(lead.length, lead.length + at);
        const said = rnd() < 0.9;
        const answer = said ? check(before, text, lead.length) : check(before);
        expect(answer, `${region?.name ?? 'no place'}: ${before}`).toBe(fresh(before));
        if (rnd() < 0.1) expect(check(before, text, lead.length)).toBe(fresh(before));
        asked++;
      }
    };
    for (let round = 0; round < 1500; round++) {
      ask(round, pieces, random);
      if (round % 3 === 2) ask(round + 1, placeless, random2);
    }
    expect(asked).toBeGreaterThan(10_000);
    // Both kinds of sentence were asked about: those that name no place and those that do.
    expect(placeFree).toBeGreaterThan(300);
    expect(placeFree).toBeLessThan(1000);
  });
});
