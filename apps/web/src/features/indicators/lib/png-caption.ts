/**
 * What is written under a downloaded chart image: the indicator (and how it is shown), the places,
 * then "来源：" and every distinct source of the drawn figures and targets — title, issue, URL.
 */
import type { Citation, Series, Target } from '@ipb/domain';
import type { Translate } from '@/i18n';
import { CAPTION_FONTS, type CaptionParagraph } from '@/lib/download';

export interface PngCaptionInput {
  indicatorName: string;
  /** e.g. 指数（首年=100）; null in the absolute view. */
  modeLabel: string | null;
  places: readonly string[];
  series: readonly Series[];
  targets: readonly Target[];
  t: Translate;
}

export function distinctSources(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.sourceId}|${c.sourceTitle}|${c.issue ?? ''}|${c.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sourceText(c: Pick<Citation, 'sourceTitle' | 'issue' | 'url'>): string {
  return [c.issue ? `${c.sourceTitle}（${c.issue}）` : c.sourceTitle, c.url].filter(Boolean).join(' ');
}

export function buildPngCaption(input: PngCaptionInput): CaptionParagraph[] {
  const { t } = input;
  const citations = [
    ...input.series.flatMap((s) => s.points.map((p) => p.citation)),
    ...input.targets.map((x) => x.citation),
  ];
  const sources = distinctSources(citations);
  return [
    { text: input.indicatorName, font: CAPTION_FONTS.title },
    ...(input.modeLabel
      ? [{ text: t('indicators.pngMode', { mode: input.modeLabel }), font: CAPTION_FONTS.text }]
      : []),
    { text: t('indicators.pngPlaces', { places: input.places.join('、') }), font: CAPTION_FONTS.text },
    { text: t('indicators.pngSource'), font: CAPTION_FONTS.text },
    ...sources.map((c, i) => ({ text: `${i + 1}. ${sourceText(c)}`, font: CAPTION_FONTS.source, color: '#3e4c59' })),
  ];
}
