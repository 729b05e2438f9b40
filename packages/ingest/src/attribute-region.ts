/**
 * Stage 4: which place an article is about. The title is read first, then the lead paragraph;
 * a compound name (浙江省湖州市, 杭州市余杭区) resolves to its most specific part, and a lead
 * mention that lies inside the title's place refines it (苏州市 → 苏州市吴中区). With no place in
 * the title, a text that calls itself 我市/全区/本县 takes, in order, a place of that kind its lead
 * names, the source's metadata, the local institutions it names, a place named before it first says
 * 我市 (place-context.ts); one that does not, the place it names most. What stays unknown is left
 * empty and flagged for review, never guessed; ambiguity and the evidence used are parse issues.
 */
import type { ExtractedPlace, ParseIssue, Region } from '@ipb/domain';
import {
  ELSEWHERE,
  earlierPlace,
  fits,
  institutionPlace,
  LOCAL_INSTITUTION,
  metadataPlace,
  type PlaceFound,
  type SelfReference,
  selfReferences,
} from './place-context';
import { LEVEL_RANK, type RegionIndex, type Resolved, resolveMentions } from './region-index';

export interface RegionAttribution {
  region: Region | null;
  place: ExtractedPlace;
  issues: ParseIssue[];
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

export interface ArticleText {
  title: string;
  lead: string;
  body: string;
  at: { start: number; end: number };
  /**
   * The text of the documents before this one in the same file (a 通知 above its 政策解读): a place
   * they name is a place named earlier. Empty for a bulletin's articles, which are independent.
   */
  preceding?: string;
}

export function attributeRegion(
  a: ArticleText,
  index: RegionIndex,
  metadata: readonly PlaceFound[] = [],
): RegionAttribution {
  // 高新区与哈尔滨工业大学共建…: a university's place in a title is not the article's.
  const inTitle = resolveMentions(index.mentions(a.title), index).filter(
    (t) => !INSTITUTION_AFTER.test(a.title.slice(t.end, t.end + 8)),
  );
  const inLead = resolveMentions(index.mentions(a.lead), index);
  let named: Resolved | null = inTitle.length > 0 ? [...inTitle].sort(bySpecific)[0]! : null;
  if (named) {
    const refined = inLead.filter((l) => index.isAncestor(named!.region, l.region)).sort(bySpecific)[0];
    if (refined && inLead.indexOf(refined) === 0) named = refined;
    return namedPlace(named, a);
  }
  const self = selfReferences(a.body.slice(0, BODY_SCAN));
  const early = a.body.slice(0, BODY_SCAN);
  if (!self) {
    const frequent = mostFrequent(resolveMentions(index.mentions(early), index), early, a.lead.length);
    if (frequent) return namedPlace(frequent, a);
    return fromContext(a, null, metadataPlace(metadata, null), 'metadata') ?? unresolved(a, null);
  }
  // The lead may name the place while the text speaks of the province around it (呼和浩特 … 全区科技创新中心).
  const fitsOrInside = (r: Region) => fits(r, self) || index.gazetteer.ancestors(r.code).some((p) => fits(p, self));
  const inLeadFitting = inLead.filter(
    (l) =>
      !l.ambiguous &&
      fitsOrInside(l.region) &&
      !INSTITUTION_AFTER.test(a.lead.slice(l.end, l.end + 8)) &&
      !LOCAL_INSTITUTION.test(a.lead.slice(l.end, l.end + 12)) &&
      !ELSEWHERE.test(a.lead.slice(Math.max(0, l.start - 1), l.start)),
  );
  // Two places of that kind in the lead (南京市与扬州市合作): which one is 我市 is not said.
  if (new Set(inLeadFitting.map((l) => l.region.code)).size === 1) return namedPlace(inLeadFitting[0]!, a);
  return (
    fromContext(a, self, metadataPlace(metadata, self), 'metadata') ??
    fromContext(a, self, institutionPlace(early, index, self), 'institution') ??
    fromContext(a, self, earlierPlace(`${a.preceding ?? ''}${early}`, index, shifted(self, a.preceding)), 'earlier') ??
    unresolved(a, self)
  );
}

const shifted = (self: SelfReference, preceding = ''): SelfReference => ({
  ...self,
  first: self.first + preceding.length,
});

function namedPlace(r: Resolved, a: ArticleText): RegionAttribution {
  const issues: ParseIssue[] = [];
  if (r.ambiguous) {
    const msg = `The place name in “${a.title}” matches several regions; chose ${r.region.name} (${r.region.code}).`;
    issues.push(issue('warning', 'region_ambiguous', msg, a.at));
  }
  return { region: r.region, place: { evidence: 'named', note: null, review: false }, issues };
}

function fromContext(
  a: ArticleText,
  self: SelfReference | null,
  found: PlaceFound | null,
  evidence: 'metadata' | 'institution' | 'earlier',
): RegionAttribution | null {
  if (!found) return null;
  const what = self ? `“${self.words.join('/')}”` : 'The article';
  const note = `${what} read as ${found.region.name} (${found.region.code}) from ${
    evidence === 'metadata'
      ? found.note
      : evidence === 'institution'
        ? `the local institution “${found.note}” in the text`
        : `“${found.note}”, named before it`
  }.`;
  return {
    region: found.region,
    place: { evidence, note, review: false },
    issues: [issue('info', 'place_from_context', `${note.replace(/\.$/, '')} in “${a.title}”.`, a.at)],
  };
}

function unresolved(a: ArticleText, self: SelfReference | null): RegionAttribution {
  const says = self ? ` (the text says ${self.words.join('/')})` : '';
  const message = `No place from the gazetteer found for the article “${a.title}”${says}, and nothing in the text or its source says which: left empty for a reviewer.`;
  return {
    region: null,
    place: { evidence: null, note: null, review: true },
    issues: [issue('warning', 'region_not_found', message, a.at)],
  };
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
