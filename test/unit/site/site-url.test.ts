import { describe, expect, it } from 'vitest';
import { takeSiteUrl } from '../../../scripts/site/site-url.ts';

describe('npm run site --site-url', () => {
  it('takes the address out of the arguments, in either spelling, with a trailing slash', () => {
    expect(takeSiteUrl(['--source', 'r.txt', '--site-url', 'https://example.org/x', '--out', 'o'], {})).toEqual({
      siteUrl: 'https://example.org/x/',
      rest: ['--source', 'r.txt', '--out', 'o'],
    });
    expect(takeSiteUrl(['--site-url=http://example.org'], {}).siteUrl).toBe('http://example.org/');
  });

  it('falls back on SITE_URL, and has no address without either', () => {
    expect(takeSiteUrl([], { SITE_URL: 'https://reports.example.org/' }).siteUrl).toBe('https://reports.example.org/');
    expect(takeSiteUrl(['--site-url', 'https://a.example/'], { SITE_URL: 'https://b.example/' }).siteUrl).toBe('https://a.example/');
    expect(takeSiteUrl([], {}).siteUrl).toBeNull();
    expect(takeSiteUrl([], { SITE_URL: '' }).siteUrl).toBeNull();
  });

  it('refuses what is not a public http(s) address, in one line that names it', () => {
    const refused =
      (args: string[], env = {}) =>
      () =>
        takeSiteUrl(args, env);
    expect(refused(['--site-url', 'example.org'])).toThrow(
      '--site-url "example.org": expected the site\'s public address, an absolute http:// or https:// URL such as https://example.org/reports/',
    );
    expect(refused(['--site-url', 'ftp://example.org/'])).toThrow('--site-url "ftp://example.org/": expected');
    expect(refused(['--site-url', 'https://example.org/?a=1'])).toThrow('no query, fragment or user name');
    expect(refused(['--site-url'])).toThrow('--site-url: expected an address after it');
    expect(refused(['--site-url', '--out', 'o'])).toThrow('--site-url: expected an address after it');
    expect(refused([], { SITE_URL: 'not a url' })).toThrow('SITE_URL "not a url": expected');
  });
});
