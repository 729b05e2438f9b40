/**
 * Instrument terms side by side (工具条款对照). Instruments (科技信贷, 担保, 风险补偿, 股权基金 …) and
 * the kinds of terms a programme states (cap, rate, share, threshold, fund size, volume) are data
 * in data/taxonomy/instruments.json, each with the words that recognise it, so every row says why it
 * is there. The figures themselves are the ones already extracted with their sentences; a policy
 * parameter is dated by its own sentence only (docs/decisions/010).
 */
import { z } from 'zod';
import { CitationSchema } from './api';
import { AuthoritySchema } from './authority';
import { MeasureBriefSchema } from './compare';
import { RegionSchema } from './regions';

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/);

export const InstrumentSchema = z.object({
  id: Id,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** EC-OECD STIP Compass policy-instrument code, when one fits. */
  stip: z.string().nullable(),
  /** Words that name the instrument in a clause or a programme name (贷, 担保, 风险补偿 …). */
  lexicon: z.array(z.string().min(1)).min(1),
});
export type Instrument = z.infer<typeof InstrumentSchema>;

export const TermKindSchema = z.object({
  id: Id,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** Units the term is written in: `money` (元), `percent` (%), `count` (笔, 家, 件 …). */
  units: z.array(z.enum(['money', 'percent', 'count'])).min(1),
  /** Qualifiers that make a figure this term (最高 → cap). */
  qualifiers: z.array(z.string()).default([]),
  /** Words in the figure's clause that make it this term (规模 → fund size; 按…比例 → rate). */
  clause: z.array(z.string()).default([]),
  /** When set, the words right after the figure must open with one of these (…以上的企业 → a threshold). */
  after: z.array(z.string()).default([]),
  /** An outcome of the programme (loans granted), not a rule of it: shown apart. */
  outcome: z.boolean().default(false),
});
export type TermKind = z.infer<typeof TermKindSchema>;

export const InstrumentFileSchema = z.object({
  instruments: z.array(InstrumentSchema).min(1),
  /** In order of precedence: the first kind whose rule holds is the figure's. */
  terms: z.array(TermKindSchema).min(1),
});
export type InstrumentFile = z.infer<typeof InstrumentFileSchema>;

/** One term of one programme, with the sentence it was read from. */
export const InstrumentTermSchema = z.object({
  instrumentId: z.string(),
  termKind: z.string(),
  /** The recognising words: the instrument's and the term's. */
  evidence: z.array(z.string()),
  regionCode: z.string(),
  /** The named programme the sentence speaks of (宁科贷), or null when it names none. */
  programme: z.string().nullable(),
  measureId: z.number().int(),
  measureTitle: z.string(),
  observationId: z.number().int(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  valueAsWritten: z.number(),
  unitAsWritten: z.string().nullable(),
  qualifier: z.string().nullable(),
  periodText: z.string().nullable(),
  flags: z.array(z.string()),
  authority: AuthoritySchema,
  citation: CitationSchema,
});
export type InstrumentTerm = z.infer<typeof InstrumentTermSchema>;

/** The most terms one page of GET /api/instruments carries (`offset` pages through the rest). */
export const MAX_INSTRUMENT_TERMS = 500;
/** The most measures per instrument and place one answer lists (`measuresLimit`). */
export const MAX_INSTRUMENT_MEASURES = 100;

export const InstrumentsQuerySchema = z.object({
  regions: z
    .string()
    .max(400)
    .optional()
    .describe(
      'Places beside the benchmark (at most 8); default: the 8 with the most terms on record (`placesTotal` counts them all).',
    ),
  benchmark: z.string().max(100).optional(),
  instrument: Id.optional().describe('One instrument id (data/taxonomy/instruments.json), e.g. tech_loan.'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_INSTRUMENT_TERMS)
    .default(50)
    .describe(`At most this many terms (benchmark first; default 50, at most ${MAX_INSTRUMENT_TERMS}).`),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Skip this many terms: the next page.'),
  measuresLimit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_INSTRUMENT_MEASURES)
    .default(3)
    .describe(
      `Per instrument and place, at most this many measures, latest first (default 3, at most ${MAX_INSTRUMENT_MEASURES}); the totals count them all.`,
    ),
});

export const InstrumentsResponseSchema = z.object({
  benchmark: RegionSchema,
  regions: z.array(RegionSchema),
  termKinds: z.array(TermKindSchema.pick({ id: true, nameZh: true, nameEn: true, outcome: true })),
  instruments: z.array(
    z.object({
      id: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      stip: z.string().nullable(),
      /**
       * The benchmark's side: `has_terms` (its programme states terms), `has_programme` (a measure of
       * this instrument, no term extracted) or `none_recorded` ("呼和浩特 has no comparable
       * programme" in the recorded measures; with thin coverage that may be missing data).
       */
      benchmark: z.enum(['has_terms', 'has_programme', 'none_recorded']),
      /** The benchmark's latest measures of this instrument, at most `measuresLimit` (text cut to an excerpt). */
      benchmarkMeasures: z.array(MeasureBriefSchema),
      benchmarkMeasuresTotal: z.number().int(),
      /** Places (besides the benchmark) whose measures use this instrument. */
      places: z.array(z.string()),
      /** Their measures that use it but state no term (shown so "no term" is not read as "no programme"). */
      /** …at most `measuresLimit` per place, latest first, the text cut to an excerpt; the total counts them all. */
      measuresWithoutTerms: z.array(MeasureBriefSchema),
      measuresWithoutTermsTotal: z.number().int(),
    }),
  ),
  /** The terms, flat (one CSV row each), benchmark first, then by place; `limit` of `total` from `offset`. */
  items: z.array(InstrumentTermSchema),
  total: z.number().int(),
  offset: z.number().int(),
  /**
   * Places beside the benchmark with a term on record. Without places named, `regions` holds the 8
   * with the most terms (ties by code), and items and measures are theirs.
   */
  placesTotal: z.number().int(),
  /** The benchmark's measures on record: below 20, "none recorded" may be missing data. */
  benchmarkMeasures: z.number().int(),
});
export type InstrumentsResponse = z.infer<typeof InstrumentsResponseSchema>;

