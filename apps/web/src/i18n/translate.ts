import { type Dictionary, type Lang, type MessageKey, zh } from './dictionary';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** The dictionaries at hand: Chinese always; English once `loadLang('en')` has fetched its chunk. */
const loaded: Partial<Record<Lang, Dictionary>> = { zh };

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

/**
 * Pure lookup with `{name}` interpolation; usable outside React (option builders get `t` passed in).
 * The language must be loaded first (`loadLang`): the provider switches only once it is.
 */
export function translator(lang: Lang): Translate {
  const dict = loaded[lang];
  if (!dict) throw new Error(`The ${lang} strings are not loaded: await loadLang('${lang}') first`);
  return (key, params) => {
    const text: string = dict[key];
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
  return key in zh;
}

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
