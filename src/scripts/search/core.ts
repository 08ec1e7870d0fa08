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
import { countTerm, escapeRegExp, hasHan, queryTerms, roughStem, stem } from './words.ts';

export { queryTerms, stem };

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

const wordPatterns = new Map<string, { holds: RegExp; ends: RegExp }>();
/** Patterns of a Latin reading as whole words of a name, anywhere or at its end; made once per reading, as the reader types. */
function wordPatternsOf(reading: string): { holds: RegExp; ends: RegExp } {
  let patterns = wordPatterns.get(reading);
  if (!patterns) {
    const words = escapeRegExp(reading);
    patterns = { holds: new RegExp(`(^|[\\s-])${words}($|[\\s-])`, 'u'), ends: new RegExp(`(^|[\\s-])${words}$`, 'u') };
    wordPatterns.set(reading, patterns);
  }
  return patterns;
}

/**
 * How well a name answers one reading of the query: 3 when it is the reading; 2.5 when it ends
 * with it, so the entity is one of what the reading names (长赣高铁 and "…high-speed railway" are
 * railways); 2 when it holds it elsewhere (高铁新区 is an area named after one; 均安 →
 * 于都均安牛仔智造产业园; Latin as whole words); 0 otherwise.
 */
function nameScore(name: string, reading: string): number {
  if (name === reading) return 3;
  if (hasHan(reading)) return reading.length < 2 || !name.includes(reading) ? 0 : name.endsWith(reading) ? 2.5 : 2;
  const { holds, ends } = wordPatternsOf(reading);
  return ends.test(name) ? 2.5 : holds.test(name) ? 2 : 0;
}

const KIND_ORDER = { place: 0, project: 1, cluster: 2, term: 3 } as const;

/**
 * Entities the query names, best first: by one of their names, in either language or pinyin, or by
 * another name for what the query names (high-speed rail → "…high-speed railway", 稀土 → "rare
 * earth"), or by a word that leads to them (稀土 → the nonferrous-metals cluster, scored 2). A
 * Chinese name within the query also counts, lowest (于都县 → 于都). Latin queries need three
 * letters or more, so "an" does not find Anyuan.
 */
export function matchEntities(documents: SearchDocuments, query: string): SearchEntity[] {
  const whole = queryTerms(query).join(' ');
  if (whole === '' || (!hasHan(whole) && whole.length < 3)) return [];
  const groups = groupsOf(documents);
  const readings = [...new Set([whole, ...queryAlternatives(documents, query).map((terms) => terms.join(' '))])];
  const score = (entity: SearchEntity, index: number): number => {
    let best = 0;
    // The entity's own names and the abbreviated forms of them (groups are in entity order).
    for (const alias of groups[index] ?? entity.aliases) {
      for (const reading of readings) best = Math.max(best, nameScore(alias, reading));
      if (best === 0 && hasHan(alias) && alias.length >= 2 && whole.includes(alias)) best = 1;
    }
    if (entity.words?.some((word) => readings.includes(word))) best = Math.max(best, 2);
    return best;
  };
  return documents.entities
    .map((entity, index) => ({ entity, score: score(entity, index) }))
    .filter(({ score: s }) => s > 0)
    .sort((a, b) => b.score - a.score || KIND_ORDER[a.entity.kind] - KIND_ORDER[b.entity.kind])
    .map(({ entity }) => entity);
}

