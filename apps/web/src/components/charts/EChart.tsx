/**
 * One thin renderer for any ECharts option: the option builders decide what to draw, this only
 * mounts, updates (without merging old series), resizes with its box and disposes.
 * SVG renderer: crisp text, and tests can see the drawn paths. `data-rendered` turns "true" when
 * ECharts reports the current option drawn and animated ('finished'), so a browser test can wait
 * for that instead of for the clock. Each update leaves two Performance marks, `echart:set-option`
 * and `echart:drawn` (the latest of each), which `npm run lighthouse` reads to time a redraw.
 */
import { type CSSProperties, type HTMLAttributes, useEffect, useRef } from 'react';
import { type EChartsOption, echarts } from './echarts';

const FALLBACK_WIDTH = 800;

/** Replaces the previous mark of that name, so a long session does not pile them up. */
function mark(name: 'echart:set-option' | 'echart:drawn') {
  performance.clearMarks(name);
  performance.mark(name);
}

export interface EChartProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  option: EChartsOption;
  height?: number;
  /** Receives the instance once mounted (null when disposed), e.g. to export it with getDataURL. */
  onReady?: (chart: echarts.ECharts | null) => void;
}

export function EChart({ option, height = 420, style, onReady, ...rest }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const heightRef = useRef(height);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // A box without layout (display:none, or a DOM without layout in tests) measures 0: draw at a
    // fallback size rather than not at all; the observer switches back to the box size once it has one.
    const chart = echarts.init(el, null, {
      renderer: 'svg',
      width: el.clientWidth ? undefined : FALLBACK_WIDTH,
      height: el.clientHeight ? undefined : heightRef.current,
    });
    chartRef.current = chart;
    chart.on('finished', () => {
      el.setAttribute('data-rendered', 'true');
      mark('echart:drawn');
    });
    onReadyRef.current?.(chart);
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (el.clientWidth && el.clientHeight) chart.resize({ width: 'auto', height: 'auto' });
          });
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      onReadyRef.current?.(null);
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    ref.current?.setAttribute('data-rendered', 'false');
    mark('echart:set-option');
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  const boxStyle: CSSProperties = { width: '100%', height, ...style };
  return <div ref={ref} style={boxStyle} {...rest} />;
}
