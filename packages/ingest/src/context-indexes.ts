/**
 * What extraction builds from the context's tables, built once per table and kept while the table
 * lives: every extraction of an import or a bench shares the same arrays, so it reuses the indexes.
 */
import type { Indicator, Region } from '@ipb/domain';
import { createIndicatorLinker, type IndicatorLinker } from './link-indicator';
import { createRegionIndex, type RegionIndex } from './region-index';

const regionIndexes = new WeakMap<readonly Region[], RegionIndex>();
export function regionIndexFor(regions: readonly Region[]): RegionIndex {
  let index = regionIndexes.get(regions);
  if (!index) {
    index = createRegionIndex(regions);
    regionIndexes.set(regions, index);
  }
  return index;
}

const linkers = new WeakMap<readonly Indicator[], IndicatorLinker>();
/** The linker's term index is built once per catalogue, as the region index is once per gazetteer. */
export function linkerFor(indicators: readonly Indicator[]): IndicatorLinker {
  let linker = linkers.get(indicators);
  if (!linker) {
    linker = createIndicatorLinker(indicators);
    linkers.set(indicators, linker);
  }
  return linker;
}
