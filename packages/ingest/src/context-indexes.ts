/**
 * What extraction builds from the context's tables, built once per table and kept while the table
 * lives: every extraction of an import or a bench shares the same arrays, so it reuses the indexes.
 */
import type { Indicator, Region } from '@ipb/domain';
import { createIndicatorLinker, type IndicatorLinker } from './link-indicator';
import { createRegionIndex, type RegionIndex } from './region-index';

/** `build` run once per table (array identity), its result kept as long as the table lives. */
function oncePerTable<T extends object, R>(build: (table: T) => R): (table: T) => R {
  const built = new WeakMap<T, R>();
  return (table) => {
    let result = built.get(table);
    if (result === undefined) {
      result = build(table);
      built.set(table, result);
    }
    return result;
  };
}

/** The place-name index, built once per gazetteer. */
export const regionIndexFor: (regions: readonly Region[]) => RegionIndex = oncePerTable(createRegionIndex);

/** The linker's term index, built once per catalogue. */
export const linkerFor: (indicators: readonly Indicator[]) => IndicatorLinker = oncePerTable(createIndicatorLinker);
