/**
 * Citations in a body that names each source once (Compare: issue 10, ≤ 100 KB at 1,000× data).
 * A citation repeats its source's type, title, issue, URL and document number: dozens of measures
 * and figures cite a handful of sources. In the body each source is in `sources` once, keyed by
 * its id, and a citation keeps the id; where a citation's source fields differ from the entry
 * (a measure's citation leaves out the 文号 a figure's gives), it carries the ones that differ.
 * Article titles are in `articles` once and named by position: a column's measures are mostly
 * from one article. What the holder already says is not repeated: a measure's quote that is its
 * title, a figure's authority that is its own, a figure's empty list of repeated spans. Every
 * other citation keeps its authority, so each cited value carries it on itself or on its citation
 * (decision 011). A field that is null is left out.
 * `unpackCitation(pack(c, holder), citedOnce(body), holder)` is `c`, field for field.
 */
import { z } from 'zod';
import { type Citation, CitationSchema } from './api';
import type { Authority } from './authority';

const SOURCE_FIELDS = ['sourceType', 'sourceTitle', 'issue', 'url', 'documentNumber'] as const;
type SourceFields = Pick<Citation, (typeof SOURCE_FIELDS)[number]>;
const NULLABLE = ['start', 'end', 'note'] as const;

const { sourceType, sourceTitle, issue, url, start, end, note, authority } = CitationSchema.shape;
const documentNumber = z.string().nullable();

/** A cited source; its issue, URL and document number each absent where null. */
export const BodySourceSchema = z.object({
  sourceId: z.number().int(),
  sourceType,
  sourceTitle,
  issue: issue.unwrap().optional(),
  url: url.unwrap().optional(),
  documentNumber: z.string().optional(),
});
export type BodySource = z.infer<typeof BodySourceSchema>;

export const BodyCitationSchema = CitationSchema.pick({ sourceId: true, repeats: true }).extend({
  /** Absent where it is the authority of the figure that holds the citation. */
  authority: authority.optional(),
  /** Absent where it is the cited measure's title. */
  quote: z.string().optional(),
  /** Position of the article's title in the body's `articles`; absent where the citation names no article. */
  article: z.number().int().min(0).optional(),
  /** Each absent where null. */
  start: start.unwrap().optional(),
  end: end.unwrap().optional(),
  note: note.unwrap().optional(),
  /** The source's fields, each only where this citation's differs from the source's entry. */
  sourceType: sourceType.optional(),
  sourceTitle: sourceTitle.optional(),
  issue: issue.optional(),
  url: url.optional(),
  documentNumber: documentNumber.optional(),
});
export type BodyCitation = z.infer<typeof BodyCitationSchema>;

/** What the object holding a citation already says, so that its citation need not say it again. */
export interface CitationHolder {
  /** A measure's title: its citation's quote, where the two are the same. */
  title?: string;
  /** A figure's authority: its citation's, where the two are the same. */
  authority?: Authority;
  /** A figure's citation always lists its repeated spans: absent in the body where there are none. */
  repeatsListed?: true;
}

/** What the citations of a body name once each: their sources, and the titles of their articles. */
export interface CitedOnce {
  sources: ReadonlyMap<number, BodySource>;
  articles: readonly string[];
}

const entryOf = (source: BodySource): SourceFields => ({
  sourceType: source.sourceType,
  sourceTitle: source.sourceTitle,
  issue: source.issue ?? null,
  url: source.url ?? null,
  documentNumber: source.documentNumber ?? null,
});

/** Collects each source and article title once while citations are packed: the body's lists. */
export function citationPacker() {
  const at = new Map<number, BodySource>();
  const sources: BodySource[] = [];
  const articleAt = new Map<string, number>();
  const articles: string[] = [];
  const article = (title: string) => {
    let position = articleAt.get(title);
    if (position === undefined) {
      position = articles.push(title) - 1;
      articleAt.set(title, position);
    }
    return position;
  };
  const pack = (citation: Citation, holder: CitationHolder = {}): BodyCitation => {
    let source = at.get(citation.sourceId);
    if (!source) {
      source = { sourceId: citation.sourceId, sourceType: citation.sourceType, sourceTitle: citation.sourceTitle };
      for (const f of ['issue', 'url', 'documentNumber'] as const) if (citation[f] !== null) source[f] = citation[f];
      at.set(citation.sourceId, source);
      sources.push(source);
    }
    const entry = entryOf(source);
    const out: BodyCitation = { sourceId: citation.sourceId };
    if (citation.authority !== holder.authority) out.authority = citation.authority;
    if (citation.quote !== holder.title) out.quote = citation.quote;
    if (citation.articleTitle !== null) out.article = article(citation.articleTitle);
    for (const f of NULLABLE) if (citation[f] !== null) Object.assign(out, { [f]: citation[f] });
    if (citation.repeats !== undefined && !(holder.repeatsListed && !citation.repeats.length))
      out.repeats = citation.repeats;
    for (const f of SOURCE_FIELDS) if (citation[f] !== entry[f]) Object.assign(out, { [f]: citation[f] });
    return out;
  };
  /** Where the lists are now: `rollback` forgets every source and article title added since (Compare's budget). */
  const mark = () => ({ sources: sources.length, articles: articles.length });
  const rollback = (to: { sources: number; articles: number }) => {
    for (const s of sources.splice(to.sources)) at.delete(s.sourceId);
    for (const title of articles.splice(to.articles)) articleAt.delete(title);
  };
  return { pack, sources, articles, mark, rollback };
}

/** What unpacking reads: the body's sources by id, and its article titles. */
export const citedOnce = (body: { sources: readonly BodySource[]; articles: readonly string[] }): CitedOnce => ({
  sources: new Map(body.sources.map((s) => [s.sourceId, s])),
  articles: body.articles,
});

/** The citation back from the body: its source's fields, its nulls, and what its holder says. */
export function unpackCitation(citation: BodyCitation, cited: CitedOnce, holder: CitationHolder = {}): Citation {
  const source = cited.sources.get(citation.sourceId);
  if (!source) throw new Error(`A citation names source ${citation.sourceId}, which the body does not include.`);
  const quote = citation.quote ?? holder.title;
  if (quote === undefined) throw new Error(`A citation of source ${citation.sourceId} has no quote.`);
  const authority = citation.authority ?? holder.authority;
  if (authority === undefined) throw new Error(`A citation of source ${citation.sourceId} has no authority.`);
  const articleTitle = citation.article === undefined ? null : cited.articles[citation.article];
  if (articleTitle === undefined)
    throw new Error(`A citation names article ${citation.article}, which the body does not include.`);
  const repeats = citation.repeats ?? (holder.repeatsListed ? [] : undefined);
  const entry = entryOf(source);
  const pick = <F extends keyof SourceFields>(f: F): SourceFields[F] =>
    citation[f] === undefined ? entry[f] : (citation[f] as SourceFields[F]);
  return {
    sourceId: citation.sourceId,
    sourceType: pick('sourceType'),
    sourceTitle: pick('sourceTitle'),
    authority,
    issue: pick('issue'),
    articleTitle,
    url: pick('url'),
    documentNumber: pick('documentNumber'),
    quote,
    start: citation.start ?? null,
    end: citation.end ?? null,
    ...(repeats === undefined ? {} : { repeats }),
    note: citation.note ?? null,
  };
}
