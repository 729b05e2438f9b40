/**
 * The ladder of one place beside 呼和浩特 and the chosen places: per year the count at each stage
 * (missing stays missing), the ratio of each stage to the one below it in the same year, and under
 * each stage the measures that target it, linked by the stage lexicon with the words that matched.
 */
import { type Db, type LadderCounts, ladderCounts, measureBriefOf, measureTexts } from '@ipb/db';
import {
  type Authority,
  type LadderResponse,
  type LadderStage,
  type LadderValue,
  matchStages,
  type Region,
} from '@ipb/domain';

type Place = LadderResponse['places'][number];
type Year = Place['years'][number];

function ratiosOf(stages: readonly LadderStage[], cells: Year['stages']): Year['ratios'] {
  const ratios: Year['ratios'] = [];
  for (let i = 1; i < stages.length; i++) {
    const lower = cells[i - 1]?.values ?? [];
    const upper = cells[i]?.values ?? [];
    for (const below of lower)
      for (const above of upper) {
        if (below.value <= 0) continue;
        ratios.push({
          from: stages[i - 1]!.id,
          to: stages[i]!.id,
          fromIndicator: below.indicatorId,
          toIndicator: above.indicatorId,
          value: Number((above.value / below.value).toPrecision(6)),
          sameDate: below.periodEnd === above.periodEnd,
          flags: [...new Set([...below.flags, ...above.flags])],
        });
      }
  }
  return ratios;
}

function placeLadder(region: Region, stages: readonly LadderStage[], counts: LadderCounts): Place {
  const years = counts.get(region.code) ?? new Map<number, Map<string, LadderValue>>();
  const rows: Year[] = [...years.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const byIndicator = years.get(year) ?? new Map<string, LadderValue>();
      const cells = stages.map((s) => ({
        stageId: s.id,
        values: s.indicators.flatMap((id) => byIndicator.get(id) ?? []),
      }));
      return { year, stages: cells, ratios: ratiosOf(stages, cells) };
    });
  const present = new Set(rows.flatMap((y) => y.stages.filter((c) => c.values.length).map((c) => c.stageId)));
  return { region, years: rows, missingStages: stages.filter((s) => !present.has(s.id)).map((s) => s.id) };
}

export async function buildLadder(
  store: { engine: Db },
  stages: readonly LadderStage[],
  region: Region,
  benchmark: Region,
  others: Region[],
  authority: Authority[] | null,
): Promise<LadderResponse> {
  const places = [region, benchmark, ...others].filter((r, i, all) => all.findIndex((x) => x.code === r.code) === i);
  const codes = places.map((p) => p.code);
  const [counts, texts] = await Promise.all([
    ladderCounts(
      store.engine,
      codes,
      stages.flatMap((s) => s.indicators),
      authority,
    ),
    measureTexts(store.engine, { regionCodes: codes }),
  ]);
  const matched = texts.map((m) => ({
    m,
    stages: matchStages(`${m.title}${m.text}`, stages),
  }));
  return {
    region,
    benchmark,
    stages: stages.map((s) => ({
      id: s.id,
      nameZh: s.nameZh,
      nameEn: s.nameEn,
      description: s.description,
      indicators: s.indicators,
      measures: matched.flatMap(({ m, stages: hits }) => {
        const hit = hits.find((h) => h.stageId === s.id);
        if (!hit) return [];
        return [
          {
            measure: measureBriefOf(m),
            evidence: hit.evidence,
          },
        ];
      }),
    })),
    places: places.map((p) => placeLadder(p, stages, counts)),
  };
}
