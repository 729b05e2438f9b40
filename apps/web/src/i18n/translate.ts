import { type Dictionary, type Lang, type MessageKey, zh } from './dictionary';
import { PAGE_STRINGS } from './page-strings';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * The dictionaries at hand: Chinese always (a feature's page strings once its page has loaded
 * them), English once `loadLang('en')` has fetched its chunk.
 */
const zhAtHand: Partial<Dictionary> = { ...zh };
const loaded: Partial<Record<Lang, Partial<Dictionary>>> = { zh: zhAtHand };

export function isLangLoaded(lang: Lang): boolean {
  return lang in loaded;
}

/**
 * Fetches a language's strings (English is a chunk of its own, so the Chinese interface never
 * downloads it). Resolves at once for a language already at hand.
 */
export async function loadLang(lang: Lang): Promise<void> {
  if (!loaded[lang]) loaded[lang] = (await import('./dictionary-en')).en;
}

/** Adds the Chinese strings of a feature's pages (page-strings.ts); resolves at once when it has none. */
export async function loadPageStrings(feature: string): Promise<void> {
  const parts = await Promise.all((PAGE_STRINGS[feature] ?? []).map((load) => load()));
  for (const part of parts) Object.assign(zhAtHand, part.zh);
}

/**
 * Pure lookup with `{name}` interpolation; usable outside React (option builders get `t` passed in).
 * The language must be loaded first (`loadLang`): the provider switches only once it is.
 */
export function translator(lang: Lang): Translate {
  const dict = loaded[lang];
  if (!dict) throw new Error(`The ${lang} strings are not loaded: await loadLang('${lang}') first`);
  return (key, params) => {
    // A string whose page did not load it shows its key rather than breaking the page.
    const text = dict[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** Human label of a quality flag; unknown flags are shown as written. */
export function flagLabel(t: Translate, flag: string): string {
  const key = `flag.${flag}`;
  return isMessageKey(key) ? t(key) : flag;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in zhAtHand;
}

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
