/**
 * Policy timeline markers: the measures of the charted places, each dated by its own text when the
 * text dates it, else by its source (@ipb/domain measureDate), oldest first. A marker opens the
 * sentence that dated it — or the measure's first sentence — at its exact span in the source.
 */
import { type Marker, measureDate, sentenceAt } from '@ipb/domain';
import type { Db } from '../engine/db';
import { measureTexts } from './measure-texts';

/** Page-break debris and line breaks of the raw text do not belong in a quote. */
const clean = (s: string) =>
  s
    .replace(/\n-+\n/g, '')
    .replace(/\s*\n\s*/g, '')
    .trim();

export async function timelineMarkers(db: Db, regionCodes: string[], themeIds: string[]): Promise<Marker[]> {
  if (!regionCodes.length) return [];
  const markers: Marker[] = [];
  for (const m of await measureTexts(db, { regionCodes, themeIds })) {
    const dated = measureDate(m.raw, m.sourceDate, m.sourceYear);
    if (!dated) continue;
    const span = sentenceAt(m.raw, dated.index);
    const start = m.citation.start === null ? null : m.citation.start + span.start;
    markers.push({
      measureId: m.id,
      regionCode: m.regionCode,
      date: dated.date,
      year: dated.year,
      dateBasis: dated.basis,
      dateText: dated.dateText,
      title: m.title,
      themes: m.themes,
      programs: m.programs,
      citation: {
        ...m.citation,
        quote: clean(m.raw.slice(span.start, span.end)) || m.citation.quote,
        start,
        end: start === null ? null : start + (span.end - span.start),
      },
    });
  }
  return markers.sort((a, b) => a.date.localeCompare(b.date) || a.measureId - b.measureId);
}
