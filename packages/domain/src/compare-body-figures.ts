/**
 * A figure in Compare's body (`figures`, each once). Most figures are of a full year with no
 * qualifier, flag or conflict, and their citation is of the figure's own authority: a field that
 * is null or empty is left out, a full year's dates are said by `year` alone (a date that is not
 * its year's first or last day, or a null date with a year, is written out), and the citation
 * leaves out the authority the figure carries itself (the figure still carries it: decision 011)
 * and its repeated spans where there are none.
 * `unpackFigure(packFigure(f))` is `f`.
 */
import { z } from 'zod';
import { AlternativeValueSchema, ConflictBriefSchema } from './api';
import {
  type BodyCitation,
  BodyCitationSchema,
  type CitationHolder,
  type CitedOnce,
  unpackCitation,
} from './body-citations';
import { type LatestValue, LatestValueSchema } from './compare';

/**
 * The other values of a figure in conflict that the body lists (ninth session, docs/decisions/014):
 * `alternativesTotal` counts them all and GET /api/conflicts lists them; each carries its authority
 * and its citation, whose source is in the body's `sources` once.
 */
export const BODY_ALTERNATIVES = 3;

const ConflictBodySchema = ConflictBriefSchema.extend({
  alternatives: z.array(AlternativeValueSchema.extend({ citation: BodyCitationSchema })),
});

const { year, periodStart, periodEnd, qualifier, flags } = LatestValueSchema.shape;

/** A figure; each of its null or empty fields absent, and a full year's dates too. */
export const FigureBodySchema = LatestValueSchema.omit({
  citation: true,
  year: true,
  periodStart: true,
  periodEnd: true,
  qualifier: true,
  flags: true,
  conflict: true,
}).extend({
  year: year.unwrap().optional(),
  /** Each absent where it is the first (last) day of `year`, or null with `year`: a full year says it by its year. */
  periodStart: periodStart.optional(),
  periodEnd: periodEnd.optional(),
  qualifier: qualifier.unwrap().optional(),
  flags: flags.optional(),
  /** The conflict, its first BODY_ALTERNATIVES alternatives listed (`alternativesTotal` counts all). */
  conflict: ConflictBodySchema.optional(),
  citation: BodyCitationSchema,
});
export type FigureBody = z.infer<typeof FigureBodySchema>;

type PackCitation = (citation: LatestValue['citation'], holder: CitationHolder) => BodyCitation;

const yearStart = (year: number | null) => (year === null ? null : `${year}-01-01`);
const yearEnd = (year: number | null) => (year === null ? null : `${year}-12-31`);

export function packFigure(value: LatestValue, pack: PackCitation): FigureBody {
  const { citation, year, periodStart, periodEnd, qualifier, flags, conflict, ...rest } = value;
  const out: FigureBody = { ...rest, citation: pack(citation, { authority: value.authority, repeatsListed: true }) };
  if (year !== null) out.year = year;
  if (periodStart !== yearStart(year)) out.periodStart = periodStart;
  if (periodEnd !== yearEnd(year)) out.periodEnd = periodEnd;
  if (qualifier !== null) out.qualifier = qualifier;
  if (flags.length) out.flags = flags;
  if (conflict !== null)
    out.conflict = {
      ...conflict,
      alternatives: conflict.alternatives
        .slice(0, BODY_ALTERNATIVES)
        .map((alt) => ({ ...alt, citation: pack(alt.citation, { authority: alt.authority }) })),
    };
  return out;
}

export function unpackFigure(figure: FigureBody, cited: CitedOnce): LatestValue {
  const { citation, year = null, periodStart, periodEnd, qualifier, flags, conflict, ...rest } = figure;
  return {
    ...rest,
    year,
    periodStart: periodStart === undefined ? yearStart(year) : periodStart,
    periodEnd: periodEnd === undefined ? yearEnd(year) : periodEnd,
    qualifier: qualifier ?? null,
    flags: flags ?? [],
    conflict: conflict
      ? {
          ...conflict,
          alternatives: conflict.alternatives.map((alt) => ({
            ...alt,
            citation: unpackCitation(alt.citation, cited, { authority: alt.authority }),
          })),
        }
      : null,
    citation: unpackCitation(citation, cited, { authority: figure.authority, repeatsListed: true }),
  };
}
