/**
 * Interface language: 中文 by default; the header switch stores the choice in localStorage and
 * sets <html lang> so screen readers pronounce the page in the right language.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Lang } from './dictionary';
import { HTML_LANG, isLangLoaded, loadLang, type Translate, translator } from './translate';

const STORAGE_KEY = 'ipb.lang';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/** The language chosen last time (main.tsx loads its strings before the first render). */
export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  // A language whose strings did not arrive (e.g. offline) is shown in Chinese, which is built in.
  const [lang, setLangState] = useState<Lang>(() => {
    const wanted = initialLang ?? storedLang();
    return isLangLoaded(wanted) ? wanted : 'zh';
  });

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    // Switch in the same event when the strings are at hand; otherwise once their chunk arrives.
    if (isLangLoaded(next)) setLangState(next);
    else
      loadLang(next).then(
        () => setLangState(next),
        () => undefined, // no strings, no switch: the button stays there to try again
      );
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  }, []);

  const value = useMemo(() => ({ lang, setLang, t: translator(lang) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() must be used inside <I18nProvider>');
  return value;
}

/** The translate function for the current language. */
export function useT(): Translate {
  return useI18n().t;
}
