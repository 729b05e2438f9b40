/**
 * The pipeline: bytes (or text) + context → ExtractionResult. Pure: every table it needs comes in
 * through the context; nothing is read from disk here, and nothing below throws except decoding,
 * which refuses unreadable input with an IngestInputError. Spans are offsets into the decoded text.
 */
import type {
  ExtractedArticle,
  ExtractedIndicator,
  ExtractedMeasure,
  ExtractionResult,
  Indicator,
  ParseIssue,
  Region,
  SourceHints,
  Theme,
} from '@ipb/domain';
import { attributeRegion } from './attribute-region';
import { type ArticleFigureInput, buildIndicators, ruleTopicOf } from './build-indicators';
import { classifyThemes } from './classify-themes';
import { linkerFor, regionIndexFor } from './context-indexes';
import { acceptText, type DecodedInput, decodeInput } from './decode';
import { findPrograms } from './find-programs';
import { introFraming } from './intro-framing';
import type { IndicatorLinker } from './link-indicator';
import { mergeRepeats } from './merge-repeats';
import { asWritten, type NormalisedText, normalise, toDecodedSpan } from './normalise';
import { otherPlaceOf } from './other-place';
import { META_LINE, type Paragraph, paragraphsOf, subHeadlineEnd, WIRE_DATELINE } from './paragraphs';
import { documentIssues, unknownUnit } from './parse-issues';
import { findPeriods, type SourceDate } from './periods';
import { metadataPlaces, type PlaceFound } from './place-context';
import { planStartOf } from './plan-start';
import { insideName, type QuoteRange, quoteRanges } from './quotes';
import type { RegionIndex } from './region-index';
import { type MeasureSlice, segmentMeasures } from './segment-measures';
import { sourceMetadata } from './source-hints';
import { buildSource, sourceDate } from './source-meta';
import { type ArticleSlice, splitIssue } from './split';

export interface IngestContext {
  regions: readonly Region[];
  themes: readonly Theme[];
  indicators: readonly Indicator[];
  fileName?: string;
  /** What the uploader said about the source (URL, publisher, place): evidence of an article's place. */
  hints?: SourceHints;
  /** Issues found while loading the context (a missing data file), copied into the result. */
  contextIssues?: readonly ParseIssue[];
}

interface Shared {
  decoded: string;
  norm: NormalisedText;
  quotes: QuoteRange[];
  date: SourceDate;
  regionIndex: RegionIndex;
  linker: IndicatorLinker;
  themes: readonly Theme[];
  issues: ParseIssue[];
  /** The masthead's title, if any (an issue of 科技统计快报). */
  title: string;
  /** Places the source's metadata names, in order of trust (place-context.ts). */
  metadataPlaces: PlaceFound[];
  /** Each sentence's quote by its normalised span: the figures of one sentence share it. */
  sentenceQuotes: Map<string, string>;
}

function decodedSpan(s: Shared, start: number, end: number) {
  return toDecodedSpan(s.norm, start, end);
}

