/**
 * The search logic that runs in the browser, kept free of the DOM so it can be tested. It works
 * on the site's own search data (/search/<lang>.json, loaded with the search page), so results
 * show as the reader types, with nothing more to download, and offline once the report is saved.
 * Results come in tiers, each shown before the next:
 *   1. the site's own entities (places, projects, glossary terms) whose names match the query,
 *      in Chinese, English or pinyin, or by an abbreviation (ETDZ, HSR);
 *   2. paragraphs that contain every term of the query, or of another name for what it names
 *      (words.ts: Chinese as substrings, Latin as whole words; synonyms.ts);
 *   3. partial matches, shown apart: Latin words that begin with a term or share its stem,
 *      Chinese text holding most of the query's character pairs.
 * Pagefind's index is the fallback for a query none of these answer (page.ts): its Chinese word
 * splitting differs between index and query (均安 ranked its paragraph below five others; "均安"
 * in quotes found nothing), and its first query costs about 115 KB, so it is not the first tier.
 */
import type { SearchDocuments, SearchEntity, SearchParagraph } from '../../lib/search/documents.ts';
import { alternatives, synonymGroups } from './synonyms.ts';
import { countTerm, escapeRegExp, hasHan, roughStem, stem } from './words.ts';

export { stem };

/** Query terms: quotes and punctuation dropped, lower-cased; Chinese terms split only at spaces. */
export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[“”"'‘’「」『』《》()（）,，。.!！?？;；:：、]/gu, ' ')
    .split(/\s+/u)
    .filter((term) => term !== '');
}

const groupsByDocuments = new WeakMap<SearchDocuments, string[][]>();
function groupsOf(documents: SearchDocuments): string[][] {
  let groups = groupsByDocuments.get(documents);
  if (!groups) {
    groups = synonymGroups(documents);
    groupsByDocuments.set(documents, groups);
  }
  return groups;
}

/** Every way the query may be read: itself, and other names for what it names. */
export function queryAlternatives(documents: SearchDocuments, query: string): string[][] {
  const terms = queryTerms(query);
  return terms.length === 0 ? [] : alternatives(groupsOf(documents), terms);
}

/**
 * An entity matches when the whole query names it: an alias equals the query, or contains it
 * (均安 → 于都均安牛仔智造产业园; Latin as whole words: "Longnan ETDZ"), or is contained in it
 * (于都县 → 于都). Latin queries need three letters or more, so "an" does not find Anyuan.
 */
export function matchEntities(documents: SearchDocuments, query: string): SearchEntity[] {
  const whole = queryTerms(query).join(' ');
  if (whole === '' || (!hasHan(whole) && whole.length < 3)) return [];
  const groups = groupsOf(documents);
  const score = (entity: SearchEntity, index: number): number => {
    let best = 0;
    // The entity's own names and the abbreviated forms of them (groups are in entity order).
    for (const alias of groups[index] ?? entity.aliases) {
      if (alias === whole) best = Math.max(best, 3);
      else if (
        hasHan(whole)
          ? alias.includes(whole) && whole.length >= 2
          : new RegExp(`(^|[\\s-])${escapeRegExp(whole)}($|[\\s-])`, 'u').test(alias)
      )
        best = Math.max(best, 2);
      else if (hasHan(alias) && alias.length >= 2 && whole.includes(alias)) best = Math.max(best, 1);
    }
    return best;
  };
  const kindOrder = { place: 0, project: 1, term: 2 } as const;
  return documents.entities
    .map((entity, index) => ({ entity, score: score(entity, index) }))
    .filter(({ score: s }) => s > 0)
    .sort((a, b) => b.score - a.score || kindOrder[a.entity.kind] - kindOrder[b.entity.kind])
    .map(({ entity }) => entity);
}

