import { describe, expect, it } from 'vitest';
import { publicUrl } from '../../../../src/lib/site/public-url.ts';

describe('absolute URLs on the public address', () => {
  it('puts a path under the address, path and all', () => {
    expect(publicUrl(new URL('https://ganzhou-2023-report.example/'), '/zh/chapters/p2-s1/')).toBe(
      'https://ganzhou-2023-report.example/zh/chapters/p2-s1/',
    );
    expect(publicUrl(new URL('https://example.org/x/'), '/zh/')).toBe('https://example.org/x/zh/');
    expect(publicUrl(new URL('https://example.org/x'), 'sitemap-index.xml')).toBe('https://example.org/x/sitemap-index.xml');
  });

  it('gives nothing without an address, rather than a wrong one', () => {
    expect(publicUrl(undefined, '/zh/')).toBeNull();
  });
});
