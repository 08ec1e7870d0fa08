import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ledger, targets2022 } from '../../src/lib/ledger/outcomes.ts';
import { builtPages } from './browser.ts';

// Checks of the built HTML itself (no browser): validity, links and anchors, the security policy.
const pages = builtPages();
const html = new Map(pages.map((path) => [path, readFileSync(`dist${path}index.html`, 'utf8')]));
// Sources the site links to (of reported outcomes and of the 2022 targets): press and government pages, never copies on other hosts.
const citedSources = new Set<string>(
  [...ledger.flatMap((entry) => entry.sources), ...(targets2022 ? [targets2022.source] : [])]
    .filter((source) => source.kind !== 'copy')
    .map((source) => source.url),
);

describe('the built HTML', () => {
  it(`is valid on all ${pages.length} pages`, async () => {
    // long-title is off: a chapter's title is the report's own heading, in full.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const problems: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(html.get(path)!, `dist${path}index.html`);
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${path}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or anchor', () => {
    const ids = new Map([...html].map(([path, text]) => [path, new Set([...text.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!))]));
    const broken: string[] = [];
    for (const [path, text] of html) {
      // Canonical and alternate links are absolute on the site's own origin (`site`): internal.
      const origin = new URL(/<link rel="canonical" href="([^"]+)"/u.exec(text)?.[1] ?? 'http://site/').origin;
      for (const match of text.matchAll(/\shref="([^"]+)"/gu)) {
        const href = match[1]!.replaceAll('&amp;', '&').replace(origin, '');
        if (/^(https?:|mailto:)/u.test(href)) {
          // The one kind of outside link: a cited source (content/outcomes/sources.yaml), marked external.
          if (
            !citedSources.has(href) ||
            !/\srel="external[^"]*"/u.test(text.slice(text.lastIndexOf('<', match.index), text.indexOf('>', match.index)))
          )
            broken.push(`${path}: link to another origin ${href}`);
          continue;
        }
        const url = new URL(href, `http://site${path}`);
        const target = url.pathname;
        if (target.endsWith('/')) {
          if (!ids.has(target)) broken.push(`${path}: ${href} (no page)`);
          else if (url.hash && !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path}: ${href} (no anchor)`);
        } else {
          try {
            readFileSync(`dist${target}`);
          } catch {
            broken.push(`${path}: ${href} (no file)`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page an Open Graph image drawn from its own data', () => {
    const missing: string[] = [];
    for (const [path, text] of html) {
      if (path === '/') continue;
      const image = /<meta property="og:image" content="([^"]+)"/u.exec(text)?.[1];
      if (!image) missing.push(`${path}: no og:image`);
      else {
        try {
          const png = readFileSync(`dist${new URL(image, 'http://site').pathname}`);
          if (png.subarray(1, 4).toString() !== 'PNG' || png.length < 5_000) missing.push(`${path}: ${image} is not a drawn PNG`);
        } catch {
          missing.push(`${path}: ${image} does not exist`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('carries a Content-Security-Policy on every page: hashes for inline scripts, nothing from another origin', () => {
    const problems: string[] = [];
    for (const [path, text] of html) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/u.exec(text)?.[1];
      if (!policy) {
        problems.push(`${path}: no policy`);
        continue;
      }
      const loose = /'unsafe-inline'|'unsafe-eval'|https?:|\s\*/u.exec(policy);
      if (loose) problems.push(`${path}: policy allows ${loose[0]}`);
      for (const script of text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/gu)) {
        if (!/script-src[^;]*'sha256-/u.test(policy)) problems.push(`${path}: inline ${script[0]} without a hash`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('punctuates labels in Chinese on the Chinese pages: "来源：", not "来源: "', () => {
    const latin: string[] = [];
    for (const [path, text] of html) {
      if (!path.startsWith('/zh/')) continue;
      const words = text
        .replace(/<(script|style)[\s\S]*?<\/\1>/gu, '')
        .replace(/<[^>]+>/gu, '')
        .replace(/&nbsp;/gu, ' ');
      for (const match of words.matchAll(/[\p{Script=Han}）》”]: /gu))
        latin.push(`${path}: …${words.slice(Math.max(0, match.index - 8), match.index + 6)}…`);
    }
    expect(latin).toEqual([]);
  });
});
