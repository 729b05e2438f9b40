/**
 * Okabe–Ito colours (distinguishable with the common colour-vision deficiencies). The benchmark
 * owns the strongest blue; other places take the rest in pick order, with a different symbol each
 * so lines stay apart even in greyscale.
 */
import { BENCHMARK_REGION_CODE } from '@ipb/domain';

export const BENCHMARK_COLOR = '#0072B2';
export const PLACE_COLORS = ['#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#999999', '#F0E442'];
export const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'] as const;

export interface PlaceStyle {
  color: string;
  symbol: string;
}

/** Colour and symbol of a place: `others` is the non-benchmark places in pick order. */
export function placeStyle(code: string, others: readonly string[]): PlaceStyle {
  if (code === BENCHMARK_REGION_CODE) return { color: BENCHMARK_COLOR, symbol: 'circle' };
  const i = Math.max(0, others.indexOf(code));
  return {
    color: PLACE_COLORS[i % PLACE_COLORS.length] ?? '#000000',
    symbol: SYMBOLS[(i + 1) % SYMBOLS.length] ?? 'circle',
  };
}
