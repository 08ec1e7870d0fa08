import type { Lang } from '../../i18n/index.ts';

/** MDX components get only their own props; the language comes from the page's URL (/zh/… or /en/…). */
export function langOfUrl(url: URL): Lang {
  return url.pathname.startsWith('/en/') ? 'en' : 'zh';
}
