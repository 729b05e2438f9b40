/**
 * What every held-out set's label.ts shares: the spec types and short names for kinds and period
 * types, and `labelSet`, which turns a set's labelling decisions (made by reading its texts) into
 * UTF-16 offsets into the decoded text, checks every span, and writes or checks gold/*.gold.json.
 *
 *   npx tsx packages/ingest/test/heldoutN/label.ts          # regenerate gold/*.gold.json
 *   npx tsx packages/ingest/test/heldoutN/label.ts --check  # verify the files are up to date
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type FigureMeasure,
  type FigureStatus,
  type Gold,
  type GoldArticle,
  type GoldFigure,
  type GoldMeasure,
  kindOfAxes,
  type PlaceEvidence,
  type SourceHints,
} from './gold';

export type Kind = GoldFigure['kind'];
export type Period = GoldFigure['periodType'];
/**
 * Issue 9's axes of a figure, and its repeated mentions: `also` lists further contexts in the same
 * text, each unique in the text and holding the figure text once, that state the same fact again
 * (same value, unit, subject and period); a mention written differently (+18.2% in an English line,
 * 18.2% in the Chinese body) is given as [context, its own text]. The figure's `kind` must equal
 * `kindOfAxes(measure, status)`.
 */
export interface Axes {
  measure: FigureMeasure;
  status: FigureStatus;
  also?: (string | [string, string])[];
}
const axes = (measure: FigureMeasure, status: FigureStatus): Axes => Object.freeze({ measure, status });
/** Shorthands: Level, Change, Rate, Share × Actual, Target, Estimate (spread them to add `also`). */
export const LA = axes('level', 'actual');
export const LT = axes('level', 'target');
export const LE = axes('level', 'estimate');
export const CA = axes('change', 'actual');
export const CT = axes('change', 'target');
export const CE = axes('change', 'estimate');
export const RA = axes('rate', 'actual');
export const RT = axes('rate', 'target');
export const RE = axes('rate', 'estimate');
export const SA = axes('share', 'actual');
export const ST = axes('share', 'target');
export const SE = axes('share', 'estimate');
/**
 * [context, figure text, value, valueMax, unit, qualifier, kind, periodType, indicator, axes];
 * indicator is the catalogue id the figure measures for the article's place, or null
 * (../gold/README.md, "Links"); axes as above (sets labelled before issue 9 have none).
 */
export type FigureSpec = [
  string,
  string,
  number,
  number | null,
  string | null,
  string | null,
  Kind,
  Period,
  (string | null)?,
  Axes?,
];
export interface ArticleSpec {
  title: string;
  /** null: nothing in the text or its hints says which place it is (the extractor must flag it). */
  regionCode: string | null;
  regionName: string | null;
  /** How the place is known: named in the text, from the hints, from local institutions, named earlier. */
  placeEvidence?: PlaceEvidence;
  measures: string[];
  figures: FigureSpec[];
}
export type { FigureMeasure, FigureStatus, PlaceEvidence, SourceHints };
export const LEVEL = 'level';
export const CHANGE = 'change';
export const RATE = 'rate';
export const SHARE = 'share';
export const ACTUAL = 'actual';
export const TARGET = 'target';
export const ESTIMATE = 'estimate';

export const A = 'actual';
export const T = 'target';
export const G = 'growth';
export const S = 'share';
export const PT = 'point';
export const YTD = 'year_to_date';
export const FY = 'full_year';
export const MY = 'multi_year';
export const DL = 'deadline';
export const UN = 'unknown';

function fail(msg: string): never {
  throw new Error(msg);
}

const catalogue = new Set(
  (
    JSON.parse(
      readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../../data/taxonomy/indicators.json'), 'utf8'),
    ) as Array<{ id: string }>
  ).map((i) => i.id),
);

/** A link label names a catalogue indicator, or null. */
export function checkIndicator(id: string | null, where: string): string | null {
  if (id !== null && !catalogue.has(id))
    fail(`${where}: "${id}" is not an indicator id in data/taxonomy/indicators.json`);
  return id;
}

function indexesOf(hay: string, needle: string, from = 0, to = hay.length): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = hay.indexOf(needle, i + 1))
    out.push(i);
  return out;
}

/** Heading occurrences: the line is the title alone, optionally after `### ` or `**` markers. */
function headingStarts(text: string, title: string): number[] {
  return indexesOf(text, title).filter((i) => {
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const before = text.slice(lineStart, i);
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) lineEnd = text.length;
    const after = text.slice(i + title.length, lineEnd);
    return /^[#*\s]*$/.test(before) && /^[*\s]*$/.test(after);
  });
}

/**
 * One set: its folder (that of `moduleUrl`), its decisions, and the files stored in GB18030 (their
 * bytes must not be valid UTF-8); every other text is UTF-8 with the BOM removed.
 */
