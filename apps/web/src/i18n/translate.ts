import { dictionaries, type Lang, type MessageKey } from './dictionary';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Pure lookup with `{name}` interpolation; usable outside React (option builders get `t` passed in). */
export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
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
  return key in dictionaries.zh;
}

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