const stripMarkup = (t: string) => t.replace(/^#{1,6}\s*/gm, '').replace(/\*\*/g, '');

function buildMeasure(m: MeasureSlice, s: Shared): ExtractedMeasure {
  const text = s.norm.text;
  const mText = stripMarkup(asWritten(s.norm, s.decoded, m.start, m.end));
  const span = decodedSpan(s, m.start, m.end);
  const t = classifyThemes(stripMarkup(text.slice(m.start, m.end)), s.themes, m.title);
  const at = text.indexOf(m.title, m.start);
  return {
    ordinal: m.ordinal,
    title: at >= 0 ? asWritten(s.norm, s.decoded, at, at + m.title.length) : m.title,
    // Every record's text is exactly its span of the decoded input; plainText is for reading.
    text: s.decoded.slice(span.start, span.end),
    plainText: mText,
    themes: t.themes,
    themeEvidence: t.evidence,
    programs: findPrograms(mText),
    confidence: m.confidence,
    ...span,
  };
}

function figuresOf(
  slice: ArticleSlice,
  slices: MeasureSlice[],
  introEnd: number,
  s: Shared,
  region: Region | null,
): ExtractedIndicator[] {
  const text = s.norm.text;
  const periods = findPeriods(text, slice.bodyStart, slice.end, s.date).filter((p) => !insideName(s.quotes, p.start));
  const { bodyStart, end } = slice;
  const plan = planStartOf(text, bodyStart, slices, slice.title);
  const planStart = plan?.start ?? null;
  // Under a plan's lead-in, what the intro says happened (近年来…) does not date the plans.
  const framing = planStart !== null && planStart <= introEnd ? null : introFraming(periods, text, bodyStart, introEnd);
  const input: ArticleFigureInput = {
    text,
    bodyStart,
    end,
    introEnd,
    planStart,
    planIsPolicy: plan?.policy ?? false,
    quotes: s.quotes,
    periods,
    framing,
    measures: slices,
    linker: s.linker,
    provinceArticle: region?.level === 'province',
    otherPlace: otherPlaceOf(s.regionIndex, region),
    sourceYear: s.date.year,
    sourceDate: s.date.date,
  };
  const subEnd = subHeadlineEnd(text, bodyStart, end);
  const built = buildIndicators({ ...input, bodyStart: subEnd });
  for (const k of built.skipped)
    s.issues.push(unknownUnit(text.slice(k.start, k.end), k.next, decodedSpan(s, k.start, k.end + 1)));
  const headline = buildIndicators({
    ...input,
    bodyStart: slice.titleStart,
    end: subEnd > bodyStart ? subEnd : slice.titleEnd,
    introEnd: slice.titleEnd,
    planStart: null,
    framing: null,
    measures: [],
  });
  return mergeRepeats(built.indicators, headline.indicators, ruleTopicOf, text).map((f) => toDecoded(f, s));
}

const STATISTICAL_RELEASE = /统计(公报|快报|月报|年报|简报|数据)|国民经济和社会发展统计/;

/** The lead: the first paragraph that is not a byline or dateline, without a wire dateline. */
function leadOf(paras: Paragraph[]): string {
  const lead = paras.find((p) => !META_LINE.test(p.text.trim()));
  return (lead?.text ?? '').replace(WIRE_DATELINE, '').slice(0, 200);
}

function buildArticle(slice: ArticleSlice, s: Shared, preceding: string): ExtractedArticle {
  const text = s.norm.text;
  const titleSpan = decodedSpan(s, slice.titleStart, slice.titleEnd);
  const span = { start: titleSpan.start, end: decodedSpan(s, slice.headingStart, slice.end).end };
  const paras = paragraphsOf(text, slice.bodyStart, slice.end);
  const body = text.slice(slice.bodyStart, slice.end);
  const attribution = attributeRegion(
    { title: slice.title, lead: leadOf(paras), body, at: span, preceding },
    s.regionIndex,
    s.metadataPlaces,
  );
  s.issues.push(...attribution.issues);
  // A statistical release (统计公报, 统计快报) reports figures; its numbered sections are not measures.
  const statistical = STATISTICAL_RELEASE.test(s.title) || STATISTICAL_RELEASE.test(slice.title);
  const slices = statistical ? [] : segmentMeasures(text, slice.bodyStart, slice.end, paras);
  const introEnd = slices[0]?.start ?? paras[0]?.end ?? slice.end;
  const region = attribution.region;
  return {
    title: s.decoded.slice(titleSpan.start, titleSpan.end).replace(/\*\*/g, '').trim(),
    ...span,
    region: region && { code: region.code, name: region.name, level: region.level, ...ancestry(region, s.regionIndex) },
    place: attribution.place,
    measures: slices.map((m) => buildMeasure(m, s)),
    indicators: figuresOf(slice, slices, introEnd, s, region),
  };
}

function ancestry(region: Region, index: RegionIndex): { city: string | null; province: string | null } {
  const { gazetteer } = index;
  return { city: gazetteer.city(region.code)?.name ?? null, province: gazetteer.province(region.code)?.name ?? null };
}

function quoteOf(s: Shared, start: number, end: number): string {
  const key = `${start}:${end}`;
  let quote = s.sentenceQuotes.get(key);
  if (quote === undefined) {
    quote = stripMarkup(asWritten(s.norm, s.decoded, start, end)).trim();
    s.sentenceQuotes.set(key, quote);
  }
  return quote;
}

/**
 * The figure's offsets and texts, moved to the decoded text on the figure itself: each is this
 * extraction's own object, met once here (copying every figure's thirty-odd fields was 5 % of
 * extraction). Fields keep their order; `quote` comes last, as a new field.
 */
function toDecoded(f: ExtractedIndicator, s: Shared): ExtractedIndicator {
  const span = decodedSpan(s, f.start, f.end);
  const sentence = decodedSpan(s, f.sentenceStart ?? f.start, f.sentenceEnd ?? f.end);
  const quote = quoteOf(s, f.sentenceStart ?? f.start, f.sentenceEnd ?? f.end);
  if (f.repeats)
    f.repeats = f.repeats.map((r) => {
      const at = decodedSpan(s, r.start, r.end);
      return { start: at.start, end: at.end, text: s.decoded.slice(at.start, at.end) };
    });
  f.text = s.decoded.slice(span.start, span.end);
  f.start = span.start;
  f.end = span.end;
  f.sentence = s.decoded.slice(sentence.start, sentence.end);
  f.quote = quote;
  f.sentenceStart = sentence.start;
  f.sentenceEnd = sentence.end;
  return f;
}

function decodeAny(input: Uint8Array | string): { decoded: DecodedInput; bytes: Uint8Array } {
  if (typeof input === 'string') return { decoded: acceptText(input), bytes: new TextEncoder().encode(input) };
  return { decoded: decodeInput(input), bytes: input };
}

/** A title naming a year before the source's own (2024年工作总结, published 2025) reports on that year. */
function withReportYear(date: SourceDate, split: ReturnType<typeof splitIssue>): SourceDate {
  const title = split.header.title ?? split.articles[0]?.title ?? '';
  const named = /((?:19|20)\d{2})\s*年/.exec(title);
  const year = named ? Number(named[1]) : null;
  return { ...date, reportYear: year !== null && date.year !== null && year < date.year ? year : null };
}

/**
 * The result with the decoded text its spans index: a caller that stores the text (an import, an
 * upload's preview) takes it from here, so the bytes are decoded once. Not part of the stored
 * result: take `text` off before keeping the rest as JSON.
 */
export type Extracted = ExtractionResult & { text: string };

export function extract(input: Uint8Array | string, context: IngestContext): Extracted {
  const { decoded, bytes } = decodeAny(input);
  const norm = normalise(decoded.text);
  const regionIndex = regionIndexFor(context.regions);
  const split = splitIssue(norm.text, (t) => regionIndex.mentions(t).length > 0);
  const head = norm.text.slice(0, 200);
  const date = withReportYear(sourceDate(split, context.fileName, head, norm.text.slice(-120)), split);
  const issues: ParseIssue[] = [...(context.contextIssues ?? [])];
  const shared: Shared = {
    decoded: decoded.text,
    norm,
    quotes: quoteRanges(norm.text),
    date,
    regionIndex,
    linker: linkerFor(context.indicators),
    themes: context.themes,
    issues,
    title: split.header.title ?? '',
    metadataPlaces: metadataPlaces(sourceMetadata(split, norm.text, context.hints), regionIndex),
    sentenceQuotes: new Map(),
  };
  // The documents of one file (a 通知 and its 解读) read each other; a bulletin's articles do not.
  const first = split.articles[0]?.titleStart ?? 0;
  const precedingOf = (a: ArticleSlice) =>
    split.kind === 'single_article' ? norm.text.slice(first, a.headingStart) : '';
  const articles = split.articles.map((a) => buildArticle(a, shared, precedingOf(a)));
  issues.push(...documentIssues(articles, split.missing, date));
  const source = buildSource(split, bytes, decoded.encoding, date, context.fileName, context.hints);
  return { source, articles, issues, text: decoded.text };
}
