/**
 * The theme × place heatmap. Clicking a cell opens the measures of that place and theme; the same
 * numbers are in a table under the chart, as links, for keyboard and screen-reader users.
 * 下载 PNG saves the chart with its title, date and sources drawn under it.
 */
import './register-heatmap';
import type { Region } from '@ipb/domain';
import { getInstanceByDom } from 'echarts/core';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { DownloadPngButton } from '@/components/charts/DownloadPngButton';
import { EChart } from '@/components/charts/EChart';
import type { EChartsOption, echarts } from '@/components/charts/echarts';
import { ScrollBox } from '@/components/ui/ScrollBox';
import { useI18n } from '@/i18n';
import type { CaptionSource } from '@/lib/download';
import { buildHeatmapOption, cellHref, type HeatmapInput, orderPlaces } from '../lib/build-heatmap-option';
import { buildHeatmapCaption } from '../lib/heatmap-caption';

interface Props {
  themes: ReadonlyArray<{ id: string; nameZh: string; nameEn: string }>;
  places: readonly Region[];
  counts: HeatmapInput['counts'];
  /** Whether the rows are the themes a filter keeps (named in the downloaded image's caption). */
  filtered?: boolean;
  /** Sources of the counted measures, for the caption; null when not known. */
  sources?: readonly CaptionSource[] | null;
  /** The districts whose measures a city's column includes: shown as 宁波（江北区）. */
  subPlaces?: ReadonlyMap<string, readonly Region[]>;
}

export function CoverageHeatmap({ themes, places, counts, filtered = false, sources = null, subPlaces }: Props) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const wrapper = useRef<HTMLElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const input: HeatmapInput = useMemo(
    () => ({
      themes: themes.map((th) => ({ id: th.id, name: lang === 'en' ? th.nameEn : th.nameZh })),
      places: places.map((p) => {
        const name = lang === 'en' ? p.nameEn : p.shortName;
        const subs = subPlaces?.get(p.code)?.map((s) => (lang === 'en' ? s.nameEn : s.name));
        return {
          code: p.code,
          name: subs?.length
            ? t('overview.withSubPlaces', { place: name, subPlaces: subs.join(lang === 'en' ? ', ' : '、') })
            : name,
        };
      }),
      counts,
      countLabel: (count: number) => t('overview.measureCount', { count }),
    }),
    [themes, places, counts, lang, t, subPlaces],
  );
  // The heatmap series is registered by ./register-heatmap; the shell's option type lists only its
  // own chart types, so the option is passed through it unchanged.
  const option = useMemo(() => buildHeatmapOption(input) as unknown as EChartsOption, [input]);
  const inputRef = useRef(input);
  inputRef.current = input;

  // <EChart> owns the instance; reach it through the DOM to listen for clicks (it runs its own
  // effect, and so creates the instance, before this parent effect).
  useEffect(() => {
    const el = wrapper.current?.firstElementChild;
    const chart = el instanceof HTMLElement ? getInstanceByDom(el) : undefined;
    if (!chart) return;
    const onClick = (params: { value?: unknown }) => {
      const href = Array.isArray(params.value) ? cellHref(inputRef.current, params.value as number[]) : null;
      if (href) void navigate(href);
    };
    chart.on('click', onClick);
    return () => {
      chart.off('click', onClick);
    };
  }, [navigate]);

  const ordered = orderPlaces(input.places);
  const height = Math.max(260, 90 + input.themes.length * 34);
  return (
    <>
      <ScrollBox ref={wrapper} className="heatmap-scroll" label={t('overview.heatmapScroll')}>
        <EChart
          option={option}
          height={height}
          role="img"
          data-testid="overview-heatmap"
          style={{ minWidth: 120 + ordered.length * 84 }}
          aria-label={t('overview.heatmapChart', { places: ordered.map((p) => p.name).join('、') })}
          onReady={(chart) => {
            chartRef.current = chart;
          }}
        />
      </ScrollBox>
      <p className="muted small heatmap-legend-caption">{t('overview.legendLabel')}</p>
      {subPlaces && subPlaces.size > 0 && (
        <p className="muted small" data-testid="roll-up-note">
          {t('overview.rollUpNote')}
        </p>
      )}
      <DownloadPngButton
        getChart={() => chartRef.current}
        caption={() =>
          buildHeatmapCaption({
            filteredThemes: filtered ? input.themes.map((th) => th.name) : [],
            sources,
            date: new Date(),
            t,
          })
        }
        fileName={t('overview.heatmap')}
        label={t('overview.downloadPng')}
        failedLabel={(message) => t('overview.downloadFailed', { message })}
        hint={t('overview.downloadHint')}
      />
      <details className="heatmap-table">
        <summary>{t('overview.heatmapTable')}</summary>
        <ScrollBox label={t('overview.heatmapCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('overview.heatmapCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.theme')}</th>
                {ordered.map((p) => (
                  <th key={p.code} scope="col">
                    <Link to={`/regions/${p.code}`}>{p.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {input.themes.map((th, y) => (
                <tr key={th.id}>
                  <th scope="row">{th.name}</th>
                  {ordered.map((p, x) => {
                    const count = counts[p.code]?.[th.id] ?? 0;
                    return (
                      <td key={p.code}>
                        <Link
                          to={cellHref(input, [x, y]) ?? '/measures'}
                          aria-label={t('overview.cellLink', { place: p.name, theme: th.name, count })}
                        >
                          {count}
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </>
  );
}
