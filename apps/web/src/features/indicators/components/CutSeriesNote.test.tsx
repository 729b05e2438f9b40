import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/test/render-page';
import { stubApi } from '@/test/stub-api';
import { CutSeriesNote } from './CutSeriesNote';

const CUT = [{ regionCode: '320100', kind: 'actual', periodType: 'point', unit: '家', pointsTotal: 500 }];
const NAMES = new Map([['320100', '南京']]);

describe('CutSeriesNote', () => {
  it('names the places whose series show only their latest points, and points to the CSV', () => {
    stubApi();
    renderPage(() => <CutSeriesNote cut={CUT} names={NAMES} />, { url: '/indicators' });
    expect(screen.getByTestId('cut-series')).toHaveTextContent(
      '南京的数据点较多（最多 500 个），每条序列显示最新 40 个；下载 CSV 可得全部。',
    );
  });

  it('says nothing when no series is cut', () => {
    stubApi();
    renderPage(() => <CutSeriesNote cut={undefined} names={NAMES} />, { url: '/indicators' });
    expect(screen.queryByTestId('cut-series')).toBeNull();
  });
});
