/**
 * Citations in a body that names each source once (Compare: issue 10, ≤ 100 KB at 1,000× data).
 * A citation repeats its source's type, title, issue, URL and document number: dozens of measures
 * and figures cite a handful of sources. In the body each source is in `sources` once and a
 * citation names it by position; a measure's quote, which is its title, is left out. The
 * authority stays on every citation: each cited value carries it where it is (decision 011).
 * `unpackCitation(packCitation(c)) ` is `c`, field for field.
 */
import { z } from 'zod';
import { type Citation, CitationSchema } from './api';

const SOURCE_FIELDS = ['sourceType', 'sourceTitle', 'issue', 'url', 'documentNumber'] as const;

export const BodySourceSchema = CitationSchema.pick({
  sourceId: true,
  sourceType: true,
  sourceTitle: true,
  issue: true,
  url: true,
  documentNumber: true,
}).extend({ documentNumber: z.string().nullable() });
export type BodySource = z.infer<typeof BodySourceSchema>;

export const BodyCitationSchema = CitationSchema.omit({
  sourceType: true,
  sourceTitle: true,
  issue: true,
  url: true,
  documentNumber: true,
}).extend({
  /** Position of the citation's source in the body's `sources`. */
  source: z.number().int().min(0),
  /** Absent where it is the cited measure's title. */
  quote: z.string().optional(),
});
export type BodyCitation = z.infer<typeof BodyCitationSchema>;

/** Collects each source once while citations are packed; `sources` is the body's list. */
export function citationPacker() {
  const at = new Map<string, number>();
  const sources: BodySource[] = [];
  const pack = (citation: Citation, title?: string): BodyCitation => {
    const { sourceType, sourceTitle, issue, url, documentNumber, quote, ...rest } = citation;
    const source: BodySource = { sourceId: rest.sourceId, sourceType, sourceTitle, issue, url, documentNumber };
    // Keyed by every field, not by sourceId alone: nothing is lost if two citations of one source differ.
    const key = JSON.stringify(SOURCE_FIELDS.map((f) => source[f]).concat(String(source.sourceId)));
    let position = at.get(key);
    if (position === undefined) {
      position = sources.length;
      at.set(key, position);
      sources.push(source);
    }
    return { ...rest, source: position, ...(quote === title ? {} : { quote }) };
  };
  return { pack, sources };
}

/** The citation back from the body: its source's fields, and the title where the quote was left out. */
export function unpackCitation(citation: BodyCitation, sources: readonly BodySource[], title?: string): Citation {
  const { source: position, quote, ...rest } = citation;
  const source = sources[position];
  if (!source) throw new Error(`A citation names source ${position}, which the body does not include.`);
  const whole = quote ?? title;
  if (whole === undefined) throw new Error(`A citation of source ${source.sourceId} has no quote.`);
  const { sourceId: _id, ...fields } = source;
  return { ...rest, ...fields, quote: whole };
}
