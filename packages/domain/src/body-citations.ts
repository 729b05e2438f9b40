/**
 * Citations in a body that names each source once (Compare: issue 10, ≤ 100 KB at 1,000× data).
 * A citation repeats its source's id, type, title, authority, issue, URL and document number:
 * dozens of measures and figures cite a handful of sources. In the body each source is in
 * `sources` once, with its authority, and a citation names it by position; a measure's quote,
 * which is its title, is left out, and so is every field that is null (a source's issue, URL or
 * document number; a citation's article title, span or note).
 * Unpacked, every citation carries its authority again (decision 011).
 * `unpackCitation(packCitation(c))` is `c`, field for field.
 */
import { z } from 'zod';
import { type Citation, CitationSchema } from './api';

const { issue, url, articleTitle, start, end, note } = CitationSchema.shape;

/** A cited source; its issue, URL and document number each absent where null. */
export const BodySourceSchema = CitationSchema.pick({
  sourceId: true,
  sourceType: true,
  sourceTitle: true,
  authority: true,
}).extend({
  issue: issue.unwrap().optional(),
  url: url.unwrap().optional(),
  documentNumber: z.string().optional(),
});
export type BodySource = z.infer<typeof BodySourceSchema>;

export const BodyCitationSchema = CitationSchema.pick({ repeats: true }).extend({
  /** Position of the citation's source in the body's `sources`. */
  source: z.number().int().min(0),
  /** Absent where it is the cited measure's title. */
  quote: z.string().optional(),
  /** Each absent where null. */
  articleTitle: articleTitle.unwrap().optional(),
  start: start.unwrap().optional(),
  end: end.unwrap().optional(),
  note: note.unwrap().optional(),
});
export type BodyCitation = z.infer<typeof BodyCitationSchema>;

const present = <K extends string, V>(key: K, value: V | null): { [P in K]?: V } =>
  (value === null ? {} : { [key]: value }) as { [P in K]?: V };

/** Collects each source once while citations are packed; `sources` is the body's list. */
export function citationPacker() {
  const at = new Map<string, number>();
  const sources: BodySource[] = [];
  const pack = (citation: Citation, title?: string): BodyCitation => {
    const { sourceId, sourceType, sourceTitle, authority, issue, url, documentNumber, quote, repeats } = citation;
    // Keyed by every field, not by sourceId alone: nothing is lost if two citations of one source differ.
    const key = JSON.stringify([sourceId, sourceType, sourceTitle, authority, issue, url, documentNumber]);
    let position = at.get(key);
    if (position === undefined) {
      position = sources.length;
      at.set(key, position);
      sources.push({
        sourceId,
        sourceType,
        sourceTitle,
        authority,
        ...present('issue', issue),
        ...present('url', url),
        ...present('documentNumber', documentNumber),
      });
    }
    return {
      source: position,
      ...(quote === title ? {} : { quote }),
      ...present('articleTitle', citation.articleTitle),
      ...present('start', citation.start),
      ...present('end', citation.end),
      ...present('note', citation.note),
      ...(repeats === undefined ? {} : { repeats }),
    };
  };
  return { pack, sources };
}

/** The citation back from the body: its source's fields, the nulls, and the title where the quote was left out. */
export function unpackCitation(citation: BodyCitation, sources: readonly BodySource[], title?: string): Citation {
  const { source: position, quote, repeats } = citation;
  const source = sources[position];
  if (!source) throw new Error(`A citation names source ${position}, which the body does not include.`);
  const whole = quote ?? title;
  if (whole === undefined) throw new Error(`A citation of source ${source.sourceId} has no quote.`);
  return {
    sourceId: source.sourceId,
    sourceType: source.sourceType,
    sourceTitle: source.sourceTitle,
    authority: source.authority,
    issue: source.issue ?? null,
    url: source.url ?? null,
    documentNumber: source.documentNumber ?? null,
    articleTitle: citation.articleTitle ?? null,
    quote: whole,
    start: citation.start ?? null,
    end: citation.end ?? null,
    note: citation.note ?? null,
    ...(repeats === undefined ? {} : { repeats }),
  };
}
