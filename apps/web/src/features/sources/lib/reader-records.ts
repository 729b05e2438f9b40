/** The reader's records (measures and figures of one source) as highlight spans with a kind. */
import type { SourceRecords } from '../api/get-source-records';
import type { HighlightSpan } from './segment-text';

export type RecordKind = 'measure' | 'figure';
type MeasureRecord = SourceRecords['measures'][number];
type FigureRecord = SourceRecords['observations'][number];

export type ReaderRecord =
  | (HighlightSpan & { kind: 'measure'; record: MeasureRecord })
  | (HighlightSpan & { kind: 'figure'; record: FigureRecord; of?: string });

export function toReaderRecords(records: SourceRecords | undefined): ReaderRecord[] {
  if (!records) return [];
  const measures = records.measures.map(
    (m): ReaderRecord => ({ key: `m${m.id}`, start: m.start, end: m.end, kind: 'measure', record: m }),
  );
  const figures = records.observations.map(
    (o): ReaderRecord => ({ key: `f${o.id}`, start: o.start, end: o.end, kind: 'figure', record: o }),
  );
  return [...measures, ...figures].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Every span to highlight: the records, and each further mention of a repeated fact (a headline, a
 * repeated paragraph) as a span of the same figure whose `of` is the key of the record it belongs to.
 */
export function withRepeats(records: readonly ReaderRecord[]): ReaderRecord[] {
  const repeats = records.flatMap((r) =>
    r.kind === 'figure'
      ? (r.record.repeats ?? []).map(
          (span): ReaderRecord => ({
            ...span,
            key: `${r.key}@${span.start}`,
            kind: 'figure',
            record: r.record,
            of: r.key,
          }),
        )
      : [],
  );
  return [...records, ...repeats].sort((a, b) => a.start - b.start || b.end - a.end);
}
