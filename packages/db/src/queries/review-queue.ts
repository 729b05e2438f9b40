/**
 * The review queue: open conflicts first (sources disagree; a reviewer settles each once and it
 * leaves the queue), then extracted records not yet reviewed, least confident first. A figure that
 * belongs to a conflict is handled by settling that conflict, so it is not a second item: handled
 * items leave, and the count drops by one per action. Filters (kind, place, source, confidence)
 * narrow what is listed; `all` and the facets describe the whole queue.
 */
import type { ReviewQueueQuery } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import { LEAD_END, type MeasureCitationRow, measureCitation } from './citation';
import { conflictGroups } from './conflicts';
import { type ObservationRow, readObservationRows } from './observation-rows';
import type { PeriodGroup } from './period-groups';
import { citationOf } from './series';

interface MeasureQueueRow extends MeasureCitationRow {
  id: number;
  region_code: string | null;
  region_name: string | null;
  confidence: number;
  review_status: 'extracted';
}

/** The figure as extracted, for the interface to word in its language. */
const figureOf = (o: ObservationRow['o']) => ({
  subject: o.subject,
  indicatorId: o.indicatorId,
  value: o.valueAsWritten,
  valueMax: o.valueMaxAsWritten,
  unit: o.unitAsWritten ?? o.unit,
  kind: o.kind,
  periodType: o.periodType,
  periodText: o.periodText,
  year: o.year,
});

const figureLabel = (o: ObservationRow['o']) =>
  `${o.subject ?? o.indicatorId ?? '?'} ${o.valueAsWritten}${o.unitAsWritten ?? ''}`;

function conflictItem(g: PeriodGroup) {
  const { o, r } = g.preferred;
  return {
    entity: 'conflict' as const,
    id: o.id,
    regionCode: r.code,
    regionName: r.name,
    label: `${o.subject ?? o.indicatorId ?? '?'} ${o.periodEnd?.slice(0, 4) ?? o.year ?? ''}: ${g.clusters.length} values`,
    detail: g.rows.map((x) => `${x.o.valueAsWritten}${x.o.unitAsWritten ?? ''} (${x.s.authority})`).join(' / '),
    confidence: 0,
    reviewStatus: o.reviewStatus,
    conflictsWith: g.rows.slice(1).map((x) => x.o.id),
    conflictKey: g.key,
    figure: figureOf(o),
    valueCount: g.clusters.length,
    citation: citationOf(g.preferred),
  };
}

function figureItem(row: ObservationRow) {
  return {
    entity: 'observation' as const,
    id: row.o.id,
    regionCode: row.r.code,
    regionName: row.r.name,
    label: figureLabel(row.o),
    detail: `${row.o.kind} · ${row.o.periodText ?? row.o.periodType}`,
    confidence: row.o.confidence,
    reviewStatus: row.o.reviewStatus,
    conflictsWith: [] as number[],
    conflictKey: null,
    figure: figureOf(row.o),
    valueCount: null,
    citation: citationOf(row),
  };
}

const MEASURES = query(
  `SELECT m.id, m.region_code, r.name AS region_name, m.title, m.text, m.confidence, m.review_status, m.start,
      m."end", m.source_id, s.type AS source_type, s.authority AS source_authority, s.title AS source_title, s.year,
      s.issue_number, s.url, a.title AS article_title, ${LEAD_END}
    FROM measures m JOIN sources s ON s.id = m.source_id JOIN articles a ON a.id = m.article_id
    LEFT JOIN regions r ON r.code = m.region_code WHERE m.review_status = 'extracted'`,
);

async function measureItems(db: Db) {
  const rows = await db.all<MeasureQueueRow>(MEASURES);
  return rows.map((m) => ({
    entity: 'measure' as const,
    id: m.id,
    regionCode: m.region_code,
    regionName: m.region_name,
    label: m.title || m.text.slice(0, 40),
    detail: m.text.slice(0, 120),
    confidence: m.confidence,
    reviewStatus: m.review_status,
    conflictsWith: [] as number[],
    conflictKey: null,
    figure: null,
    valueCount: null,
    citation: measureCitation(m),
  }));
}

type Item =
  | ReturnType<typeof conflictItem>
  | ReturnType<typeof figureItem>
  | Awaited<ReturnType<typeof measureItems>>[number];

function facet<T extends string | number>(items: Item[], key: (i: Item) => T | null, label: (i: Item) => string) {
  const out = new Map<T, { value: T; label: string; count: number }>();
  for (const i of items) {
    const k = key(i);
    if (k === null) continue;
    const f = out.get(k) ?? { value: k, label: label(i), count: 0 };
    f.count += 1;
    out.set(k, f);
  }
  return [...out.values()].sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)));
}

const matches = (q: Omit<ReviewQueueQuery, 'limit'>) => (i: Item) =>
  (!q.entity || i.entity === q.entity) &&
  (!q.region || i.regionCode === q.region) &&
  (q.source === undefined || i.citation.sourceId === q.source) &&
  (q.maxConfidence === undefined || i.confidence <= q.maxConfidence);

export async function reviewQueue(db: Db, query: ReviewQueueQuery) {
  const [groups, extracted, measures] = await Promise.all([
    conflictGroups(db),
    readObservationRows(db, { reviewStatus: 'extracted', order: 'period' }),
    measureItems(db),
  ]);
  const inConflict = new Set(groups.flatMap((g) => g.rows.map((r) => r.o.id)));
  const conflicts = groups.filter((g) => g.settlement === null).map(conflictItem);
  const figures = extracted.filter((row) => !inConflict.has(row.o.id)).map(figureItem);
  const records = [...figures, ...measures].sort((a, b) => a.confidence - b.confidence || a.id - b.id);
  const all: Item[] = [...conflicts, ...records];
  const shown = all.filter(matches(query));
  return {
    items: shown.slice(0, query.limit),
    total: shown.length,
    all: all.length,
    facets: {
      entity: facet(
        all,
        (i) => i.entity,
        (i) => i.entity,
      ),
      region: facet(
        all,
        (i) => i.regionCode,
        (i) => i.regionName ?? i.regionCode ?? '',
      ),
      source: facet(
        all,
        (i) => i.citation.sourceId,
        (i) => [i.citation.sourceTitle, i.citation.issue].filter(Boolean).join(' '),
      ),
    },
  };
}
