import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { exactParagraphs, matchEntities, queryTerms, rankLocal } from '../../src/scripts/search/core.ts';
import { excerpt } from '../../src/scripts/search/excerpt.ts';
import { QUALITY_SET } from '../search/quality-set.ts';

const documents = { zh: searchDocuments('zh'), en: searchDocuments('en') };

describe('search ranking (tiers 1 and 2) on the real report', () => {
  it.each(QUALITY_SET)('$lang: $query', ({ lang, query, entity, first, none }) => {
    const results = rankLocal(documents[lang], query);
    if (none) {
      expect(results.entities).toEqual([]);
      expect(results.paragraphs).toEqual([]);
      return;
    }
    if (entity) expect(results.entities[0]?.id).toBe(entity);
    const top = results.paragraphs.slice(0, first!.length).map((p) => p.id);
    expect(top.sort()).toEqual([...first!].sort());
  });
});

describe('search helpers', () => {
  it('drops quotes and punctuation from queries', () => {
    expect(queryTerms('“均安”')).toEqual(['均安']);
    expect(queryTerms('"Greater Bay Area"')).toEqual(['greater', 'bay', 'area']);
  });

  it('needs three Latin letters before naming an entity', () => {
    expect(matchEntities(documents.en, 'an')).toEqual([]);
    expect(matchEntities(documents.en, 'anyuan')[0]?.id).toBe('anyuan');
  });

  it('finds only paragraphs that hold every term', () => {
    expect(exactParagraphs(documents.zh, '于都 高铁')).toEqual([]);
    expect(exactParagraphs(documents.zh, '于都 纺织').map((p) => p.id)).toEqual(['p2-s1-1']);
  });

  it('marks the hits in an excerpt around the first one', () => {
    const pieces = excerpt('一二三四五均安六七八九', '均安', 3);
    expect(pieces).toEqual([{ text: '…', mark: false }, { text: '三四五', mark: false }, { text: '均安', mark: true }, { text: '六七八', mark: false }, { text: '…', mark: false }]);
  });
});
