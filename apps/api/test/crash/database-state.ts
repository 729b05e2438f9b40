/**
 * What the crash suite checks in a database file after a kill: SQLite's own integrity and foreign
 * key checks, and every source whole — its articles, measures and figures exactly those of a
 * complete import of the same bytes — with an upload marked confirmed if and only if its source is
 * there. A partial import shows up as a source whose counts match no complete import.
 */
import Database from 'better-sqlite3';

export interface Counts {
  articles: number;
  measures: number;
  observations: number;
}

export interface SourceState extends Counts {
  id: number;
  key: string;
  sha256: string;
}

export function sourcesOf(path: string): SourceState[] {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT s.id, s.key, s.sha256,
          (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS articles,
          (SELECT count(*) FROM measures m WHERE m.source_id = s.id) AS measures,
          (SELECT count(*) FROM observations o WHERE o.source_id = s.id) AS observations
         FROM sources s ORDER BY s.id`,
      )
      .all() as SourceState[];
  } finally {
    db.close();
  }
}

/** SQLite's checks: empty when the file is sound. */
export function soundness(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>)
      .map((r) => r.integrity_check)
      .filter((r) => r !== 'ok');
    const orphans = (db.pragma('foreign_key_check') as Array<{ table: string }>).map((o) => `orphan in ${o.table}`);
    return [...integrity, ...orphans];
  } finally {
    db.close();
  }
}

/** Uploads marked confirmed, with the source they point at. */
export function confirmedUploads(
  path: string,
): Array<{ id: number; sha256: string; confirmedSourceId: number | null }> {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare('SELECT id, sha256, confirmed_source_id AS confirmedSourceId FROM pending_uploads')
      .all() as Array<{
      id: number;
      sha256: string;
      confirmedSourceId: number | null;
    }>;
  } finally {
    db.close();
  }
}

/** Sources whose counts are not those of any complete import of the same bytes. */
export function partialSources(path: string, complete: Map<string, Counts>): string[] {
  return sourcesOf(path).flatMap((s) => {
    const whole = complete.get(s.sha256);
    if (!whole) return [`source ${s.id} (${s.key}) has bytes no complete import has`];
    const same =
      whole.articles === s.articles && whole.measures === s.measures && whole.observations === s.observations;
    return same
      ? []
      : [`source ${s.id} (${s.key}): ${JSON.stringify(s)} but a complete import has ${JSON.stringify(whole)}`];
  });
}