/** Paragraphs containing every term of one reading of the query, most occurrences first, then in reading order. */
export function exactParagraphs(documents: SearchDocuments, query: string): SearchParagraph[] {
  const readings = queryAlternatives(documents, query);
  if (readings.length === 0) return [];
  return documents.paragraphs
    .map((paragraph, order) => {
      const text = paragraph.text.toLowerCase();
      let hits = 0;
      for (const terms of readings) {
        const counts = terms.map((term) => countTerm(text, term));
        if (counts.every((count) => count > 0))
          hits = Math.max(
            hits,
            counts.reduce((a, b) => a + b, 0),
          );
      }
      return { paragraph, order, hits };
    })
    .filter(({ hits }) => hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .map(({ paragraph }) => paragraph);
}

/** Character pairs of a Chinese term: 均安牛仔 → 均安, 安牛, 牛仔. */
function pairs(term: string): string[] {
  const chars = [...term];
  return chars.length < 2 ? [] : chars.slice(1).map((char, i) => `${chars[i]}${char}`);
}

/**
 * Partial matches (tier 3): every term is met in part. A Latin term of three letters or more
 * begins a word of the paragraph ("Yud" → Yudu) or shares its rough stem ("greening" → green);
 * a Chinese term has at least three in five of its character pairs in the paragraph.
 */
export function partialParagraphs(documents: SearchDocuments, query: string): SearchParagraph[] {
  const terms = queryTerms(query);
  if (terms.length === 0 || terms.some((term) => !hasHan(term) && term.length < 3)) return [];
  return documents.paragraphs.filter((paragraph) => {
    const text = paragraph.text.toLowerCase();
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    return terms.every((term) => {
      if (hasHan(term)) {
        const wanted = pairs(term);
        return wanted.length > 0 && wanted.filter((pair) => text.includes(pair)).length / wanted.length >= 0.6;
      }
      // Stems are compared only for words with the term's first letter: a few, not every word.
      return term.split('-').every((part) => {
        const partStem = part.length >= 4 ? roughStem(part) : null;
        return words.some((word) => word.startsWith(part) || (partStem !== null && word[0] === part[0] && roughStem(word) === partStem));
      });
    });
  });
}

export interface Filters {
  chapter?: string;
  period?: string;
  county?: string;
}

export function passesFilters(paragraph: SearchParagraph, filters: Filters): boolean {
  return (
    (!filters.chapter || paragraph.chapter === filters.chapter) &&
    (!filters.period || paragraph.period === filters.period) &&
    (!filters.county || paragraph.counties.includes(filters.county))
  );
}

export interface RankedResults {
  entities: SearchEntity[];
  /** Tiers 1 and 2 as paragraphs: entity paragraphs and exact matches. */
  paragraphs: SearchParagraph[];
  /** Tier 3: partial matches not already listed. */
  partial: SearchParagraph[];
}

/** All three tiers from the site's own data; the page adds Pagefind's results only when these are empty. */
export function rankLocal(documents: SearchDocuments, query: string, filters: Filters = {}): RankedResults {
  const entities = matchEntities(documents, query);
  const byId = new Map(documents.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const seen = new Set<string>();
  const paragraphs: SearchParagraph[] = [];
  const push =
    (list: SearchParagraph[]) =>
    (paragraph: SearchParagraph | undefined): void => {
      if (paragraph && !seen.has(paragraph.id) && passesFilters(paragraph, filters)) {
        seen.add(paragraph.id);
        list.push(paragraph);
      }
    };
  // An entity's paragraphs first only when the query names exactly one thing; a vague query
  // ("高铁") keeps the exact text matches in front.
  if (entities.length === 1) entities[0]!.paragraphs.forEach((id) => push(paragraphs)(byId.get(id)));
  exactParagraphs(documents, query).forEach(push(paragraphs));
  entities.slice(0, 3).forEach((entity) => entity.paragraphs.forEach((id) => push(paragraphs)(byId.get(id))));
  const partial: SearchParagraph[] = [];
  partialParagraphs(documents, query).forEach(push(partial));
  return { entities, paragraphs, partial };
}
