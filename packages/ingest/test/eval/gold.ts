/** Shape of the hand-labelled gold files (packages/ingest/test/gold/*.gold.json) and a loader that checks them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ObservationKind, ObservationKindSchema, type PeriodType, PeriodTypeSchema } from '@ipb/domain';

export interface GoldArticle {
  /** As written in the body heading (markdown markers removed). */
  title: string;
  /** GB/T 2260 code (development zones: "<city>-gxq" etc.). */
  regionCode: string;
  regionName?: string;
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
}

export interface Gold {
  seed: string;
  sha256?: string;
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
    if (typeof a.title !== 'string' || typeof a.regionCode !== 'string')
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
