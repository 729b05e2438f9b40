/**
 * Policy timeline markers on indicator charts (GET /api/series?…&markers=1): each measure of a
 * charted place as a dated marker. A measure is dated by its own text when the text says when it
 * was enacted (2023年7月，印发…; 今年3月出台…), otherwise by its source's date; the marker says
 * which, and quotes the words that dated it.
 */
import { z } from 'zod';
import { CitationSchema, SeriesQuerySchema, SeriesResponseSchema } from './api';

export const MARKER_DATE_BASES = ['text', 'source'] as const;

export const MarkerSchema = z.object({
  measureId: z.number().int(),
  regionCode: z.string(),
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the text or the source gives it. */
  date: z.string(),
  year: z.number().int(),
  /** `text`: the measure's own words date it (dateText quotes them); `source`: its source's date. */
  dateBasis: z.enum(MARKER_DATE_BASES),
  dateText: z.string().nullable(),
  title: z.string(),
  themes: z.array(z.string()),
  programs: z.array(z.string()),
  /** The sentence the marker opens: the dating sentence, or the measure's first sentence. */
  citation: CitationSchema,
});
export type Marker = z.infer<typeof MarkerSchema>;

export const SeriesMarkersQuerySchema = SeriesQuerySchema.extend({
  markers: z
    .enum(['0', '1'])
    .optional()
    .describe('1: add the measures of the charted places as dated markers (`markers` in the answer).'),
  theme: z.string().optional().describe('Markers of these themes only (comma list of theme ids).'),
});

/** A chart holds at most this many markers: the latest, so a long record stays readable and bounded. */
export const MAX_MARKERS = 300;

export const SeriesWithMarkersResponseSchema = SeriesResponseSchema.extend({
  /** Present with markers=1: the measures of the charted places, oldest first (the latest MAX_MARKERS). */
  markers: z.array(MarkerSchema).optional(),
  /** With markers=1: how many measures the places have under the themes (more than `markers` when capped). */
  markersTotal: z.number().int().optional(),
  /**
   * The series that hold only their latest MAX_SERIES_POINTS points, with how many they have (absent
   * when none is cut; the CSV, `format=csv`, is never cut).
   */
  cutSeries: z
    .array(
      z.object({
        regionCode: z.string(),
        kind: z.string(),
        periodType: z.string(),
        unit: z.string(),
        pointsTotal: z.number().int(),
      }),
    )
    .optional(),
});
/** A charted series holds at most this many points, the latest: one place's record stays bounded. */
export const MAX_SERIES_POINTS = 40;

const ENACTED =
  /(出台|印发|发布|颁布|实施|施行|启动|启航|设立|成立|推出|上线|挂牌|揭牌|签署|签订|签约|召开|举办|举行|部署|制定|落地)/;
/**
 * 2023年7月, 2023 年, 今年3月, 去年, or a bare 7月3日 (of the source's year, or the year before when
 * the month is after the source's). Spaces may sit between digits and 年/月/日 (PDF text); a month
 * that closes a range (1-6月) is not a date.
 */
const DATE =
  /(?:(?<year>\d{4})\s*年|(?<relative>今年|去年|上年|本年))?(?:(?<![\d\-—–~至]\s*)(?<month>\d{1,2})\s*月(?:份)?(?:\s*(?<day>\d{1,2})\s*日)?)?(?<tail>以来|底|初|上旬|中旬|下旬)?/g;

const pad = (n: number) => String(n).padStart(2, '0');

function yearOf(g: Record<string, string | undefined>, source: { year: number | null; month: number | null }) {
  if (g.year) return Number(g.year);
  if (source.year === null) return null;
  if (g.relative === '去年' || g.relative === '上年') return source.year - 1;
  if (g.relative) return source.year;
  // A bare month later in the year than the source was written is last year's.
  return source.month !== null && Number(g.month) > source.month ? source.year - 1 : source.year;
}

/**
 * The date of a measure: the first date in its text that an enactment verb follows within its
 * clause ("2023年7月，市政府印发《…》" → 2023-07), resolved against the source's date for
 * 今年/去年 and bare months; otherwise the source's date. 以来 (since) does not date an enactment.
 */
export function measureDate(
  text: string,
  sourceDate: string | null,
  sourceYear: number | null,
): { date: string; year: number; basis: 'text' | 'source'; dateText: string | null; index: number } | null {
  const source = {
    year: sourceDate ? Number(sourceDate.slice(0, 4)) : sourceYear,
    month: sourceDate && sourceDate.length >= 7 ? Number(sourceDate.slice(5, 7)) : null,
  };
  for (const m of text.matchAll(DATE)) {
    const g = m.groups ?? {};
    if (!m[0].trim() || (!g.year && !g.relative && !g.month) || g.tail === '以来') continue;
    const clause = text.slice(m.index + m[0].length).split(/[。；;！!？?]/)[0] ?? '';
    if (!ENACTED.test(clause.slice(0, 40))) continue;
    const year = yearOf(g, source);
    const month = g.month ? Number(g.month) : null;
    const day = g.day ? Number(g.day) : null;
    if (year === null || year < 1990 || year > 2100 || (month !== null && (month < 1 || month > 12))) continue;
    const date =
      month === null ? String(year) : day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    return { date, year, basis: 'text', dateText: m[0].trim(), index: m.index };
  }
  if (sourceDate)
    return { date: sourceDate, year: Number(sourceDate.slice(0, 4)), basis: 'source', dateText: null, index: 0 };
  if (sourceYear) return { date: String(sourceYear), year: sourceYear, basis: 'source', dateText: null, index: 0 };
  return null;
}

/** The sentence of `text` around `index`: what a marker quotes and opens. */
export function sentenceAt(text: string, index: number): { start: number; end: number } {
  const stops = /[。！？!?\n]/;
  let start = index;
  while (start > 0 && !stops.test(text[start - 1] as string)) start--;
  let end = index;
  while (end < text.length && !stops.test(text[end] as string)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}
export type SeriesWithMarkersResponse = z.infer<typeof SeriesWithMarkersResponseSchema>;
