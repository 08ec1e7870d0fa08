/**
 * The search logic that runs in the browser, kept free of the DOM so it can be tested.
 * Pagefind's Chinese word splitting differs between index and query (均安 ranked its paragraph
 * below five others; "均安" in quotes found nothing; 于都 also matched a paragraph without it),
 * so results come in three tiers, each shown before the next:
 *   1. the site's own entities (places, projects, glossary terms) whose names match the query,
 *      in Chinese, English or pinyin;
 *   2. paragraphs that contain every term of the query exactly (case-insensitive);
 *   3. Pagefind's results for what is left (English stemming, partial words).
 */
import type { SearchDocuments, SearchEntity, SearchParagraph } from '../../lib/search/documents.ts';

/** Query terms: quotes and punctuation dropped, lower-cased; Chinese terms split only at spaces. */
export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[“”"'‘’「」『』《》()（）,，。.!！?？;；:：、]/gu, ' ')
    .split(/\s+/u)
    .filter((term) => term !== '');
}

const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/**
 * An entity matches when the whole query names it: an alias equals the query, or contains it
 * (均安 → 于都均安牛仔智造产业园), or is contained in it (于都县 → 于都). Latin queries need
 * three letters or more and match at word starts, so "an" does not find Anyuan.
 */
export function matchEntities(documents: SearchDocuments, query: string): SearchEntity[] {
  const whole = queryTerms(query).join(' ');
  if (whole === '' || (!hasHan(whole) && whole.length < 3)) return [];
  const score = (entity: SearchEntity): number => {
    let best = 0;
    for (const alias of entity.aliases) {
      if (alias === whole) best = Math.max(best, 3);
      else if (hasHan(whole) ? alias.includes(whole) && whole.length >= 2 : new RegExp(`(^|[\\s-])${escapeRegExp(whole)}`, 'u').test(alias)) best = Math.max(best, 2);
      else if (hasHan(alias) && alias.length >= 2 && whole.includes(alias)) best = Math.max(best, 1);
    }
    return best;
  };
  const kindOrder = { place: 0, project: 1, term: 2 } as const;
  return documents.entities
    .map((entity) => ({ entity, score: score(entity) }))
    .filter(({ score: s }) => s > 0)
    .sort((a, b) => b.score - a.score || kindOrder[a.entity.kind] - kindOrder[b.entity.kind])
    .map(({ entity }) => entity);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function countOccurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

/** A Latin word without its plural ending, so "oranges" finds "orange"; Chinese is left whole. */
export function stem(term: string): string {
  return /^[a-z]{5,}$/u.test(term) ? term.replace(/(?:es|s)$/u, '') : term;
}

/** Paragraphs containing every term exactly, most occurrences first, then in reading order. */
export function exactParagraphs(documents: SearchDocuments, query: string): SearchParagraph[] {
  const terms = queryTerms(query).map(stem);
  if (terms.length === 0) return [];
  return documents.paragraphs
    .map((paragraph, order) => {
      const text = paragraph.text.toLowerCase();
      const counts = terms.map((term) => countOccurrences(text, term));
      return { paragraph, order, hits: counts.every((count) => count > 0) ? counts.reduce((a, b) => a + b, 0) : 0 };
    })
    .filter(({ hits }) => hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .map(({ paragraph }) => paragraph);
}

export interface Filters {
  chapter?: string;
  period?: string;
  county?: string;
}

export function passesFilters(paragraph: SearchParagraph, filters: Filters): boolean {
  return (!filters.chapter || paragraph.chapter === filters.chapter)
    && (!filters.period || paragraph.period === filters.period)
    && (!filters.county || paragraph.counties.includes(filters.county));
}

export interface RankedResults {
  entities: SearchEntity[];
  /** Paragraph ids in result order: entity paragraphs, exact matches, then Pagefind's. */
  paragraphs: SearchParagraph[];
}

/** Tiers 1 and 2; the page appends Pagefind's results (tier 3) that are not already listed. */
export function rankLocal(documents: SearchDocuments, query: string, filters: Filters = {}): RankedResults {
  const entities = matchEntities(documents, query);
  const byId = new Map(documents.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const seen = new Set<string>();
  const paragraphs: SearchParagraph[] = [];
  const push = (paragraph: SearchParagraph | undefined): void => {
    if (paragraph && !seen.has(paragraph.id) && passesFilters(paragraph, filters)) {
      seen.add(paragraph.id);
      paragraphs.push(paragraph);
    }
  };
  // An entity's paragraphs first only when the query names exactly one thing; a vague query
  // ("高铁") keeps the exact text matches in front.
  if (entities.length === 1) entities[0]!.paragraphs.forEach((id) => push(byId.get(id)));
  exactParagraphs(documents, query).forEach(push);
  entities.slice(0, 3).forEach((entity) => entity.paragraphs.forEach((id) => push(byId.get(id))));
  return { entities, paragraphs };
}
