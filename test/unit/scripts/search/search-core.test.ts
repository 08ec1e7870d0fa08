import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../../../src/lib/search/documents.ts';
import {
  exactParagraphs,
  matchEntities,
  partialParagraphs,
  queryAlternatives,
  queryTerms,
  rankLocal,
} from '../../../../src/scripts/search/core.ts';
import { excerpt } from '../../../../src/scripts/search/excerpt.ts';
import { QUALITY_SET } from '../../../search/quality-set.ts';

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

  it('matches Latin terms as whole words, and keeps the rest apart as partial matches', () => {
    const gree = rankLocal(documents.en, 'Gree');
    expect(gree.paragraphs.map((p) => p.id)).toEqual(['p2-s1-2']);
    // Gree is a word of the report, so it is taken as typed in full: green is not even a partial match.
    expect(gree.partial.map((p) => p.id)).toEqual([]);
    // A term still being typed begins words, listed apart: "develop" → development.
    const develop = rankLocal(documents.en, 'develop');
    expect(develop.partial.map((p) => p.id)).toContain('p1-s2-1');
    expect(develop.paragraphs.map((p) => p.id)).not.toContain('p1-s2-1');
    expect(exactParagraphs(documents.en, 'orange').map((p) => p.id)).toEqual(exactParagraphs(documents.en, 'oranges').map((p) => p.id));
    expect(exactParagraphs(documents.en, 'area').map((p) => p.id)).not.toContain(undefined);
  });

  it('finds partial matches as the reader types: word beginnings, stems, most of a Chinese name', () => {
    expect(partialParagraphs(documents.en, 'Yud').map((p) => p.id)).toEqual(['p1-s2-1', 'p2-s1-1', 'p2-s7-4']);
    expect(partialParagraphs(documents.zh, '均安牛仔园').map((p) => p.id)).toEqual(['p2-s1-1']);
    expect(partialParagraphs(documents.en, 'ab')).toEqual([]);
  });

  it('reads an abbreviation in a longer query, and an entity by its names in the other language', () => {
    expect(queryAlternatives(documents.en, 'Ganzhou ETDZ').map((terms) => terms.join(' '))).toContain(
      'ganzhou economic and technological development zone',
    );
    expect(queryAlternatives(documents.en, 'zones of the ETDZ kind')).toContainEqual([
      'zones',
      'of',
      'the',
      'kind',
      'economic and technological development zone',
    ]);
    expect(matchEntities(documents.en, 'Ganzhou ETDZ')[0]?.id).toBe('ganzhou-etdz');
    expect(queryAlternatives(documents.zh, 'Foxconn')).toContainEqual(['富士康']);
  });

  it('marks whole words only in an excerpt', () => {
    expect(excerpt('green Gree greenery', ['gree']).filter((piece) => piece.mark)).toEqual([{ text: 'Gree', mark: true }]);
  });

  it('marks the hits in an excerpt around the first one', () => {
    const pieces = excerpt('一二三四五均安六七八九', ['均安'], 3);
    expect(pieces).toEqual([
      { text: '…', mark: false },
      { text: '三四五', mark: false },
      { text: '均安', mark: true },
      { text: '六七八', mark: false },
      { text: '…', mark: false },
    ]);
  });
});
