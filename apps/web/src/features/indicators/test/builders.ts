/** Small builders for table-driven tests of the indicator page's pure functions. */
import { type Series, type Target, TargetSchema } from '@ipb/domain';
import { SERIES } from '@/test/fixtures';

const NAMES: Record<string, [string, string]> = {
  '150100': ['呼和浩特', 'Hohhot'],
  '320100': ['南京', 'Nanjing'],
  '321000': ['扬州', 'Yangzhou'],
};

const CITATION = SERIES.hohhotHighTech.points[0]!.citation;

export function makeSeries(
  code: string,
  unit: string,
  points: ReadonlyArray<readonly [number | null, number]>,
  kind: Series['kind'] = 'actual',
): Series {
  const [short, en] = NAMES[code] ?? [code, code];
  const base = SERIES.hohhotHighTech.points[0]!;
  return {
    regionCode: code,
    regionName: `${short}市`,
    regionShortName: short,
    regionNameEn: en,
    kind,
    periodType: kind === 'target' ? 'deadline' : 'point',
    unit,
    points: points.map(([year, value], i) => ({
      ...base,
      observationId: Number(code) * 100 + i,
      year,
      value,
      unit,
      periodText: null,
      periodEnd: year === null ? null : `${year}-12-31`,
      qualifier: null,
      flags: [],
      conflict: null,
    })),
  };
}

const latest = (year: number, value: number, unit: string) => ({
  observationId: year,
  value,
  unit,
  year,
  periodType: 'point' as const,
  periodStart: null,
  periodEnd: `${year}-12-31`,
  qualifier: null,
  flags: [],
  authority: CITATION.authority,
  reviewStatus: 'curated' as const,
  citation: CITATION,
  conflict: null,
});

export function makeTarget(
  code: string,
  target: { value: number; deadlineYear: number | null; unit?: string },
  from: { latest?: [number, number]; baseline?: [number, number] } = {},
  status: Target['status'] = 'on_track',
  statusReason = 'observed 12.0%/yr vs required 10.0%/yr',
): Target {
  const unit = target.unit ?? '家';
  return TargetSchema.parse({
    observationId: Number(code) * 1000 + (target.deadlineYear ?? 0),
    regionCode: code,
    regionName: `${NAMES[code]?.[0] ?? code}市`,
    indicatorId: 'high_tech_enterprises',
    indicatorName: '高新技术企业数',
    subject: null,
    value: target.value,
    valueMax: null,
    unit,
    qualifier: null,
    aim: 'level',
    written: null,
    deadline: target.deadlineYear ? `${target.deadlineYear}-12-31` : null,
    deadlineYear: target.deadlineYear,
    flags: [],
    authority: 'bulletin',
    citation: {
      ...CITATION,
      authority: 'bulletin',
      sourceTitle: '科技情报参考',
      issue: '2024年第7期',
      url: null,
      quote: `到${target.deadlineYear}年，高新技术企业达${target.value}家`,
    },
    baseline: from.baseline ? latest(...from.baseline, unit) : null,
    latest: from.latest ? latest(...from.latest, unit) : null,
    status,
    statusReason,
    observedCagr: null,
    requiredCagr: null,
  });
}
