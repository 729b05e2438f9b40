/** The terms of one instrument as table rows: the benchmark first, then each place in order, programme by programme. */
import type { InstrumentsResponse, InstrumentTerm } from '@ipb/domain';

export interface ProgrammeRow {
  regionCode: string;
  programme: string | null;
  measureTitle: string;
  terms: InstrumentTerm[];
}

export function programmeRows(data: InstrumentsResponse, instrumentId: string): ProgrammeRow[] {
  const order = [data.benchmark.code, ...data.regions.map((r) => r.code)];
  const rows = new Map<string, ProgrammeRow>();
  for (const term of data.items.filter((i) => i.instrumentId === instrumentId)) {
    const key = `${term.regionCode}|${term.programme ?? `#${term.measureId}`}`;
    const row = rows.get(key) ?? {
      regionCode: term.regionCode,
      programme: term.programme,
      measureTitle: term.measureTitle,
      terms: [],
    };
    row.terms.push(term);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => order.indexOf(a.regionCode) - order.indexOf(b.regionCode));
}
