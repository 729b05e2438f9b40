/**
 * What an upload would change against the version of the same issue already imported: measures
 * (by place and title) and figures (by place, indicator or subject, value, unit and period) added,
 * removed or unchanged. Null when no version of it has been imported.
 */
import type { ExtractionResult, UploadDiff } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import { sourceKey } from '../write/import-extraction';

const EXAMPLES = 20;

const PREVIOUS = query('SELECT id, imported_at AS "importedAt" FROM sources WHERE key = ?');
const MEASURES = query('SELECT region_code AS region, title FROM measures WHERE source_id = ? ORDER BY id');
const FIGURES = query(`SELECT region_code AS "regionCode", indicator_id AS "indicatorId", subject,
  value_as_written AS "valueAsWritten", unit_as_written AS "unitAsWritten", period_type AS "periodType",
  period_end AS "periodEnd" FROM observations WHERE source_id = ? ORDER BY id`);

interface FigureRow {
  regionCode: string;
  indicatorId: string | null;
  subject: string | null;
  valueAsWritten: number;
  unitAsWritten: string | null;
  periodType: string;
  periodEnd: string | null;
}

function compare(previous: Map<string, string>, next: Map<string, string>) {
  const added = [...next.keys()].filter((k) => !previous.has(k));
  const removed = [...previous.keys()].filter((k) => !next.has(k));
  return {
    added: added.length,
    removed: removed.length,
    unchanged: next.size - added.length,
    addedLabels: added.slice(0, EXAMPLES).map((k) => next.get(k) as string),
    removedLabels: removed.slice(0, EXAMPLES).map((k) => previous.get(k) as string),
  };
}

const figureKey = (
  region: string,
  what: string,
  value: number,
  unit: string | null,
  type: string,
  end: string | null,
) => [region, what, value, unit ?? '', type, end ?? ''].join('|');

export async function uploadDiff(
  db: Db,
  effective: ExtractionResult,
  dropped: (item: string) => boolean,
): Promise<UploadDiff | null> {
  const previous = await db.get<{ id: number; importedAt: string }>(PREVIOUS, [sourceKey(effective)]);
  if (!previous) return null;
  const measureRows = await db.all<{ region: string | null; title: string }>(MEASURES, [previous.id]);
  const oldMeasures = new Map(measureRows.map((m) => [`${m.region ?? ''}|${m.title}`, m.title]));
  const figureRows = await db.all<FigureRow>(FIGURES, [previous.id]);
  const oldFigures = new Map(
    figureRows.map((o) => [
      figureKey(
        o.regionCode,
        o.indicatorId ?? o.subject ?? '',
        o.valueAsWritten,
        o.unitAsWritten,
        o.periodType,
        o.periodEnd,
      ),
      `${o.subject ?? o.indicatorId ?? ''} ${o.valueAsWritten}${o.unitAsWritten ?? ''}`,
    ]),
  );
  const newMeasures = new Map<string, string>();
  const newFigures = new Map<string, string>();
  effective.articles.forEach((a, ai) => {
    if (dropped(`a:${ai}`)) return;
    const region = a.region?.code ?? '';
    for (const m of a.measures) if (!dropped(`m:${ai}:${m.ordinal}`)) newMeasures.set(`${region}|${m.title}`, m.title);
    if (!region) return;
    a.indicators.forEach((f, fi) => {
      if (dropped(`f:${ai}:${fi}`)) return;
      const key = figureKey(region, f.indicator ?? f.subject ?? '', f.value, f.unit, f.period.type, f.period.end);
      newFigures.set(key, `${f.subject ?? f.indicator ?? ''} ${f.value}${f.unit ?? ''}`);
    });
  });
  return {
    previousSourceId: previous.id,
    previousImportedAt: previous.importedAt,
    measures: compare(oldMeasures, newMeasures),
    figures: compare(oldFigures, newFigures),
  };
}
