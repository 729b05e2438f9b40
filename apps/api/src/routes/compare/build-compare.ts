/**
 * Assemble the comparison: benchmark first in every column list, missing shown as missing (null),
 * differences only where both values exist, and a flag when their years differ.
 */
import {
  type ComparedFigures,
  type DbHandle,
  latestComparableFigures,
  listIndicators,
  listThemes,
  measuresByPlaceAndTheme,
} from '@ipb/db';
import type { CompareResponse, GapsResponse, MeasureBrief, Region } from '@ipb/domain';

export function buildCompare(
  store: DbHandle,
  benchmark: Region,
  regions: Region[],
  themeIds: string[],
): CompareResponse {
  const codes = [benchmark.code, ...regions.map((r) => r.code).filter((c) => c !== benchmark.code)];
  const themes = listThemes(store.db).filter((t) => !themeIds.length || themeIds.includes(t.id));
  const rows = measuresByPlaceAndTheme(store.db, codes, themeIds);
  const themeBlocks = themes
    .map((t) => ({
      theme: { id: t.id, nameZh: t.nameZh, nameEn: t.nameEn },
      columns: codes.map((code) => ({
        regionCode: code,
        measures: rows.filter((r) => r.themeId === t.id && r.regionCode === code).map((r) => r.measure),
      })),
    }))
    .filter((b) => themeIds.length || b.columns.some((c) => c.measures.length));
  const coverage = codes.map((code) => ({
    regionCode: code,
    counts: Object.fromEntries(
      themes.map((t) => [t.id, rows.filter((r) => r.regionCode === code && r.themeId === t.id).length]),
    ),
  }));
  const catalogue = new Map(listIndicators(store.db).map((i) => [i.id, i]));
  const indicatorThemes = (f: ComparedFigures) =>
    !themeIds.length || themeIds.includes(catalogue.get(f.indicatorId)?.theme ?? '');
  const indicators = latestComparableFigures(store.db, codes, benchmark.code)
    .filter(indicatorThemes)
    .flatMap((f) => {
      const indicator = catalogue.get(f.indicatorId);
      if (!indicator) return [];
      const base = f.latest.get(benchmark.code) ?? null;
      return [
        {
          indicator,
          periodType: f.periodType,
          unit: f.unit,
          benchmark: base,
          places: codes
            .filter((c) => c !== benchmark.code)
            .map((code) => {
              const latest = f.latest.get(code) ?? null;
              const both = latest !== null && base !== null;
              return {
                regionCode: code,
                latest,
                difference: both ? latest.value - base.value : null,
                relative: both && base.value !== 0 ? (latest.value - base.value) / base.value : null,
                periodsDiffer: both && latest.year !== base.year,
              };
            }),
        },
      ];
    });
  return { benchmark, regions, themes: themeBlocks, coverage, indicators };
}

export function buildGaps(store: DbHandle, benchmark: Region, regions: Region[]): GapsResponse {
  const others = regions.map((r) => r.code).filter((c) => c !== benchmark.code);
  const rows = measuresByPlaceAndTheme(store.db, [benchmark.code, ...others]);
  const benchmarkThemes = new Set(rows.filter((r) => r.regionCode === benchmark.code).map((r) => r.themeId));
  const themes = listThemes(store.db)
    .filter((t) => t.id !== 'other' && !benchmarkThemes.has(t.id))
    .map((t) => ({
      theme: { id: t.id, nameZh: t.nameZh, nameEn: t.nameEn },
      instruments: t.stip.instruments,
      places: others
        .map((code) => ({
          regionCode: code,
          measures: rows.filter((r) => r.regionCode === code && r.themeId === t.id).map((r) => r.measure),
        }))
        .filter((p) => p.measures.length),
    }))
    .filter((t) => t.places.length);
  const benchmarkPrograms = new Set(
    rows.filter((r) => r.regionCode === benchmark.code).flatMap((r) => r.measure.programs),
  );
  const programs = new Map<string, Map<number, MeasureBrief>>();
  for (const r of rows) {
    if (r.regionCode === benchmark.code) continue;
    for (const name of r.measure.programs) {
      if (benchmarkPrograms.has(name)) continue;
      const byId = programs.get(name) ?? new Map<number, MeasureBrief>();
      byId.set(r.measure.id, r.measure);
      programs.set(name, byId);
    }
  }
  return {
    benchmark,
    regions,
    themes,
    programs: [...programs.entries()].map(([name, byId]) => ({ name, measures: [...byId.values()] })),
  };
}
