/**
 * Assemble the comparison: benchmark first in every column list; measures per theme; what each
 * place's data rests on; and the indicator rows, where each place is compared with the benchmark
 * in the most recent period both have (a difference only then), each value with its authority,
 * flags and conflict. Gaps state their coverage basis and are "not recorded" rather than findings
 * while the benchmark's own record is thin (GAP_COVERAGE_THRESHOLD).
 */
import {
  comparableFigures,
  comparePlace,
  coverageOf,
  type Db,
  latestMeasures,
  listIndicators,
  listThemes,
  missingPrograms,
} from '@ipb/db';
import {
  type Authority,
  type CompareResponse,
  type Coverage,
  GAP_COVERAGE_THRESHOLD,
  type GapsResponse,
  type Region,
} from '@ipb/domain';

const columnKey = (regionCode: string, themeId: string) => `${regionCode}|${themeId}`;

export async function buildCompare(
  store: { engine: Db },
  benchmark: Region,
  regions: Region[],
  themeIds: string[],
  authority: Authority[] | null,
): Promise<CompareResponse> {
  const codes = [benchmark.code, ...regions.map((r) => r.code).filter((c) => c !== benchmark.code)];
  const db = store.engine;
  const [allThemes, latest, indicatorList, figures, basis] = await Promise.all([
    listThemes(db),
    latestMeasures(db, codes, themeIds),
    listIndicators(db),
    comparableFigures(db, codes, benchmark.code, authority, { onlyCompared: true }),
    coverageOf(db, codes, authority),
  ]);
  const themes = allThemes.filter((t) => !themeIds.length || themeIds.includes(t.id));
  const columns = new Map(latest.map((c) => [columnKey(c.regionCode, c.themeId), c] as const));
  const column = (regionCode: string, themeId: string) =>
    columns.get(columnKey(regionCode, themeId)) ?? { regionCode, measures: [], total: 0 };
  const themeBlocks = themes
    .map((t) => ({
      theme: { id: t.id, nameZh: t.nameZh, nameEn: t.nameEn },
      columns: codes.map((code) => {
        const { measures, total } = column(code, t.id);
        return { regionCode: code, measures, total };
      }),
    }))
    .filter((b) => themeIds.length || b.columns.some((c) => c.total > 0));
  const coverage = codes.map((code) => ({
    regionCode: code,
    counts: Object.fromEntries(themes.map((t) => [t.id, column(code, t.id).total])),
  }));
  const catalogue = new Map(indicatorList.map((i) => [i.id, i]));
  const { rows, denominators } = figures;
  const indicators = rows.flatMap((row) => {
    const indicator = catalogue.get(row.indicatorId);
    if (!indicator || (themeIds.length && !themeIds.includes(indicator.theme))) return [];
    return [
      {
        indicator: { id: indicator.id, nameZh: indicator.nameZh, nameEn: indicator.nameEn },
        periodType: row.periodType,
        unit: row.unit,
        benchmark: row.byPlace.get(benchmark.code)?.at(-1) ?? null,
        places: codes
          .filter((c) => c !== benchmark.code)
          .map((code) => comparePlace(row, indicator, code, benchmark.code, denominators)),
      },
    ];
  });
  return {
    benchmark,
    regions,
    themes: themeBlocks,
    coverage,
    basis,
    indicators,
  };
}

const name = (regions: Region[], code: string) => regions.find((r) => r.code === code)?.name ?? code;
const nameEn = (regions: Region[], code: string) => regions.find((r) => r.code === code)?.nameEn ?? code;

function statements(benchmark: Region, places: Region[], cov: Coverage[]) {
  const all = [benchmark, ...places];
  const en = cov
    .map((c, i) =>
      i === 0
        ? `${nameEn(all, c.regionCode)}: ${c.measures} measures in ${c.sources} sources`
        : `${nameEn(all, c.regionCode)}: ${c.measures} in ${c.sources}`,
    )
    .join('; ');
  const zh = cov.map((c) => `${name(all, c.regionCode)}：${c.sources} 个来源中 ${c.measures} 条举措`).join('；');
  return { en, zh };
}

export async function buildGaps(
  store: { engine: Db },
  benchmark: Region,
  regions: Region[],
  themeIds: string[],
): Promise<GapsResponse> {
  const others = regions.map((r) => r.code).filter((c) => c !== benchmark.code);
  const [columns, [benchmarkCoverage, ...placeCoverage], allThemes] = await Promise.all([
    latestMeasures(store.engine, [benchmark.code, ...others], []),
    coverageOf(store.engine, [benchmark.code, ...others]),
    listThemes(store.engine),
  ]);
  const base = benchmarkCoverage as Coverage;
  const thin = base.measures < GAP_COVERAGE_THRESHOLD.measures || base.sources < GAP_COVERAGE_THRESHOLD.sources;
  const { en, zh } = statements(
    benchmark,
    regions.filter((r) => r.code !== benchmark.code),
    [base, ...placeCoverage],
  );
  const benchmarkThemes = new Set(columns.filter((c) => c.regionCode === benchmark.code).map((c) => c.themeId));
  const themes = allThemes
    .filter((t) => t.id !== 'other' && !benchmarkThemes.has(t.id) && (!themeIds.length || themeIds.includes(t.id)))
    .map((t) => ({
      theme: { id: t.id, nameZh: t.nameZh, nameEn: t.nameEn },
      finding: thin ? ('not_recorded' as const) : ('gap' as const),
      instruments: t.stip.instruments,
      places: others.flatMap((code) => {
        const c = columns.find((x) => x.regionCode === code && x.themeId === t.id);
        return c ? [{ regionCode: code, measures: c.measures, total: c.total }] : [];
      }),
    }))
    .filter((t) => t.places.length);
  const programs = await missingPrograms(store.engine, benchmark.code, others, themeIds);
  return {
    benchmark,
    regions,
    coverage: {
      benchmark: base,
      places: placeCoverage,
      threshold: { ...GAP_COVERAGE_THRESHOLD },
      thin,
      statement: thin
        ? `${en}. Below ${GAP_COVERAGE_THRESHOLD.measures} measures or ${GAP_COVERAGE_THRESHOLD.sources} sources for ${benchmark.nameEn}, a missing theme may be missing data, not a gap.`
        : `${en}.`,
      statementZh: thin
        ? `${zh}。${benchmark.name}的举措少于 ${GAP_COVERAGE_THRESHOLD.measures} 条或来源少于 ${GAP_COVERAGE_THRESHOLD.sources} 个，缺少的主题可能只是数据未录入，不能据此认定存在差距。`
        : `${zh}。`,
    },
    themes,
    programs: programs.programs,
    programsTotal: programs.total,
  };
}
