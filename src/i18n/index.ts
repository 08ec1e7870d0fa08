import i18next, { type TFunction } from 'i18next';
import en from './en.json';
import zh from './zh.json';

export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];

/** The BCP 47 tags pages declare (Pagefind and screen readers read them). */
export const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** getStaticPaths of a page that exists once per language. */
export const languagePaths = () => languages.map((lang) => ({ params: { lang } }));

export function isLang(value: string | undefined): value is Lang {
  return value === 'zh' || value === 'en';
}

const instances = new Map<Lang, TFunction>();

/** A translator for one language; strings live in zh.json / en.json under the same keys. */
export function useTranslations(lang: Lang): TFunction {
  let t = instances.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      resources: { [lang]: { translation: lang === 'zh' ? zh : en } },
      initAsync: false,
      keySeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.t.bind(instance);
    instances.set(lang, t);
  }
  return t;
}
