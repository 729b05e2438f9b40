/**
 * Link a figure to the indicator catalogue: the longest catalogue name or synonym found in the
 * subject wins; failing that, the longest found in the figure's clause (the catalogue then names
 * the subject too). A term is only taken when its indicator can hold the figure (家 is not 元).
 */
import type { Indicator } from '@ipb/domain';

export interface IndicatorLink {
  id: string;
  term: string;
  /** Found in the subject phrase (true) or only in the clause around the figure (false). */
  strong: boolean;
}

export interface IndicatorLinker {
  /** `window` is the text right before the figure: a term found there must end it. */
  link(subject: string | null, window: string, accepts: (id: string) => boolean): IndicatorLink | null;
  unitOf(id: string): string | null;
}

export function createIndicatorLinker(indicators: readonly Indicator[]): IndicatorLinker {
  const terms: Array<{ term: string; id: string }> = [];
  for (const ind of indicators) {
    for (const term of new Set([ind.nameZh, ...ind.synonyms])) if (term.length >= 2) terms.push({ term, id: ind.id });
  }
  terms.sort((a, b) => b.term.length - a.term.length || a.id.localeCompare(b.id));
  const units = new Map(indicators.map((i) => [i.id, i.unit]));
  const longestIn = (s: string, accepts: (id: string) => boolean) =>
    terms.find((t) => s.includes(t.term) && accepts(t.id) && !measuresSomethingElse(s, t.term)) ?? null;
  return {
    link(subject, window, accepts) {
      const inSubject = subject ? longestIn(subject, accepts) : null;
      if (inSubject) return { ...inSubject, strong: true };
      const inWindow = terms.find((t) => window.endsWith(t.term) && accepts(t.id)) ?? null;
      return inWindow ? { ...inWindow, strong: false } : null;
    },
    unitOf: (id) => units.get(id) ?? null,
  };
}

/**
 * 高新技术企业申报, 高新技术企业营收: words after the term that measure something of those entities
 * (their applications, revenue, investment), not the entities themselves.
 */
const ATTRIBUTE_AFTER =
  /^(的)?(申报|申请|营收|营业收入|收入|产值|增加值|利润|税收|纳税|投资|贷款|融资|出口|研发投入|研发费用|研发经费|从业人员|人员|员工|专利)/;
function measuresSomethingElse(subject: string, term: string): boolean {
  return ATTRIBUTE_AFTER.test(subject.slice(subject.indexOf(term) + term.length));
}

const MONEY = new Set(['元', '港币', '港元', '美元', '欧元', '日元']);
const PEOPLE = new Set(['人', '人次', '名', '位']);
const RATES = new Set(['%', 'pp', '倍', 'index']);
/** 项 and 件 both count patents; 家 and 元 never measure the same thing. */
function dimensionOf(unit: string): string {
  if (MONEY.has(unit)) return 'money';
  if (PEOPLE.has(unit)) return 'people';
  if (RATES.has(unit)) return unit;
  return /^(平方米|亩|公顷|平方公里|吨|公里|千瓦|千瓦时|兆瓦)$/.test(unit) ? unit : 'count';
}

/** Subject first, then the clause left of the figure; never across units (家 vs 元) except for rates of change and shares. */
export function linkIndicator(
  linker: IndicatorLinker,
  subject: string | null,
  window: string,
  unit: string | null,
  kind: string,
): IndicatorLink | null {
  const accepts = (id: string) => {
    const expected = linker.unitOf(id);
    if (kind === 'growth' || kind === 'share' || unit === null || expected === null) return true;
    return dimensionOf(expected) === dimensionOf(unit);
  };
  return linker.link(subject, window, accepts);
}
