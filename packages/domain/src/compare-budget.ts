/**
 * Compare's body stays within COMPARE_BODY_BYTES (100 KB) for any request the route accepts: up to
 * eight places and the benchmark, every theme, every catalogue indicator, at any data size (issue
 * 10, docs/decisions/014, ninth session). Every part of the comparison is bounded by count (3
 * measures a column, a row per indicator × period type × unit, 10 periods of history a cell), but
 * the counts multiply: nine places × 13 themes × 3 measures, or 64 indicators × nine places with a
 * figure and its citation each, are each several hundred kilobytes. So what is shown is chosen
 * against a byte budget, in this order, each step taking what fits of what is left:
 * 1. each column's latest measure, column by column (theme by theme, benchmark first), while the
 *    measures take at most FIRST_MEASURES_BYTES: one per column before any column shows two;
 * 2. the indicator rows, in order, whole (every place's cell with its figures, their authority,
 *    flags, conflicts and citations), up to the first that does not fit;
 * 3. the columns' second and third measures, round by round;
 * 4. each shown cell's history, latest first, round by round.
 * Nothing is left out silently: a column says its `total`, a cell whose history is shortened its
 * `historyTotal`, and a body without every row its `indicatorsTotal` with `indicatorsNext`, the
 * cursor (`indicatorCursor`) of an answer with the rows from there on (and no measures: a page of
 * rows only). A column's measures are reached through GET /api/compare/measures. A figure is never
 * shown without its source, authority or conflict: a row is shown whole or not at all.
 * The cost of each step is the bytes it adds to the packed body (packCompare): the item's JSON,
 * its figures and the sources and article titles it cites that the body does not list yet.
 */
import { citationPacker } from './body-citations';
import type { ComparedIndicator, CompareResponse, LatestValue, MeasureBrief } from './compare';
import { type CompareBody, packCompare, packMeasure } from './compare-body';
import { packFigure } from './compare-body-figures';
import { packPlace } from './compare-body-places';

/** The bound: issue 10's 100 KB. */
export const COMPARE_BODY_BYTES = 102_400;
/** What the latest measure of every column may take before the rows (step 1). */
export const FIRST_MEASURES_BYTES = 32_000;
// Positions (measureRefs, article) are counted in the order the budget adds items, not the order
// the body lists them: their digits can differ by a few bytes per reference. The markers set when
// something is cut (indicatorsTotal, indicatorsNext) are counted here too.
const MARGIN = 2_048;

export interface CompareBudget {
  /** The body's bound in bytes (COMPARE_BODY_BYTES). */
  bytes?: number;
  /** Set for a page of rows (`indicatorCursor`): the first row to show; such a page shows no measures. */
  rowsFrom?: number;
}

/** UTF-8 length of a string, without encoding it. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// Node's own count where there is one (the server), else utf8Bytes (a browser: the web's tests).
const nodeBuffer = (globalThis as { Buffer?: { byteLength(text: string): number } }).Buffer;
const bytesOf = nodeBuffer ? (text: string) => nodeBuffer.byteLength(text) : utf8Bytes;
const jsonBytes = (value: unknown) => bytesOf(JSON.stringify(value));

/** What each step admits: measures per column, rows [from, to), history entries per cell. */
interface Plan {
  shown: number[][];
  rowsTo: number;
  history: Map<string, number>;
}

const cellKey = (row: number, place: number) => `${row}|${place}`;

