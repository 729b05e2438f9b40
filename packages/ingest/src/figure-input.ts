/** What the figure stages of one article share: its text, periods, plan, measures and linker. */
import type { ExtractedIndicator } from '@ipb/domain';
import type { IndicatorLinker } from './link-indicator';
import type { OtherPlace } from './other-place';
import type { PeriodMention } from './periods';
import type { QuoteRange } from './quotes';
import type { MeasureSlice } from './segment-measures';

export type Span = { start: number; end: number };

/** An indicator whose spans are still normalised offsets. */
export type NormalisedIndicator = ExtractedIndicator;

export interface ArticleFigureInput {
  text: string;
  bodyStart: number;
  end: number;
  introEnd: number;
  /** Where the measures that are plans begin (after 我们将重点抓好以下工作), if any: their figures are goals. */
  planStart: number | null;
  /** The plan is a policy document's provisions, not a work plan (plan-start.ts). */
  planIsPolicy?: boolean;
  quotes: readonly QuoteRange[];
  periods: readonly PeriodMention[];
  /** The intro's framing period (今年以来, 近年来) that later figures fall back on. */
  framing: PeriodMention | null;
  measures: readonly MeasureSlice[];
  linker: IndicatorLinker;
  /** The article is about a province: 全省 is its own aggregate there. */
  provinceArticle: boolean;
  /** The text before a figure names another place, or the counties only, as its topic (other-place.ts). */
  otherPlace: OtherPlace;
  /** The year the source speaks from: a plan's figure dated before it is reported, not planned. */
  sourceYear: number | null;
  /** The date the source speaks from (YYYY-MM-DD), when known. */
  sourceDate?: string | null;
}
