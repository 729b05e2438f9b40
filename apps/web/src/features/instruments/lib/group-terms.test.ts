import type { InstrumentsResponse, InstrumentTerm } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { programmeRows } from './group-terms';

const term = (regionCode: string, programme: string | null, measureId: number): InstrumentTerm =>
  ({ instrumentId: 'tech_loan', regionCode, programme, measureId, measureTitle: `m${measureId}` }) as InstrumentTerm;
const region = (code: string) => ({ code }) as InstrumentsResponse['benchmark'];

describe('programmeRows', () => {
  it('groups terms by place and programme (unnamed ones by measure), benchmark first, places in order', () => {
    const data = {
      benchmark: region('150100'),
      regions: [region('321000'), region('320100')],
      items: [
        term('320100', '宁科贷', 4),
        term('320100', '宁科贷', 4),
        term('321000', null, 7),
        term('150100', null, 1),
      ],
    } as InstrumentsResponse;
    const rows = programmeRows(data, 'tech_loan');
    expect(rows.map((r) => [r.regionCode, r.programme ?? r.measureTitle, r.terms.length])).toEqual([
      ['150100', 'm1', 1],
      ['321000', 'm7', 1],
      ['320100', '宁科贷', 2],
    ]);
  });
});
