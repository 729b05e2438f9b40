export type { Lang, MessageKey } from './dictionary';
export { I18nProvider, storedLang, useI18n, useT } from './i18n-provider';
export { flagLabel, isMessageKey, loadLang, loadPageStrings, type Translate, translator } from './translate';