export function labelSet(
  moduleUrl: string,
  texts: Record<string, ArticleSpec[]>,
  encodings: Record<string, 'gb18030'> = {},
  hints: Record<string, SourceHints> = {},
) {
  const here = dirname(fileURLToPath(moduleUrl));
  const textDir = join(here, 'texts');
  const goldDir = join(here, 'gold');

  /** The decoded text as offsets see it; line endings kept. */
  const decode = (name: string): string => {
    const bytes = readFileSync(join(textDir, name));
    return new TextDecoder(encodings[name] ?? 'utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  };

  const checkEncoding = (name: string): void => {
    if (encodings[name] !== 'gb18030') return;
    let utf8 = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(textDir, name)));
    } catch {
      utf8 = false;
    }
    if (utf8) fail(`${name}: listed as GB18030 but its bytes decode as UTF-8`);
  };

  const goldPath = (name: string) => join(goldDir, name.replace(/\.txt$/, '.gold.json'));

  function buildGold(name: string): Gold {
    const spec = texts[name] ?? fail(`${name}: no labels`);
    checkEncoding(name);
    const text = decode(name);

    const starts = spec.map((a) => {
      const hits = headingStarts(text, a.title);
      if (hits.length !== 1) fail(`${name}: heading "${a.title}" found ${hits.length} times as a heading line`);
      return hits[0]!;
    });
    const articles: GoldArticle[] = spec.map((a, i) => ({
      title: a.title,
      regionCode: a.regionCode,
      regionName: a.regionName,
      start: starts[i]!,
      ...(a.placeEvidence ? { placeEvidence: a.placeEvidence } : {}),
    }));
    const measures: GoldMeasure[] = [];
    const figures: GoldFigure[] = [];
    /** The span of `fig` inside the one occurrence of `ctx` between from and to. */
    const locate = (ctx: string, fig: string, from: number, to: number): [number, number] => {
      const hits = indexesOf(text, ctx, from, to);
      if (hits.length !== 1) fail(`${name}: context "${ctx}" found ${hits.length} times`);
      const inner = indexesOf(ctx, fig);
      if (inner.length !== 1) fail(`${name}: "${fig}" is not once in "${ctx}"`);
      const start = hits[0]! + inner[0]!;
      const end = start + fig.length;
      if (text.slice(start, end) !== fig) fail(`${name}: span check failed for ${fig}`);
      return [start, end];
    };
    spec.forEach((a, ai) => {
      const from = starts[ai]!;
      const to = ai + 1 < starts.length ? starts[ai + 1]! : text.length;
      a.measures.forEach((head, mi) => {
        const hits = indexesOf(text, head, from, to);
        if (hits.length !== 1) fail(`${name}: measure "${head}" found ${hits.length} times`);
        measures.push({
          articleIndex: ai,
          ordinal: mi + 1,
          start: hits[0]!,
          head: text.slice(hits[0]!, hits[0]! + 12),
        });
      });
      for (const [ctx, fig, value, valueMax, unit, qualifier, kind, periodType, indicatorId, axes] of a.figures) {
        const [start, end] = locate(ctx, fig, from, to);
        const figure: GoldFigure = {
          articleIndex: ai,
          text: fig,
          start,
          end,
          value,
          valueMax,
          unit,
          qualifier,
          kind,
          periodType,
        };
        if (indicatorId !== undefined) figure.indicatorId = checkIndicator(indicatorId, `${name}: ${ctx}`);
        if (axes) {
          if (kindOfAxes(axes.measure, axes.status) !== kind)
            fail(`${name}: "${ctx}" is labelled ${kind} but its axes ${axes.measure}/${axes.status} say otherwise`);
          figure.measure = axes.measure;
          figure.status = axes.status;
          // A repeat may sit anywhere in the text (a headline above the article, a duplicated paragraph).
          if (axes.also?.length)
            figure.repeats = axes.also.map((c) => {
              const [context, written] = typeof c === 'string' ? [c, fig] : c;
              const [s, e] = locate(context, written, 0, text.length);
              return { start: s, end: e };
            });
        }
        figures.push(figure);
      }
    });
    figures.sort((x, y) => x.start - y.start);
    const seen = new Set<number>();
    for (const f of figures) {
      if (seen.has(f.start)) fail(`${name}: two figures start at ${f.start}`);
      seen.add(f.start);
    }
    const sha256 = createHash('sha256')
      .update(readFileSync(join(textDir, name)))
      .digest('hex');
    const hint = hints[name];
    return { seed: name, sha256, ...(hint ? { hints: hint } : {}), articles, measures, figures };
  }

  /** Run the set's label.ts as a script: write the gold files, or check them with --check. */
  function runAsScript(): void {
    if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
    const check = process.argv.includes('--check');
    let stale = 0;
    for (const name of Object.keys(texts)) {
      const gold = buildGold(name);
      const json = `${JSON.stringify(gold, null, 2)}\n`;
      if (check) {
        let current = '';
        try {
          current = readFileSync(goldPath(name), 'utf8');
        } catch {}
        if (current !== json) {
          stale++;
          console.error(`${name}: gold file out of date`);
        }
      } else {
        writeFileSync(goldPath(name), json);
      }
      console.log(
        `${name.padEnd(34)} articles ${gold.articles.length}  measures ${gold.measures.length}  figures ${gold.figures.length}  chars ${decode(name).length}`,
      );
    }
    if (stale > 0) process.exit(1);
  }

  return { textDir, goldDir, decode, buildGold, goldPath, runAsScript };
}