const MONEY = new Set(['元']);
export function unitClass(unit: string): 'money' | 'percent' | 'count' {
  if (MONEY.has(unit)) return 'money';
  return unit === '%' ? 'percent' : 'count';
}

/**
 * The instrument a clause speaks of: the one whose word sits nearest before the figure (or in the
 * programme's name), with the word as evidence.
 */
export function instrumentOf(before: string, programme: string | null, instruments: readonly Instrument[]) {
  let best: { instrument: Instrument; word: string; at: number } | null = null;
  const text = `${programme ?? ''}\u0000${before}`;
  for (const instrument of instruments)
    for (const word of instrument.lexicon) {
      const at = text.lastIndexOf(word);
      if (at >= 0 && (!best || at > best.at || (at === best.at && word.length > best.word.length)))
        best = { instrument, word, at };
    }
  return best ? { instrument: best.instrument, word: best.word } : null;
}

/**
 * The term kind of a figure: the first kind (in file order) whose rule holds — its unit class, and
 * a qualifier (最高) or a clause word (规模), plus, where the kind asks, the words after the figure.
 */
export function termKindOf(
  figure: { unit: string; qualifier: string | null },
  clause: string,
  after: string,
  kinds: readonly TermKind[],
): { kind: TermKind; word: string } | null {
  const cls = unitClass(figure.unit);
  for (const kind of kinds) {
    if (!kind.units.includes(cls)) continue;
    if (kind.after.length && !kind.after.some((a) => after.startsWith(a))) continue;
    if (figure.qualifier && kind.qualifiers.includes(figure.qualifier)) return { kind, word: figure.qualifier };
    const word = kind.clause.find((w) => clause.includes(w));
    if (word) return { kind, word };
  }
  return null;
}

/** What a figure's term is read from: its clause in the source, its measure's programmes, unit and qualifier. */
export interface FigureInContext {
  /** Up to 60 characters of the source before the figure (whitespace removed), and 8 after it. */
  before: string;
  after: string;
  programs: readonly string[];
  unit: string;
  qualifier: string | null;
}

/** A figure read as a term: the instrument, the term kind, the recognising words and the programme. */
export interface TermReading {
  instrumentId: string;
  termKind: string;
  evidence: string[];
  programme: string | null;
}

/** The sentence a figure sits in, up to the figure: what the instrument and term words are read from. */
const sentenceBefore = (before: string) =>
  before.slice(Math.max(...['。', '！', '？', '；'].map((c) => before.lastIndexOf(c))) + 1);

/** The programme the sentence names nearest before the figure, else one named just after it. */
function programmeOf(f: FigureInContext, before: string): string | null {
  const named = f.programs
    .map((p) => ({ p, at: before.lastIndexOf(p) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => b.at - a.at);
  return named[0]?.p ?? f.programs.find((p) => f.after.includes(p)) ?? null;
}

/**
 * A figure as a term of an instrument, when the words before or after it name an instrument and a
 * term kind (data/taxonomy/instruments.json); null when they do not.
 */
export function readInstrumentTerm(f: FigureInContext, file: InstrumentFile): TermReading | null {
  const before = sentenceBefore(f.before);
  const programme = programmeOf(f, before);
  const instrument = instrumentOf(before, programme, file.instruments) ?? instrumentOf(f.after, null, file.instruments);
  if (!instrument) return null;
  const term = termKindOf(f, `${before.slice(-30)}|${f.after}`, f.after, file.terms);
  if (!term) return null;
  return {
    instrumentId: instrument.instrument.id,
    termKind: term.kind.id,
    evidence: [...new Set([instrument.word, term.word])],
    programme,
  };
}

/**
 * The instruments a measure speaks of: each whose lexicon has a word in its title, text or
 * programmes, with the words found (the measure is listed under that instrument).
 */
export function measureInstruments(
  m: { title: string; text: string; programs: readonly string[] },
  instruments: readonly Instrument[],
): Array<{ instrumentId: string; words: string[] }> {
  const all = `${m.title}${m.text}${m.programs.join('')}`;
  return instruments.flatMap((i) => {
    const words = i.lexicon.filter((w) => all.includes(w));
    return words.length ? [{ instrumentId: i.id, words }] : [];
  });
}
