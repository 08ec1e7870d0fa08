/**
 * The search box's and search page's words that name what there is to find: the kinds of pages
 * and entries this build has (src/lib/layers/layers.ts), and examples taken from the report's own
 * places, projects and terms. A site without those layers names none, rather than another report's.
 */
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { layers } from '../layers/layers.ts';
import type { SearchEntity } from './documents.ts';

const listLocale: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };
const list = (lang: Lang, items: string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(listLocale[lang], { type }).format(items);
const quote = (lang: Lang, text: string) => (lang === 'zh' ? `“${text}”` : `"${text}"`);

/** "县区、项目或术语" / "county, project or term": the box's placeholder, for the entries this site has. */
export function searchPlaceholder(lang: Lang): string {
  const t = useTranslations(lang);
  const kinds = [
    layers.places && t('search.hintPlace'),
    layers.projects && t('search.hintProject'),
    layers.glossary && t('search.hintTerm'),
  ].filter((kind): kind is string => typeof kind === 'string');
  return kinds.length > 0 ? list(lang, kinds, 'disjunction') : t('search.placeholderText');
}

/** Without JavaScript: the pages that lead to things instead, only those the site has. */
export function searchWithoutScript(lang: Lang): string {
  const t = useTranslations(lang);
  const pages = [
    t('search.pageContents'),
    layers.places && t('search.pagePlaces'),
    layers.projects && t('search.pageProjects'),
    layers.glossary && t('search.pageGlossary'),
  ];
  return t('search.nojs', {
    pages: list(
      lang,
      pages.filter((page): page is string => typeof page === 'string'),
      'conjunction',
    ),
  });
}

/** Offline: what the site's own data lets one search for. */
export function searchOffline(lang: Lang): string {
  const t = useTranslations(lang);
  const data = [
    layers.places && t('search.dataPlaces'),
    layers.projects && t('search.dataProjects'),
    layers.glossary && t('search.dataTerms'),
    t('search.dataParagraphs'),
  ];
  return t('search.offline', {
    what: list(
      lang,
      data.filter((item): item is string => typeof item === 'string'),
      'conjunction',
    ),
  });
}

const han = (text: string) => /\p{Script=Han}/u.test(text);
const shortest = (forms: string[]) => [...forms].sort((a, b) => a.length - b.length)[0];
const titleCase = (text: string) => text.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());

/**
 * Examples of what one may type, from this report's own entries: the place named in the most
 * paragraphs (in Chinese and in pinyin), a project and a term. Empty when the site has none.
 */
export function searchExamples(lang: Lang, entities: SearchEntity[]): string[] {
  const examples: string[] = [];
  const place = entities
    .filter((entity) => entity.kind === 'place')
    .reduce<SearchEntity | null>(
      (best, entity) => (best === null || entity.paragraphs.length > best.paragraphs.length ? entity : best),
      null,
    );
  if (place) {
    const chinese = shortest(place.aliases.filter(han));
    const latin = shortest(place.aliases.filter((alias) => !han(alias)));
    examples.push(
      ...(lang === 'zh' ? [chinese, latin] : [latin && titleCase(latin), chinese]).filter((form): form is string => Boolean(form)),
    );
  }
  for (const kind of ['project', 'term'] as const) {
    const entity = entities.find((candidate) => candidate.kind === kind);
    // A term's label comes quoted already.
    if (entity) examples.push(kind === 'term' ? entity.label.slice(1, -1) : entity.label);
  }
  return examples.map((example) => quote(lang, example));
}

/** The search page's lead: examples from the report, or a plain word on what it searches. */
export function searchLead(lang: Lang, entities: SearchEntity[]): string {
  const t = useTranslations(lang);
  const examples = searchExamples(lang, entities);
  return examples.length > 0 ? t('search.lead', { examples: examples.join(lang === 'zh' ? '' : ', ') }) : t('search.leadText');
}
