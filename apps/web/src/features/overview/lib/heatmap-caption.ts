/**
 * What is written under the downloaded heatmap: its title, the theme filter (when there is one),
 * the date, the general source line and every source the counted measures were extracted from.
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

/** The distinct sources of the latest measures behind the counts (/compare lists the latest 3 per place and theme). */
export function measureSources(themes: CompareResponse['themes']): CaptionSource[] {
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

export interface HeatmapCaptionInput {
  /** Names of the themes the filter keeps; empty when there is no filter. */
  filteredThemes: readonly string[];
  /** Sources of the counted measures; null when they are not known (then only the general line). */
  sources: readonly CaptionSource[] | null;
  date: Date;
  t: Translate;
}

export function buildHeatmapCaption({ filteredThemes, sources, date, t }: HeatmapCaptionInput): CaptionParagraph[] {
  return [
    { text: t('overview.heatmap'), font: CAPTION_FONTS.title },
    ...(filteredThemes.length
      ? [
          {
            text: t('overview.pngThemes', { themes: filteredThemes.join(t('overview.pngSeparator')) }),
            font: CAPTION_FONTS.text,
          },
        ]
      : []),
    { text: t('overview.pngDate', { date: captionDate(date) }), font: CAPTION_FONTS.text },
    { text: t('overview.pngSource'), font: CAPTION_FONTS.text },
    ...sourceLines(sources ?? [], (count) => t('overview.pngMoreSources', { count })),
  ];
}
