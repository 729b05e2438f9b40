/**
 * What is written under a downloaded chart image: the indicator (and how it is shown), the places,
 * then "来源：" and every distinct source of the drawn figures and targets — its authority, title,
 * issue and URL — and, when sources disagree on a drawn figure, a note that the chart shows the
 * value chosen by the rule: a forwarded image must not hide that a number is contested.
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

export function sourceText(c: Pick<Citation, 'sourceTitle' | 'issue' | 'url' | 'authority'>, t: Translate): string {
  const tag = t('authority.captionTag', { authority: t(`authority.${c.authority}`) });
  return `${tag}${[c.issue ? `${c.sourceTitle}（${c.issue}）` : c.sourceTitle, c.url].filter(Boolean).join(' ')}`;
}

export function buildPngCaption(input: PngCaptionInput): CaptionParagraph[] {
  const { t } = input;
  const citations = [
    ...input.series.flatMap((s) => s.points.map((p) => p.citation)),
    ...input.targets.map((x) => x.citation),
  ];
  const sources = distinctSources(citations);
  const conflicts = input.series.flatMap((s) => s.points.filter((p) => p.conflict)).length;
  return [
    { text: input.indicatorName, font: CAPTION_FONTS.title },
    ...(input.modeLabel
      ? [{ text: t('indicators.pngMode', { mode: input.modeLabel }), font: CAPTION_FONTS.text }]
      : []),
    { text: t('indicators.pngPlaces', { places: input.places.join('、') }), font: CAPTION_FONTS.text },
    { text: t('indicators.pngSource'), font: CAPTION_FONTS.text },
    ...sources.map((c, i) => ({ text: `${i + 1}. ${sourceText(c, t)}`, font: CAPTION_FONTS.source, color: '#3e4c59' })),
    ...(conflicts ? [{ text: t('conflict.captionNote', { count: conflicts }), font: CAPTION_FONTS.text }] : []),
  ];
}
