import type { LadderResponse } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { defaultYear, ladderYears, nearestYear } from './ladder-years';

const region = (code: string) => ({
  code,
  official: true,
  name: code,
  shortName: code,
  level: 'prefecture' as const,
  parentCode: null,
  aliases: [],
  nameEn: code,
  pinyin: '',
});
const year = (y: number, filled: boolean) => ({
  year: y,
  stages: [{ stageId: 'tech_smes', values: filled ? [{} as never] : [] }],
  ratios: [],
});
const data = {
  region: region('150100'),
  benchmark: region('150100'),
  stages: [],
  places: [
    { region: region('150100'), years: [year(2021, true), year(2022, true), year(2024, false)], missingStages: [] },
    { region: region('320100'), years: [year(2023, true)], missingStages: [] },
  ],
} as LadderResponse;

describe('ladder years', () => {
  it('lists every year, newest first', () => expect(ladderYears(data)).toEqual([2024, 2023, 2022, 2021]));
  it('opens on the benchmark’s latest year with a count', () => expect(defaultYear(data)).toBe(2022));
  it('prefers the year where the benchmark has more rungs', () => {
    const two = {
      ...year(2021, true),
      stages: [...year(2021, true).stages, { stageId: 'high', values: [{} as never] }],
    };
    const places = [{ ...data.places[0]!, years: [two, year(2022, true)] }, data.places[1]!];
    expect(defaultYear({ ...data, places })).toBe(2021);
  });
  it('names the nearest year with data of a place', () => expect(nearestYear(data.places[1]!, 2021)).toBe(2023));
});
