/**
 * A legend label for a series: the place, plus what tells its lines apart when the place has
 * several (南京 · 年中累计, 呼和浩特 · 目标).
 */
import type { Series } from '@ipb/domain';
import type { Lang, Translate } from '@/i18n';

export function placeName(series: Pick<Series, 'regionShortName' | 'regionNameEn'>, lang: Lang): string {
  return lang === 'en' ? series.regionNameEn : series.regionShortName;
}

export function seriesLabel(series: Series, all: readonly Series[], t: Translate, lang: Lang): string {
  const siblings = all.filter((s) => s.regionCode === series.regionCode);
  const name = placeName(series, lang);
  if (siblings.length < 2) return name;
  const parts = [name];
  if (series.kind !== 'actual') parts.push(t(`kind.${series.kind}`));
  const sameKind = siblings.filter((s) => s.kind === series.kind);
  if (series.kind === 'actual' || new Set(sameKind.map((s) => s.periodType)).size > 1) {
    parts.push(t(`period.${series.periodType}`));
  }
  if (new Set(sameKind.map((s) => s.unit)).size > 1) parts.push(series.unit);
  return parts.join(' · ');
}
