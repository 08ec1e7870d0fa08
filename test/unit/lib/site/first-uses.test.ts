import { describe, expect, it } from 'vitest';
import { tradeWords } from '../../../../src/lib/layers/trade-words.ts';
import { linkFirstUses } from '../../../../src/lib/site/first-uses.ts';

const TARGETS = [
  { id: 'above-designated-size', match: ['above designated size'] },
  { id: 'mu', match: ['mu'] },
  { id: 'new-area', match: ['New Area', 'High-speed Rail New Area'] },
  { id: 'etdz', match: ['Economic and Technological Development Zone', 'ETDZ'] },
  { id: 'development-zone', match: ['development zone', 'Development Zone'] },
];
const link = (id: string, words: string) => `<a href="#${id}">${words}</a>`;
const page = (main: string, before = '') => `<html><body>${before}<main id="main">${main}</main></body></html>`;
const linked = (main: string, before = '') => linkFirstUses(page(main, before), TARGETS, link);

describe('linking the first use of each word of the trade', () => {
  it('links the first use on the page and leaves later ones plain, across elements', () => {
    expect(linked('<p>firms above designated size grew</p><p>and above designated size again</p>')).toBe(
      page('<p>firms <a href="#above-designated-size">above designated size</a> grew</p><p>and above designated size again</p>'),
    );
  });

  it('links each entry once, whichever of its phrases comes first', () => {
    expect(linked('<p>the Ganzhou ETDZ and the Longnan Economic and Technological Development Zone</p>')).toBe(
      page('<p>the Ganzhou <a href="#etdz">ETDZ</a> and the Longnan Economic and Technological Development Zone</p>'),
    );
  });

  it('prefers the longest phrase, so a name is linked whole and an overlapping shorter one is not', () => {
    expect(linked('<p>the High-speed Rail New Area and Rongjiang New Area</p>')).toBe(
      page('<p>the <a href="#new-area">High-speed Rail New Area</a> and Rongjiang New Area</p>'),
    );
    // "Development Zone" inside the ETDZ's name is part of that match, not a use of its own.
    expect(linked('<p>Economic and Technological Development Zone</p>')).toBe(
      page('<p><a href="#etdz">Economic and Technological Development Zone</a></p>'),
    );
  });

  it('matches whole words only, with the case as written', () => {
    expect(linked('<p>a museum, much, Mu and mu-level; 15 mu.</p>')).toBe(
      page('<p>a museum, much, Mu and mu-level; 15 <a href="#mu">mu</a>.</p>'),
    );
    expect(linked('<p>a new area of growth</p>')).toBe(page('<p>a new area of growth</p>'));
  });

  it('skips text outside <main>, in links, headings, notes, figures, charts, defined terms and Chinese text', () => {
    const skipped = [
      '<a href="/x">15 mu</a>',
      '<h2>15 mu</h2>',
      '<span class="toggletip" role="note"><strong>15 mu</strong></span>',
      '<span class="fig-wrap"><span>15 mu</span></span>',
      '<span class="term-wrap"><span>per mu</span></span>',
      '<figure class="chart"><p>15 mu</p></figure>',
      '<dl><dt>mu</dt></dl>',
      '<p lang="zh-CN">mu</p>',
      '<section data-trade-words="off"><p>mu</p></section>',
      '<script>const mu = "15 mu";</script>',
      '<!-- 15 mu -->',
    ].join('');
    expect(linked(`${skipped}<p>then 20 mu</p>`, '<header>10 mu</header>')).toBe(
      page(`${skipped}<p>then 20 <a href="#mu">mu</a></p>`, '<header>10 mu</header>'),
    );
  });

  it('goes on after a skipped element closes, and after void elements and attributes holding ">"', () => {
    expect(linked('<p><button type="button">mu</button><img alt="a > b" src="x.png"><br>then mu</p>')).toBe(
      page('<p><button type="button">mu</button><img alt="a > b" src="x.png"><br>then <a href="#mu">mu</a></p>'),
    );
  });

  it('leaves a page without the words byte for byte', () => {
    const html = page('<p class="a">Nothing here &amp; more</p>');
    expect(linkFirstUses(html, TARGETS, link)).toBe(html);
  });
});

describe('the words of the trade of this site', () => {
  it('give every phrase to one entry, with an explanation in both languages', () => {
    const phrases = tradeWords.flatMap((word) => word.match);
    expect(new Set(phrases).size).toBe(phrases.length);
    expect(tradeWords.map((word) => word.id)).toContain('above-designated-size');
    for (const word of tradeWords) expect([word.id, word.explain.zh.length > 0, word.explain.en.length > 0]).toEqual([word.id, true, true]);
  });
});
