/**
 * schema.org JSON-LD for every page: the page, in its language, is about the report, written by
 * the government that delivered it (content/site.yaml). Search engines read this to name the source.
 */
import { htmlLang, type Lang } from '../../i18n/index.ts';
import { identity } from '../layers/identity.ts';
import { reportFacts } from './report-facts.ts';

/** `pageUrl` is null in a build without a public address: schema.org's url must be absolute. */
export function structuredData(lang: Lang, pageUrl: string | null, title: string, description: string): string {
  const [zh, en] = [identity('zh'), identity('en')];
  const report: Record<string, unknown> = {
    '@type': 'Report',
    name: zh.reportTitle,
    alternateName: en.reportTitle,
    inLanguage: 'zh-CN',
  };
  if (zh.reportAuthor)
    report.author = {
      '@type': 'GovernmentOrganization',
      name: zh.reportAuthor,
      ...(en.reportAuthor ? { alternateName: en.reportAuthor } : {}),
    };
  if (reportFacts.delivered) report.datePublished = reportFacts.delivered;
  if (reportFacts.officialUrl) report.url = reportFacts.officialUrl;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    ...(pageUrl === null ? {} : { url: pageUrl }),
    name: title,
    description,
    inLanguage: htmlLang[lang],
    isPartOf: { '@type': 'WebSite', name: identity(lang).title },
    about: report,
  };
  // "<" never appears unescaped inside the script element, whatever the strings hold.
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}
