/** Shape of the hand-labelled gold files (packages/ingest/test/gold/*.gold.json) and a loader that checks them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type FigureMeasure,
  type FigureStatus,
  kindOfAxes,
  type ObservationKind,
  ObservationKindSchema,
  type PeriodType,
  PeriodTypeSchema,
  type PlaceEvidence,
  type SourceHints,
} from '@ipb/domain';

// The axes, their compatible kind and the hints are the domain's (issue 9); the kit re-exports them.
export { type FigureMeasure, type FigureStatus, kindOfAxes, type PlaceEvidence, type SourceHints };

export interface GoldArticle {
  /** As written in the body heading (markdown markers removed). */
  title: string;
  /**
   * GB/T 2260 code (development zones: "<city>-gxq" etc.), or null when nothing in the text or its
   * hints says which place 我市/全区/本县 is: the extractor must then leave it empty and flag it.
   */
  regionCode: string | null;
  regionName?: string | null;
  /** How a careful reader knows the place; absent in sets labelled before issue 9. */
  placeEvidence?: PlaceEvidence;
  /** Offset of the heading's first character (after any `#`/`**` markers). */
  start: number;
}

export interface GoldMeasure {
  articleIndex: number;
  ordinal: number;
  /** Offset of the marker (一是, 一、, （一）) or of the sub-heading's first character. */
  start: number;
  /** First characters, for humans. */
  head: string;
}

export interface GoldFigure {
  articleIndex: number;
  /** text.slice(start, end): the number and its unit as written. */
  text: string;
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: string | null;
  kind: ObservationKind;
  periodType: PeriodType;
  /**
   * The catalogue indicator (data/taxonomy/indicators.json) this figure measures for the article's
   * place, or null when it measures none (another place, one company, another scope or entity).
   * Absent when the set has not been labelled for links.
   */
  indicatorId?: string | null;
  /** Issue 9's two axes; absent in sets labelled before them. What is measured: */
  measure?: FigureMeasure;
  /** …and whether it happened, is aimed at, or is estimated. */
  status?: FigureStatus;
  /** Further mentions of the same fact (same value, unit, subject and period) in this text. */
  repeats?: { start: number; end: number }[];
}

export interface Gold {
  seed: string;
  sha256?: string;
  /** The metadata that came with the text, passed to the extractor as hints. */
  hints?: SourceHints;
  articles: GoldArticle[];
  measures: GoldMeasure[];
  figures: GoldFigure[];
}

export const SEEDS = ['kejiqingbao-2023-07.txt', 'kejiqingbao-2024-07.txt'] as const;

const here = dirname(fileURLToPath(import.meta.url));
export const GOLD_DIR = join(here, '../gold');
export const BULLETIN_DIR = join(here, '../../../../data/bulletins');
export const DATA_DIR = join(here, '../../../../data');

function fail(where: string, message: string): never {
  throw new Error(`gold ${where}: ${message}`);
}

function int(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(where, `expected a non-negative integer, got ${v}`);
  return v;
}

/** Checks the structure of a parsed gold file (throws on the first problem). */
export function parseGold(raw: unknown): Gold {
  const g = raw as Gold;
  if (!g || typeof g.seed !== 'string') fail('root', 'missing seed');
  if (!Array.isArray(g.articles) || !Array.isArray(g.measures) || !Array.isArray(g.figures)) {
    fail(g.seed, 'articles, measures and figures must be arrays');
  }
  g.articles.forEach((a, i) => {
    if (typeof a.title !== 'string' || (a.regionCode !== null && typeof a.regionCode !== 'string'))
      fail(`${g.seed} article ${i}`, 'title/regionCode');
    int(a.start, `${g.seed} article ${i}`);
  });
  g.measures.forEach((m, i) => {
    const where = `${g.seed} measure ${i}`;
    if (int(m.articleIndex, where) >= g.articles.length) fail(where, 'articleIndex out of range');
    int(m.ordinal, where);
    int(m.start, where);
  });
  g.figures.forEach((f, i) => {
    const where = `${g.seed} figure ${i}`;
    if (int(f.articleIndex, where) >= g.articles.length) fail(where, 'articleIndex out of range');
    if (int(f.end, where) <= int(f.start, where)) fail(where, 'empty span');
    if (typeof f.value !== 'number') fail(where, 'value');
    if (f.valueMax !== null && typeof f.valueMax !== 'number') fail(where, 'valueMax');
    ObservationKindSchema.parse(f.kind);
    PeriodTypeSchema.parse(f.periodType);
    if (f.indicatorId !== undefined && f.indicatorId !== null && typeof f.indicatorId !== 'string')
      fail(where, 'indicatorId');
    if ((f.measure === undefined) !== (f.status === undefined)) fail(where, 'measure and status come together');
    if (f.measure !== undefined && f.status !== undefined && kindOfAxes(f.measure, f.status) !== f.kind)
      fail(where, `kind ${f.kind} disagrees with its axes ${f.measure}/${f.status}`);
    for (const r of f.repeats ?? []) if (int(r.end, where) <= int(r.start, where)) fail(where, 'empty repeat span');
  });
  return g;
}

export function loadGold(seed: string): Gold {
  return parseGold(JSON.parse(readFileSync(join(GOLD_DIR, seed.replace(/\.txt$/, '.gold.json')), 'utf8')));
}

/** The decoded text of a seed, as the offsets see it (UTF-8, BOM removed). */
export function loadSeedText(seed: string): string {
  return readFileSync(join(BULLETIN_DIR, seed), 'utf8').replace(/^\uFEFF/, '');
}
