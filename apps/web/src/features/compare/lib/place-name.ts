import type { Region } from '@ipb/domain';
import type { Lang } from '@/i18n';

/** A place as the reader knows it: 南京市 in Chinese, Nanjing in English, the code if unknown. */
export function placeName(region: Region | undefined, code: string, lang: Lang): string {
  if (!region) return code;
  return lang === 'en' ? region.nameEn : region.name;
}
