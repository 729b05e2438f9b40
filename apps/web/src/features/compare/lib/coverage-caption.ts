/**
 * What is written under the downloaded coverage chart: its title, the places compared (benchmark
 * first), the theme filter, the date, the general source line and every source of the counted measures.
 */
import type { CompareResponse } from '@ipb/domain';
import type { Translate } from '@/i18n';
import {
  CAPTION_FONTS,
  type CaptionParagraph,
  type CaptionSource,
  captionDate,
  distinctCaptionSources,
  sourceLines,
} from '@/lib/download';

/** The distinct sources of the latest measures the coverage counts (the theme columns list the latest 3 each). */
export function coverageSources(themes: CompareResponse['themes']): CaptionSource[] {
  return distinctCaptionSources(
    themes.flatMap((block) =>
      block.columns.flatMap((column) =>
        column.measures.map(({ citation: c }) => ({
          sourceId: c.sourceId,
          sourceTitle: c.sourceTitle,
          issue: c.issue,
        })),
      ),
    ),
  );
}

export interface CoverageCaptionInput {
  /** Place names, benchmark first. */
  places: readonly string[];
  /** Names of the themes the filter keeps; empty when there is no filter. */
  filteredThemes: readonly string[];
  sources: readonly CaptionSource[];
  date: Date;
  t: Translate;
}

export function buildCoverageCaption(input: CoverageCaptionInput): CaptionParagraph[] {
  const { t } = input;
  const [benchmark, ...others] = input.places;
  const places = benchmark === undefined ? [] : [t('compare.pngBenchmark', { name: benchmark }), ...others];
  const themes = input.filteredThemes.length
    ? input.filteredThemes.join(t('compare.pngSeparator'))
    : t('compare.pngAllThemes');
  return [
    { text: t('compare.pngTitle'), font: CAPTION_FONTS.title },
    { text: t('compare.pngPlaces', { places: places.join(t('compare.pngSeparator')) }), font: CAPTION_FONTS.text },
    { text: t('compare.pngThemes', { themes }), font: CAPTION_FONTS.text },
    { text: t('compare.pngDate', { date: captionDate(input.date) }), font: CAPTION_FONTS.text },
    { text: t('compare.pngSource'), font: CAPTION_FONTS.text },
    ...sourceLines(input.sources, (count) => t('compare.pngMoreSources', { count })),
  ];
}
