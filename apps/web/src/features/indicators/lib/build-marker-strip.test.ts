import type { Marker } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { buildMarkerStrip, dateToX, stripHeight } from './build-marker-strip';

const marker = (regionCode: string, date: string, id: number): Marker => ({
  measureId: id,
  regionCode,
  date,
  year: Number(date.slice(0, 4)),
  dateBasis: 'source',
  dateText: null,
  title: `measure ${id}`,
  themes: [],
  programs: [],
  citation: {
    sourceId: 9,
    sourceType: 'bulletin',
    sourceTitle: '科技情报参考',
    authority: 'bulletin',
    issue: '2024年第7期',
    articleTitle: null,
    url: null,
    documentNumber: null,
    quote: 'q',
    start: 10,
    end: 20,
    note: null,
  },
});

describe('buildMarkerStrip', () => {
  it.each([
    ['2024', 2024],
    ['2024-07', 2024.5],
    ['2024-01-01', 2024],
  ])('places %s at %d', (date, x) => expect(dateToX(date)).toBeCloseTo(x, 5));

  it('gives each place with markers a row in its colour; markers open their sentence', () => {
    const strip = buildMarkerStrip({
      markers: [
        marker('150100', '2023-07-31', 1),
        marker('320100', '2024-07-03', 2),
        marker('320100', '2024-07-31', 3),
      ],
      years: [2020, 2021, 2022, 2023, 2024],
      places: [
        { code: '150100', color: '#0072B2', name: '呼和浩特' },
        { code: '330200', color: '#E69F00', name: '宁波' },
        { code: '320100', color: '#009E73', name: '南京' },
      ],
      bar: false,
      seriesName: (p) => `${p} · 政策`,
    });
    expect(strip.rows).toBe(2);
    expect(strip.series.map((s) => [s.name, s.itemStyle.color, s.data.length])).toEqual([
      ['呼和浩特 · 政策', '#0072B2', 1],
      ['南京 · 政策', '#009E73', 2],
    ]);
    expect(strip.series[1]?.data[0]).toMatchObject({ name: 'measure 2', href: '/sources/9#10-20' });
    // Two markers in one year do not sit on each other.
    expect(strip.series[1]?.data[0]?.value[1]).not.toBe(strip.series[1]?.data[1]?.value[1]);
    expect([strip.xAxis.min, strip.xAxis.max]).toEqual([2020, 2024]);
    expect(stripHeight(strip.rows)).toBeGreaterThan(0);
  });

  it('widens the axis by half a year for bars, whose points sit mid-band', () => {
    const strip = buildMarkerStrip({ markers: [], years: [2022, 2023], places: [], bar: true, seriesName: String });
    expect([strip.xAxis.min, strip.xAxis.max]).toEqual([2021.5, 2023.5]);
    expect(stripHeight(strip.rows)).toBe(0);
  });
});