/** The plan, or null where it reaches row `ready`, which is not read yet (rows are read a page at a time). */
function plan(
  compare: CompareResponse,
  limit: number,
  rowsFrom: number,
  rowsOnly: boolean,
  ready: number,
): Plan | null {
  const citations = citationPacker();
  const figures = new Set<number>();
  const measureKeys = new Set<string>();
  const skeleton = {
    ...compare,
    indicators: [],
    themes: compare.themes.map(({ theme, columns }) => ({
      theme,
      columns: columns.map(({ measures: _m, ...c }) => ({ ...c, measureRefs: [] })),
    })),
    measures: [],
    figures: [],
    sources: [],
    articles: [],
  };
  let used = jsonBytes(skeleton) + MARGIN;

  /** Runs `add`, which returns the bytes of what it packs; undoes it (false) when that would pass `cap`. */
  const tryAdd = (cap: number, add: (newFigures: number[]) => number): boolean => {
    const mark = citations.mark();
    const newFigures: number[] = [];
    let cost = add(newFigures);
    for (const s of citations.sources.slice(mark.sources)) cost += jsonBytes(s) + 1;
    for (const a of citations.articles.slice(mark.articles)) cost += jsonBytes(a) + 1;
    if (used + cost <= cap) {
      used += cost;
      return true;
    }
    citations.rollback(mark);
    for (const id of newFigures) figures.delete(id);
    return false;
  };

  const columns = compare.themes.flatMap(({ columns }, t) => columns.map((c, i) => ({ t, i, measures: c.measures })));
  const shown = compare.themes.map(({ columns }) => columns.map(() => 0));
  // A measure listed already (a district's in its city's column and its own) costs only its reference.
  const measureCost = (m: MeasureBrief) => {
    const ref = String(measureKeys.size).length + 1;
    return measureKeys.has(`${m.id}|${m.regionCode}`) ? ref : ref + jsonBytes(packMeasure(m, citations.pack)) + 1;
  };
  /** Round by round: a column's next measure is added while every column before it has had its turn. */
  const measuresUpTo = (rounds: number, cap: number) => {
    const blocked = new Set<number>();
    for (let round = 0; round < rounds; round++)
      for (const [k, c] of columns.entries()) {
        const count = shown[c.t]?.[c.i] ?? 0;
        const m = c.measures[count];
        if (blocked.has(k) || count !== round || !m) continue;
        if (tryAdd(cap, () => measureCost(m))) {
          measureKeys.add(`${m.id}|${m.regionCode}`);
          (shown[c.t] as number[])[c.i] = count + 1;
        } else blocked.add(k);
      }
  };

  const rowCost = (row: ComparedIndicator, newFigures: number[]) => {
    let cost = 0;
    const ref = (value: LatestValue | null) => {
      if (!value) return null;
      if (!figures.has(value.observationId)) {
        figures.add(value.observationId);
        newFigures.push(value.observationId);
        cost += jsonBytes(packFigure(value, citations.pack)) + 1;
      }
      return value.observationId;
    };
    const { benchmark, places, ...rest } = row;
    const benchmarkId = ref(benchmark);
    const packed = places.map((p) => packPlace({ ...p, history: [] }, ref, benchmarkId));
    // `"history":[…]` and `"historyTotal":N` of each cell that has history, whatever step 4 shows.
    const historyFields = places.filter((p) => p.history.length).length * 34;
    return cost + jsonBytes({ ...rest, benchmarkId, places: packed }) + 1 + historyFields;
  };

  const rows = compare.indicators;
  if (!rowsOnly) measuresUpTo(1, Math.min(limit, used + FIRST_MEASURES_BYTES));
  let rowsTo = rowsFrom;
  while (rowsTo < rows.length) {
    if (rowsTo >= ready) return null;
    const row = rows[rowsTo] as ComparedIndicator;
    // A page's first row is shown even if it alone is over the budget: a cursor that never moves
    // would hide every row after it. (Only strings tens of kilobytes long make a row that big.)
    if (!tryAdd(rowsTo === rowsFrom && rowsOnly ? Number.POSITIVE_INFINITY : limit, (f) => rowCost(row, f))) break;
    rowsTo++;
  }
  if (!rowsOnly) measuresUpTo(Math.max(0, ...columns.map((c) => c.measures.length)), limit);

  const history = new Map<string, number>();
  const cells = rows
    .slice(rowsFrom, rowsTo)
    .flatMap((row, r) => row.places.map((p, i) => ({ key: cellKey(rowsFrom + r, i), periods: p.history })));
  const blocked = new Set<string>();
  for (let round = 0; round < Math.max(0, ...cells.map((c) => c.periods.length)); round++)
    for (const { key, periods } of cells) {
      const entry = periods[periods.length - 1 - round];
      if (!entry || blocked.has(key) || (history.get(key) ?? 0) !== round) continue;
      if (tryAdd(limit, () => jsonBytes(entry) + 1)) history.set(key, round + 1);
      else blocked.add(key);
    }
  return { shown, rowsTo, history };
}

/**
 * The comparison as Compare's body shows it within the budget: the measures, rows and history the
 * steps above admit, with the counts of what is not shown. Unchanged where everything fits.
 */
export function withinBudget(compare: CompareResponse, budget: CompareBudget = {}): CompareResponse {
  return withinBudgetOf(compare, budget, compare.indicators.length) as CompareResponse;
}

