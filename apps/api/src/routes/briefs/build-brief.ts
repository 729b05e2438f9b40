/**
 * The 对标简报's model, from the same queries as Compare: the gap list (what others do that the
 * benchmark does not, stated on its coverage basis), the comparable indicators (like for like, a
 * difference only in a common period), charts of the most shared rows, and targets with their
 * status. Every fact gets a footnote (footnotes.ts); the .docx is only a rendering of this model.
 */
import { type Db, listTargets } from '@ipb/db';
import {
  type Authority,
  type Brief,
  type CompareResponse,
  MAX_BRIEF_TARGETS,
  type Region,
  type Target,
  type ThemeId,
} from '@ipb/domain';
import { buildCompare, buildGaps } from '../compare/build-compare';
import { Footnotes } from './footnotes';

const MAX_CHARTS = 3;

/** Today in China (the bureau's calendar), YYYY-MM-DD. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function indicatorRows(compare: CompareResponse, notes: Footnotes, names: Map<string, string>): Brief['indicators'] {
  return compare.indicators
    .filter((row) => row.places.some((p) => p.latest))
    .map((row) => ({
      indicatorId: row.indicator.id,
      name: row.indicator.nameZh,
      unit: row.unit,
      rows: row.places.map((p) => ({
        regionCode: p.regionCode,
        regionName: names.get(p.regionCode) ?? p.regionCode,
        basis: p.basis,
        period: p.period ?? p.latest?.periodEnd?.slice(0, 4) ?? null,
        value: p.latest?.value ?? null,
        valueFootnote: p.latest ? notes.cite(p.latest.citation) : null,
        benchmarkValue: p.benchmarkValue?.value ?? null,
        benchmarkFootnote: p.benchmarkValue ? notes.cite(p.benchmarkValue.citation) : null,
        relative: p.relative,
      })),
    }));
}

/** Per indicator, the common period most places share with the benchmark, drawn as bars. */
function charts(compare: CompareResponse, notes: Footnotes, names: Map<string, string>): Brief['charts'] {
  const out: Brief['charts'] = [];
  for (const row of compare.indicators) {
    const common = row.places.filter((p) => p.basis === 'common_period' && p.period && p.latest && p.benchmarkValue);
    const periods = common.map((p) => p.period as string);
    const period = periods.sort(
      (a, b) => periods.filter((x) => x === b).length - periods.filter((x) => x === a).length,
    )[0];
    const same = common.filter((p) => p.period === period);
    const base = same[0]?.benchmarkValue;
    if (!period || !base) continue;
    out.push({
      title: `${row.indicator.nameZh}（${period}）`,
      indicatorId: row.indicator.id,
      period,
      unit: row.unit,
      bars: [
        {
          regionCode: compare.benchmark.code,
          regionName: compare.benchmark.name,
          value: base.value,
          footnote: notes.cite(base.citation),
        },
        ...same.map((p) => ({
          regionCode: p.regionCode,
          regionName: names.get(p.regionCode) ?? p.regionCode,
          value: p.latest?.value as number,
          footnote: notes.cite(p.latest!.citation),
        })),
      ],
    });
  }
  return out.sort((a, b) => b.bars.length - a.bars.length).slice(0, MAX_CHARTS);
}

/**
 * Per place (in the brief's order), its MAX_BRIEF_TARGETS targets with the latest deadline (undated
 * last): a brief for four places at 1,000× data otherwise listed 2,146 targets with their footnotes.
 */
export function latestTargets(all: Target[], codes: string[]): Target[] {
  const byDeadline = [...all].sort((a, b) => (b.deadlineYear ?? -1) - (a.deadlineYear ?? -1));
  return codes.flatMap((c) => byDeadline.filter((t) => t.regionCode === c).slice(0, MAX_BRIEF_TARGETS));
}

export async function buildBrief(
  store: { engine: Db },
  benchmark: Region,
  regions: Region[],
  themeIds: ThemeId[],
  authority: Authority[] | null,
): Promise<Brief> {
  const notes = new Footnotes();
  const others = regions.filter((r) => r.code !== benchmark.code);
  const names = new Map([benchmark, ...others].map((r) => [r.code, r.name]));
  const gaps = await buildGaps(store, benchmark, others, themeIds);
  const compare = await buildCompare(store, benchmark, others, themeIds, authority);
  const gapThemes = gaps.themes
    .filter((t) => !themeIds.length || themeIds.includes(t.theme.id))
    .map((t) => ({
      theme: t.theme,
      finding: t.finding,
      places: t.places.map((p) => ({
        regionCode: p.regionCode,
        regionName: names.get(p.regionCode) ?? p.regionCode,
        measures: p.measures.map((m) => ({ title: m.title, programs: m.programs, footnote: notes.cite(m.citation) })),
      })),
    }));
  const indicators = indicatorRows(compare, notes, names);
  const chartList = charts(compare, notes, names);
  const allTargets = await listTargets(store.engine, {
    regionCodes: [benchmark.code, ...others.map((r) => r.code)],
    authority,
  });
  const targets = latestTargets(allTargets, [benchmark.code, ...others.map((r) => r.code)]).map((t) => ({
    regionCode: t.regionCode,
    regionName: t.regionName,
    indicatorName: t.indicatorName ?? t.subject ?? '',
    value: t.value,
    unit: t.unit,
    deadlineYear: t.deadlineYear,
    status: t.status,
    statusReason: t.statusReason,
    footnote: notes.cite(t.citation),
  }));
  return {
    title: others.length
      ? `关于${benchmark.name}与${others.map((r) => r.name).join('、')}科技创新政策的对标简报`
      : `关于${benchmark.name}科技创新政策的简报`,
    date: todayInChina(),
    benchmark,
    regions: others,
    themes: compare.themes.map((t) => t.theme).filter((t) => !themeIds.length || themeIds.includes(t.id)),
    coverage: { statement: gaps.coverage.statementZh, thin: gaps.coverage.thin },
    gaps: gapThemes,
    indicators,
    charts: chartList,
    targets,
    targetsTotal: allTargets.length,
    footnotes: notes.all(),
  };
}
