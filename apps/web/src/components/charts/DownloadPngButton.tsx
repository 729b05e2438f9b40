/**
 * "下载 PNG" for any chart: the live ECharts instance as it is on screen, with its citation drawn
 * under it (see lib/download.ts), so a forwarded image still says where the numbers came from.
 * The caption is built only on click, by the feature's pure caption builder.
 */
import { useState } from 'react';
import { type CaptionParagraph, downloadChartPng, type ExportableChart } from '@/lib/download';

export function DownloadPngButton({
  getChart,
  caption,
  fileName,
  label,
  failedLabel,
  hint,
}: {
  /** The chart instance, or null while it is not mounted. */
  getChart: () => ExportableChart | null;
  caption: () => readonly CaptionParagraph[];
  fileName: string;
  /** Visible text and accessible name, e.g. 下载 PNG. */
  label: string;
  /** The message shown when the image could not be made. */
  failedLabel: (message: string) => string;
  /** A short note next to the button, e.g. that the image carries its sources. */
  hint?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    const chart = getChart();
    if (!chart) return;
    setBusy(true);
    setError(null);
    try {
      await downloadChartPng(chart, caption(), fileName);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="download-bar">
      <button type="button" className="button button-secondary" onClick={() => void download()} disabled={busy}>
        {label}
      </button>
      {hint && <p className="muted small">{hint}</p>}
      {error && (
        <p className="form-error small" role="alert">
          {failedLabel(error)}
        </p>
      )}
    </div>
  );
}
