/**
 * "下载 PNG" (the chart with its citation drawn under it) and "下载 CSV" (the API's CSV, which has
 * a citation column). The PNG is made from the live ECharts instance, so it is what is on screen.
 */
import { useState } from 'react';
import type { echarts } from '@/components/charts/echarts';
import { useT } from '@/i18n';
import { buildUrl } from '@/lib/api-client';
import { type CaptionParagraph, composeCitedPng, downloadBlob, downloadName } from '@/lib/download';
import type { AuthorityParam } from '@/lib/use-authority-param';

export function DownloadBar({
  getChart,
  caption,
  fileName,
  indicatorId,
  regions,
  authority,
  png,
}: {
  /** Whether the chart is on screen (chart tab, with data). */
  png: boolean;
  /** The chart instance, or null when the chart is not on screen (table tab). */
  getChart: () => echarts.ECharts | null;
  caption: () => CaptionParagraph[];
  fileName: string;
  indicatorId: string;
  regions: readonly string[];
  /** The official switch: the CSV holds the figures the page shows. */
  authority?: AuthorityParam;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const csv = buildUrl('/series', { indicator: indicatorId, regions: regions.join(','), authority, format: 'csv' });

  const downloadPng = async () => {
    const chart = getChart();
    if (!chart) return;
    setBusy(true);
    setError(null);
    try {
      const blob = await composeCitedPng({
        chartDataUrl: chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }),
        chartWidth: chart.getWidth(),
        chartHeight: chart.getHeight(),
        caption: caption(),
        pixelRatio: 2,
      });
      downloadBlob(blob, downloadName(fileName, 'png'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="download-bar">
      {png && (
        <button type="button" className="button button-secondary" onClick={() => void downloadPng()} disabled={busy}>
          {t('indicators.downloadPng')}
        </button>
      )}
      <a className="button button-secondary" href={csv} download>
        {t('indicators.downloadCsv')}
      </a>
      <p className="muted small">{t('indicators.downloadHint')}</p>
      {error && (
        <p className="form-error small" role="alert">
          {t('indicators.downloadFailed', { message: error })}
        </p>
      )}
    </div>
  );
}
