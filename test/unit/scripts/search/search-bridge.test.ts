import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../../../src/lib/search/documents.ts';
import { matchCommitments } from '../../../../src/scripts/search/commitments.ts';
import { closestEntities, matchEntities, rankLocal } from '../../../../src/scripts/search/core.ts';
import { excerpt } from '../../../../src/scripts/search/excerpt.ts';

const documents = { zh: searchDocuments('zh'), en: searchDocuments('en') };
const entityIds = (lang: 'zh' | 'en', query: string) => matchEntities(documents[lang], query).map((entity) => entity.id);
const paragraphIds = (lang: 'zh' | 'en', query: string) => rankLocal(documents[lang], query).paragraphs.map((paragraph) => paragraph.id);

describe('search across the languages', () => {
  it('finds a Chinese term on the English edition by its agreed English, and the reverse', () => {
    expect(paragraphIds('en', '稀土').sort()).toEqual(['p2-s1-1', 'p2-s2-1']);
    expect(paragraphIds('en', '托育').sort()).toEqual(['p1-s5-1', 'p2-s7-4']);
    expect(paragraphIds('zh', 'rare earth').sort()).toEqual(['p2-s1-1', 'p2-s2-1']);
    expect(paragraphIds('zh', 'childcare').sort()).toEqual(['p1-s5-1', 'p2-s7-4']);
  });

  it.each(['zh', 'en'] as const)('%s: leads 稀土 and "rare earth" to the nonferrous-metals cluster page', (lang) => {
    for (const query of ['稀土', 'rare earth']) {
      const [first] = matchEntities(documents[lang], query);
      expect(first?.id).toBe('nonferrous-new-materials');
      expect(first?.url).toBe(`/${lang}/clusters/nonferrous-new-materials/`);
    }
  });

  it("keeps a cluster's words from standing for each other: 稀土 does not find 钨 paragraphs", () => {
    // 钨产业 is another word of the same cluster; p2-s2-1 holds 稀土 only.
    expect(paragraphIds('zh', '稀土').every((id) => documents.zh.paragraphs.find((p) => p.id === id)!.text.includes('稀土'))).toBe(true);
  });

  it.each(['zh', 'en'] as const)('%s: finds the 寻全高速 clauses and project by the pinyin of the abbreviation', (lang) => {
    expect(matchCommitments(documents[lang], 'xunquan').map((c) => c.id)).toContain('p2-s5-1-c6');
    expect(entityIds(lang, 'xunquan')[0]).toBe('xunwu-quannan-expressway-west');
  });

  it.each(['zh', 'en'] as const)('%s: ranks what a query names above what is only named after it', (lang) => {
    for (const query of ['high-speed rail', '高铁']) {
      const found = entityIds(lang, query);
      expect(found.indexOf('changsha-ganzhou-hsr')).toBeGreaterThanOrEqual(0);
      expect(found.indexOf('changsha-ganzhou-hsr')).toBeLessThan(found.indexOf('hsr-new-area'));
    }
  });

  it('does not read Gree as the beginning of green, in any tier', () => {
    const gree = rankLocal(documents.en, 'Gree');
    expect([...gree.paragraphs, ...gree.partial].every((p) => /\bGree\b/u.test(p.text))).toBe(true);
    expect(matchCommitments(documents.en, 'Gree').every((c) => /\bGree\b/u.test(c.text))).toBe(true);
  });
});

describe('search when nothing is found', () => {
  it('offers the entities whose names are closest to a misspelt query', () => {
    expect(closestEntities(documents.en, 'Ruijn Airprt')[0]?.id).toBe('ruijin-airport');
    expect(closestEntities(documents.zh, '瑞金飞机场')[0]?.id).toBe('ruijin-airport');
  });

  it('offers none for a query like no name of the site', () => {
    expect(closestEntities(documents.zh, '火星基地')).toEqual([]);
    expect(closestEntities(documents.en, 'Mars base')).toEqual([]);
  });
});

describe('an excerpt shows the word that matched', () => {
  it('marks the whole word a partial match begins', () => {
    const shanty = rankLocal(documents.en, 'shanty');
    const pieces = excerpt(shanty.partial[0]!.text, ['shanty'], 60, true);
    expect(pieces.filter((piece) => piece.mark).map((piece) => piece.text)).toContain('shantytown');
  });

  it('marks the pairs of a Chinese term a partial match holds', () => {
    const pieces = excerpt('推进于都均安牛仔产业园建设', ['均安牛仔园'], 60, true);
    expect(pieces.filter((piece) => piece.mark).map((piece) => piece.text)).toEqual(['均安牛仔']);
  });
});
