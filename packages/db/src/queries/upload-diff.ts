/**
 * What an upload would change against the version of the same issue already imported: measures
 * (by place and title) and figures (by place, indicator or subject, value, unit and period) added,
 * removed or unchanged. Null when no version of it has been imported.
 */
import type { ExtractionResult, UploadDiff } from '@ipb/domain';
import { eq } from 'drizzle-orm';
import type { Drizzle } from '../create-db';
import { measures, observations, sources } from '../schema';
import { sourceKey } from '../write/import-extraction';

const EXAMPLES = 20;

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

export function uploadDiff(
  db: Drizzle,
  effective: ExtractionResult,
  dropped: (item: string) => boolean,
): UploadDiff | null {
  const previous = db
    .select({ id: sources.id, importedAt: sources.importedAt })
    .from(sources)
    .where(eq(sources.key, sourceKey(effective)))
    .get();
  if (!previous) return null;
  const oldMeasures = new Map(
    db
      .select({ region: measures.regionCode, title: measures.title })
      .from(measures)
      .where(eq(measures.sourceId, previous.id))
      .all()
      .map((m) => [`${m.region ?? ''}|${m.title}`, m.title]),
  );
  const oldFigures = new Map(
    db
      .select()
      .from(observations)
      .where(eq(observations.sourceId, previous.id))
      .all()
      .map((o) => [
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
