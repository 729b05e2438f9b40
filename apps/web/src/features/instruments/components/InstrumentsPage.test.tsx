import type { InstrumentsResponse, InstrumentTerm, MeasureBrief } from '@ipb/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/test/render-page';
import { json, stubApi } from '@/test/stub-api';
import { InstrumentsPage } from './InstrumentsPage';

const citation = (id: number) => ({
  sourceId: 1,
  sourceType: 'bulletin' as const,
  sourceTitle: '科技情报参考',
  authority: 'bulletin' as const,
  issue: '2024年第7期',
  articleTitle: null,
  url: null,
  documentNumber: null,
  quote: `句子 ${id}`,
  start: id,
  end: id + 1,
  note: null,
});
const measure = (id: number): MeasureBrief => ({
  id,
  regionCode: '320100',
  title: `举措 ${id}`,
  text: `举措 ${id}`,
  programs: [],
  subPlace: null,
  citation: citation(id),
});
const term = (id: number): InstrumentTerm => ({
  instrumentId: 'tech_loan',
  termKind: 'cap',
  evidence: ['贷款', '最高'],
  regionCode: '320100',
  programme: `项目 ${id}`,
  measureId: id,
  measureTitle: `举措 ${id}`,
  observationId: id,
  value: 1e6,
  valueMax: null,
  unit: '元',
  valueAsWritten: 100,
  unitAsWritten: '万元',
  qualifier: '最高',
  periodText: null,
  flags: [],
  authority: 'bulletin',
  citation: citation(id),
});
const region = (code: string, name: string) => ({
  code,
  official: true,
  name: `${name}市`,
  shortName: name,
  level: 'prefecture' as const,
  parentCode: null,
  aliases: [],
  nameEn: name,
  pinyin: '',
});

/** 120 terms and 10 measures without terms: a page of 50 terms, and 3 measures unless all are asked for. */
function answer(url: URL): InstrumentsResponse {
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const shown = Number(url.searchParams.get('measuresLimit') ?? 3);
  const measures = Array.from({ length: 10 }, (_, i) => measure(1000 + i));
  return {
    benchmark: region('150100', '呼和浩特'),
    regions: [region('320100', '南京')],
    termKinds: [{ id: 'cap', nameZh: '上限', nameEn: 'Cap', outcome: false }],
    instruments: [
      {
        id: 'tech_loan',
        nameZh: '科技信贷',
        nameEn: 'Technology loans',
        stip: null,
        benchmark: 'none_recorded',
        benchmarkMeasures: [],
        benchmarkMeasuresTotal: 0,
        places: ['320100'],
        measuresWithoutTerms: measures.slice(0, shown),
        measuresWithoutTermsTotal: measures.length,
      },
    ],
    items: Array.from({ length: 120 }, (_, i) => term(i + 1)).slice(offset, offset + 50),
    total: 120,
    offset,
    placesTotal: 1,
    benchmarkMeasures: 40,
  };
}

describe('InstrumentsPage', () => {
  it('pages through the terms and shows every measure after "N 条，显示全部"', async () => {
    const requested = stubApi((url) => (url.pathname === '/api/instruments' ? json(answer(url)) : undefined));
    const { user, search } = renderPage(InstrumentsPage, { url: '/instruments?regions=320100' });
    expect(await screen.findByText(/共 120 项条款，显示第 1–50 项/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText(/显示第 51–100 项/)).toBeInTheDocument();
    expect(requested.some((u) => u.includes('offset=50'))).toBe(true);
    expect(screen.getByText(/相关举措共 10 条，已列出最新 3 条/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '10 条，显示全部' }));
    expect(await screen.findByText('举措 1009')).toBeInTheDocument();
    expect([search().get('instrument'), search().get('measures')]).toEqual(['tech_loan', 'all']);
    expect(requested.some((u) => u.includes('measuresLimit=100'))).toBe(true);
    expect(screen.queryByTestId('instrument-measures-more')).toBeNull();
  });
});
