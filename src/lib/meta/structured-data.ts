/**
 * schema.org JSON-LD for every page: the page, in its language, is about the report, which the
 * Ganzhou Municipal People's Government wrote. Search engines read this to name the source.
 */
import { htmlLang, useTranslations, type Lang } from '../../i18n/index.ts';
import { reportFacts } from './report-facts.ts';

export function structuredData(lang: Lang, pageUrl: string, title: string, description: string): string {
  const t = useTranslations(lang);
  const zh = useTranslations('zh');
  const report: Record<string, unknown> = {
    '@type': 'Report',
    name: zh('report.title'),
    alternateName: useTranslations('en')('report.title'),
    inLanguage: 'zh-CN',
    author: { '@type': 'GovernmentOrganization', name: '赣州市人民政府', alternateName: "Ganzhou Municipal People's Government" },
  };
  if (reportFacts.delivered) report.datePublished = reportFacts.delivered;
  if (reportFacts.officialUrl) report.url = reportFacts.officialUrl;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: pageUrl,
    name: title,
    description,
    inLanguage: htmlLang[lang],
    isPartOf: { '@type': 'WebSite', name: t('site.title') },
    about: report,
  };
  // "<" never appears unescaped inside the script element, whatever the strings hold.
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}
