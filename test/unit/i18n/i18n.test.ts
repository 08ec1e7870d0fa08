import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';
import { useTranslations } from '../../../src/i18n/index.ts';
import zh from '../../../src/i18n/zh.json';

const PLURAL = /_(zero|one|two|few|many|other)$/u;
const baseKeys = (strings: Record<string, string>) => [...new Set(Object.keys(strings).map((key) => key.replace(PLURAL, '')))].sort();

describe('UI strings', () => {
  it('have the same keys in Chinese and English (plural forms aside)', () => {
    expect(baseKeys(en)).toEqual(baseKeys(zh));
  });

  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)('give %s every plural form its language needs', (lang, strings) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = new Set(
      Object.keys(strings)
        .filter((key) => PLURAL.test(key))
        .map((key) => key.replace(PLURAL, '')),
    );
    for (const base of plurals) for (const category of categories) expect(Object.keys(strings)).toContain(`${base}_${category}`);
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)/gu)].map((m) => m[1]!).sort();
    const byBase = (strings: Record<string, string>) => {
      const map = new Map<string, string[]>();
      for (const [key, value] of Object.entries(strings)) map.set(key.replace(PLURAL, ''), variables(value));
      return map;
    };
    const zhVariables = byBase(zh);
    for (const [key, vars] of byBase(en)) expect([key, vars]).toEqual([key, zhVariables.get(key)]);
  });

  it('format numbers and plurals for each locale', () => {
    expect(useTranslations('en')('projects.count', { count: 1 })).toBe('1 project');
    expect(useTranslations('en')('home.figures', { count: 1880 })).toBe('1,880 figures');
    expect(useTranslations('zh')('home.figures', { count: 1880 })).toBe('1,880个数字');
  });
});