/** withinBudget of a comparison whose rows from `ready` on are not read yet; null where the page needs them. */
function withinBudgetOf(compare: CompareResponse, budget: CompareBudget, ready: number): CompareResponse | null {
  const rowsOnly = budget.rowsFrom !== undefined;
  const rowsFrom = Math.min(budget.rowsFrom ?? 0, compare.indicators.length);
  const planned = plan(compare, budget.bytes ?? COMPARE_BODY_BYTES, rowsFrom, rowsOnly, ready);
  if (!planned) return null;
  const { shown, rowsTo, history } = planned;
  const total = compare.indicators.length;
  const paged = rowsOnly || rowsTo < total;
  return {
    ...compare,
    themes: compare.themes.map(({ theme, columns }, t) => ({
      theme,
      columns: columns.map((c, i) => ({ ...c, measures: c.measures.slice(0, shown[t]?.[i] ?? 0) })),
    })),
    indicators: compare.indicators.slice(rowsFrom, rowsTo).map((row, r) => ({
      ...row,
      places: row.places.map((p, i) => {
        const keep = history.get(cellKey(rowsFrom + r, i)) ?? 0;
        if (keep >= p.history.length) return p;
        return { ...p, history: p.history.slice(p.history.length - keep), historyTotal: p.history.length };
      }),
    })),
    ...(paged ? { indicatorsTotal: total } : {}),
    ...(rowsTo < total ? { indicatorsNext: String(rowsTo) } : {}),
  };
}

/**
 * The body GET /api/compare sends: the comparison packed (each figure, measure and source once),
 * within the budget. Most comparisons fit whole: they are packed once and measured, and only one
 * that does not is planned item by item.
 */
export function packCompareWithin(compare: CompareResponse, budget: CompareBudget = {}): CompareBody {
  return packComparePage(compare, budget, compare.indicators.length) as CompareBody;
}

/**
 * packCompareWithin of a comparison whose rows are read a page at a time: `compare.indicators` has
 * every row's place, but only those from the page's first (`budget.rowsFrom`, else 0) up to `ready`
 * are read. Null where the body needs rows from `ready` on: the caller reads more and asks again,
 * and gets the very body packCompareWithin gives of the whole comparison, having read only the rows
 * the body shows and the one after them (Compare's cost per page: docs/decisions/014, eleventh session).
 * Whether a comparison fits whole is known before all its rows are read once the rows read already
 * pack to more than the budget: rows are packed before measures, so those rows' JSON, figures,
 * sources and articles are in the whole body as they are in theirs.
 */
export function packComparePage(compare: CompareResponse, budget: CompareBudget, ready: number): CompareBody | null {
  return pagePacked(compare, budget, ready)?.body ?? null;
}

/**
 * packComparePage with the body's JSON as `stringify` writes it (the route's compiled serialiser):
 * where the whole comparison fits, the text measured against the budget is the one sent, so the
 * route writes the body once rather than measuring one text and serialising another
 * (docs/decisions/014, sixteenth session). Any JSON of the body has the same length, whatever
 * order it writes the fields in, so the budget admits what it admitted with JSON.stringify.
 */
export function packComparePageJson(
  compare: CompareResponse,
  budget: CompareBudget,
  ready: number,
  stringify: (body: CompareBody) => string,
): { body: CompareBody; json: string } | null {
  const packed = pagePacked(compare, budget, ready, stringify);
  return packed && { body: packed.body, json: packed.json ?? stringify(packed.body) };
}

/** The page's body, and its JSON where it was measured whole. */
function pagePacked(
  compare: CompareResponse,
  budget: CompareBudget,
  ready: number,
  stringify: (body: CompareBody) => string = JSON.stringify,
): { body: CompareBody; json?: string } | null {
  const total = compare.indicators.length;
  if (budget.rowsFrom === undefined) {
    const limit = budget.bytes ?? COMPARE_BODY_BYTES;
    if (ready >= total) {
      const whole = packCompare(compare);
      const json = stringify(whole);
      if (bytesOf(json) <= limit) return { body: whole, json };
    } else if (rowsPackedBytes(compare, ready) <= limit) return null;
  }
  const page = withinBudgetOf(compare, budget, ready);
  return page && { body: packCompare(page) };
}

/** The bytes of the body of the first `ready` rows alone (no measures): at most the whole body's. */
function rowsPackedBytes(compare: CompareResponse, ready: number): number {
  return jsonBytes(
    packCompare({
      ...compare,
      themes: compare.themes.map(({ theme, columns }) => ({
        theme,
        columns: columns.map((c) => ({ ...c, measures: [] })),
      })),
      indicators: compare.indicators.slice(0, ready),
    }),
  );
}
