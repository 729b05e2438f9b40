/**
 * The shell's echarts.ts registers line and bar only; the overview also draws a heatmap with a
 * colour scale. Registering here keeps those parts in the overview's own chunk.
 */
import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';

use([HeatmapChart, VisualMapComponent]);
