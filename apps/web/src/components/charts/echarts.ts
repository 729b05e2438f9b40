/**
 * The only place ECharts is imported. Going through `echarts/core` and registering just what we
 * draw keeps the bundle small; add a chart type or component here before using it in an option.
 */
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

/** Every option a builder may return: only the registered parts type-check. */
export type EChartsOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
>;
export type { BarSeriesOption, LineSeriesOption };

export { echarts };
