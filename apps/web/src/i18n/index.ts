export type { Lang, MessageKey } from './dictionary';
export { I18nProvider, useI18n, useT } from './i18n-provider';
export { flagLabel, isMessageKey, type Translate, translator } from './translate';
