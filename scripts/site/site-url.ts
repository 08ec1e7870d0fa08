/**
 * The public address of a site built by `npm run site`: `--site-url URL`, else SITE_URL, else none.
 * Without one the site has no absolute URL at all (README, "Another report's site"): a wrong
 * address in every canonical link is worse than a relative one.
 */
import { ContentError } from '../content/shared/errors.ts';

export interface SiteUrlArgs {
  /** The address with a trailing slash, or null when neither the option nor SITE_URL gives one. */
  siteUrl: string | null;
  /** The other arguments, for the options both commands take. */
  rest: string[];
}

/** Takes `--site-url URL` (or `--site-url=URL`) out of the arguments; SITE_URL stands in for it. */
export function takeSiteUrl(args: string[], env: NodeJS.ProcessEnv = process.env): SiteUrlArgs {
  const rest: string[] = [];
  let typed: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--site-url') {
      typed = args[++index];
      if (typed === undefined || typed.startsWith('--'))
        throw new ContentError('--site-url', null, 'expected an address after it, such as https://example.org/reports/');
    } else if (arg.startsWith('--site-url=')) typed = arg.slice('--site-url='.length);
    else rest.push(arg);
  }
  if (typed !== undefined) return { siteUrl: checkedSiteUrl(typed, '--site-url'), rest };
  const fromEnv = env['SITE_URL'];
  return { siteUrl: fromEnv === undefined || fromEnv === '' ? null : checkedSiteUrl(fromEnv, 'SITE_URL'), rest };
}

/** An absolute http(s) address without query or fragment, ending in "/" so that paths resolve under it. */
export function checkedSiteUrl(typed: string, from: string): string {
  const where = `${from} ${JSON.stringify(typed)}`;
  const expected = "expected the site's public address, an absolute http:// or https:// URL such as https://example.org/reports/";
  if (!URL.canParse(typed)) throw new ContentError(where, null, expected);
  const url = new URL(typed);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') throw new ContentError(where, null, expected);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    throw new ContentError(where, null, "a site's address has no query, fragment or user name");
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
