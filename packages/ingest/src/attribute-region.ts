/**
 * Stage 4: which place an article is about. The title is read first, then the lead paragraph;
 * a compound name (浙江省湖州市, 杭州市余杭区) resolves to its most specific part, and a lead
 * mention that lies inside the title's place refines it (苏州市 → 苏州市吴中区). With no place in
 * the title, the place named most often in the article wins. Ambiguous names are resolved by
 * the places around them; what stays ambiguous or missing becomes a parse issue.
 */
import type { ParseIssue, Region } from '@ipb/domain';
import type { PlaceMention, RegionIndex } from './region-index';

export interface RegionAttribution {
  region: Region | null;
  issues: ParseIssue[];
}

interface Resolved {
  region: Region;
  start: number;
  end: number;
  ambiguous: boolean;
}

/** Resolve a run of mentions: adjacent parent+child pairs collapse to the child. */
export function resolveMentions(mentions: PlaceMention[], index: RegionIndex): Resolved[] {
  const out: Resolved[] = [];
  let prev: Resolved | null = null;
  let prevEnd = -10;
  for (const m of mentions) {
    const adjacent = prev !== null && m.start - prevEnd <= 1;
    const inside = adjacent ? m.regions.filter((r) => index.isAncestor(prev!.region, r)) : [];
    if (inside.length > 0) {
      const region = mostSpecific(inside);
      out[out.length - 1] = { region, start: prev!.start, end: m.end, ambiguous: inside.length > 1 };
    } else {
      const region = mostSpecific(
        m.regions,
        out.map((o) => o.region),
        index,
      );
      out.push({ region, start: m.start, end: m.end, ambiguous: m.regions.length > 1 });
    }
    prev = out[out.length - 1]!;
    prevEnd = m.end;
  }
  return out;
}

const LEVEL_RANK: Record<Region['level'], number> = { province: 0, prefecture: 1, county: 2, zone: 3 };

function mostSpecific(regions: Region[], context: Region[] = [], index?: RegionIndex): Region {
  if (index && context.length > 0) {
    const near = regions.filter((r) => context.some((c) => index.isAncestor(c, r) || index.isAncestor(r, c)));
    if (near.length > 0) regions = near;
  }
  // Several places with one name: prefer the higher level (a city named like a county elsewhere).
  return [...regions].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.code.localeCompare(b.code))[0]!;
}

/** How much of an article is read to find the place it names most: the opening decides. */
const BODY_SCAN = 20_000;

/** A place name that opens an institution's name (四川大学, 浙江农林大学) is not about the place. */
const INSTITUTION_AFTER = /^(?:[\u4e00-\u9fff]{0,4})(大学|学院|医院|银行|公司|集团|研究院|研究所|实验室)/;

/** The place named most often, lead mentions counting double; institution names do not count. */
function mostFrequent(found: Resolved[], text: string, leadEnd: number): Resolved | null {
  const counts = new Map<string, { r: Resolved; n: number }>();
  for (const f of found) {
    if (INSTITUTION_AFTER.test(text.slice(f.end, f.end + 8))) continue;
    const weight = f.start < leadEnd ? 2 : 1;
    const c = counts.get(f.region.code);
    if (c) c.n += weight;
    else counts.set(f.region.code, { r: f, n: weight });
  }
  let best: { r: Resolved; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.r ?? null;
}

export function attributeRegion(
  title: string,
  lead: string,
  body: string,
  index: RegionIndex,
  at: { start: number; end: number },
): RegionAttribution {
  const issues: ParseIssue[] = [];
  const inTitle = resolveMentions(index.mentions(title), index);
  const inLead = resolveMentions(index.mentions(lead), index);
  let chosen: Resolved | null = inTitle.length > 0 ? [...inTitle].sort(bySpecific)[0]! : null;
  if (chosen) {
    const refined = inLead.filter((l) => index.isAncestor(chosen!.region, l.region)).sort(bySpecific)[0];
    if (refined && inLead.indexOf(refined) === 0) chosen = refined;
  } else {
    const early = body.slice(0, BODY_SCAN);
    chosen = mostFrequent(resolveMentions(index.mentions(early), index), early, lead.length);
  }
  if (!chosen) {
    issues.push(
      issue('warning', 'region_not_found', `No place from the gazetteer found for the article “${title}”.`, at),
    );
    return { region: null, issues };
  }
  if (chosen.ambiguous) {
    const msg = `The place name in “${title}” matches several regions; chose ${chosen.region.name} (${chosen.region.code}).`;
    issues.push(issue('warning', 'region_ambiguous', msg, at));
  }
  return { region: chosen.region, issues };
}

const bySpecific = (a: Resolved, b: Resolved) =>
  LEVEL_RANK[b.region.level] - LEVEL_RANK[a.region.level] || a.start - b.start;

function issue(
  severity: ParseIssue['severity'],
  code: string,
  message: string,
  at: { start: number; end: number },
): ParseIssue {
  return { severity, code, message, start: at.start, end: at.end };
}