/** The distinct character pairs of a text, spaces and punctuation left out: "ruijin" → ru, ui, ij, ji, in. */
function letterPairs(text: string): Set<string> {
  const chars = [...text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')];
  return new Set(chars.slice(1).map((char, i) => `${chars[i]}${char}`));
}

/** Pairs shared, against the pairs of both (Dice's coefficient): 1 for the same text, 0 for nothing in common. */
function likeness(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How alike two texts must be, at least, to offer one for the other: "Ruijn Airprt" is 0.73 like "ruijin airport". */
export const CLOSEST_AT_LEAST = 0.4;

/**
 * For a query nothing answers, the entities whose names are closest to it as written: those with a
 * name (in either language or pinyin) sharing the most character pairs with the query, at least
 * CLOSEST_AT_LEAST of them by Dice's coefficient, most alike first; at most `limit`. A misspelt
 * name ("Ruijn Airprt", "于都镇") finds what the reader meant.
 */
export function closestEntities(documents: SearchDocuments, query: string, limit = 3): SearchEntity[] {
  const wanted = letterPairs(queryTerms(query).join(''));
  if (wanted.size === 0) return [];
  return documents.entities
    .map((entity) => ({
      entity,
      alike: Math.max(...[...entity.aliases, ...(entity.words ?? [])].map((name) => likeness(wanted, letterPairs(name)))),
    }))
    .filter(({ alike }) => alike >= CLOSEST_AT_LEAST)
    .sort((a, b) => b.alike - a.alike || KIND_ORDER[a.entity.kind] - KIND_ORDER[b.entity.kind])
    .slice(0, limit)
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
        // Stops at the first term the paragraph lacks: most lack the query's rarest word, and
        // counting its common words ("and", "zone") first is most of a long query's work.
        let sum = 0;
        for (const term of terms) {
          const count = countTerm(text, term);
          if (count === 0) {
            sum = 0;
            break;
          }
          sum += count;
        }
        hits = Math.max(hits, sum);
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

interface ParagraphTokens {
  text: string;
  words: string[];
  /** The rough stems of its words, made the first time a query needs them. */
  stems?: Set<string>;
}

interface Tokens {
  /** Each paragraph lower-cased, and its words, in paragraph order. */
  paragraphs: ParagraphTokens[];
  /** Every word of the paragraphs and of the entities' names. */
  vocabulary: Set<string>;
}
const tokensByDocuments = new WeakMap<SearchDocuments, Tokens>();
/** The paragraphs split into words once, not at every keystroke. */
function tokensOf(documents: SearchDocuments): Tokens {
  let tokens = tokensByDocuments.get(documents);
  if (!tokens) {
    const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const paragraphs = documents.paragraphs.map((paragraph): ParagraphTokens => {
      const text = paragraph.text.toLowerCase();
      return { text, words: wordsOf(text) };
    });
    const names = documents.entities.flatMap((entity) => entity.aliases.flatMap(wordsOf));
    tokens = { paragraphs, vocabulary: new Set([...paragraphs.flatMap(({ words }) => words), ...names]) };
    tokensByDocuments.set(documents, tokens);
  }
  return tokens;
}

/**
 * Partial matches (tier 3): every term is met in part. A Latin term of three letters or more
 * begins a word of the paragraph ("Yud" → Yudu) or shares its rough stem ("greening" → green);
 * a term that is itself a word of the report or of a name is taken as typed in full, so it is not
 * read as the beginning of another ("Gree" is the company, not the start of "green"). A Chinese
 * term has at least three in five of its character pairs in the paragraph.
 */
export function partialParagraphs(documents: SearchDocuments, query: string): SearchParagraph[] {
  const terms = queryTerms(query);
  if (terms.length === 0 || terms.some((term) => !hasHan(term) && term.length < 3)) return [];
  const { paragraphs, vocabulary } = tokensOf(documents);
  const stemsOf = (tokens: ParagraphTokens): Set<string> => (tokens.stems ??= new Set(tokens.words.map(roughStem)));
  return documents.paragraphs.filter((_, index) => {
    const tokens = paragraphs[index]!;
    return terms.every((term) => {
      if (hasHan(term)) {
        const wanted = pairs(term);
        return wanted.length > 0 && wanted.filter((pair) => tokens.text.includes(pair)).length / wanted.length >= 0.6;
      }
      return term.split('-').every((part) => {
        const typedInFull = vocabulary.has(part);
        if (typedInFull ? tokens.words.includes(part) : tokens.words.some((word) => word.startsWith(part))) return true;
        // A word with the same rough stem ("greening" for "greened") begins with the same letters.
        return part.length >= 4 && stemsOf(tokens).has(roughStem(part));
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
