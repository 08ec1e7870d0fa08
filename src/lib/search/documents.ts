/**
 * What search knows about the report, per language: every paragraph (the unit of a result, with
 * its chapter, period and counties for filters), the site's own entities (places, projects,
 * clusters, glossary terms) with every name a reader may type for them: Chinese, English and
 * pinyin, and the bridges between the languages for words that have no page (稀土 ↔ rare earth).
 */
import type { Lang } from '../../i18n/index.ts';
import { chapterTitle } from '../report/chapter-title.ts';
import { abbreviationPinyin } from '../places/abbreviation-pinyin.ts';
import { agreedEnglish, agreedTerms } from '../layers/terms.ts';
import { clauseAloneText, clusterName, clusters, commitments } from '../commitments/commitments.ts';
import { glossary } from '../layers/glossary.ts';
import { partTitle } from '../report/labels.ts';
import { layers } from '../layers/layers.ts';
import { paths } from '../site/paths.ts';
import { projects } from '../commitments/projects.ts';
import { allParagraphs, mentions, places } from '../report/report.ts';
import { paragraphsNaming } from '../entities/entities.ts';
import { pointsOf } from '../layers/summaries.ts';
import { translatedParagraph } from '../report/translations.ts';

export interface SearchParagraph {
  id: string;
  url: string;
  chapter: string;
  period: string;
  counties: string[];
  text: string;
}

export interface SearchEntity {
  kind: 'place' | 'project' | 'cluster' | 'term';
  id: string;
  label: string;
  /** The name in the other language, shown under the label. */
  other: string;
  url: string;
  /** Every form that should find it, lower-cased: 于都, 于都县, yudu, yudu county. */
  aliases: string[];
  /**
   * Words that lead to it without naming it, lower-cased: a cluster's industries (稀土, rare
   * earth). They find the entity but, unlike its names, are not read as synonyms of each other.
   */
  words?: string[];
  paragraphs: string[];
}

/** A clause that concerns a place or names a project: shown, highlighted, above whole paragraphs. */
export interface SearchCommitment {
  id: string;
  /** The paragraph's URL: a clause has no anchor of its own. */
  url: string;
  paragraph: string;
  /** The clause in the page's language. */
  text: string;
  /** Names of the places it reaches by name or abbreviation and of the projects it names, lower-cased. */
  aliases: string[];
}

export interface SearchChapter {
  id: string;
  url: string;
  title: string;
  period: string;
  points: string[];
}

export interface SearchDocuments {
  lang: Lang;
  paragraphs: SearchParagraph[];
  entities: SearchEntity[];
  commitments: SearchCommitment[];
  chapters: SearchChapter[];
  /**
   * Names of one thing in both languages and pinyin that no entity carries, lower-cased: the
   * agreed English of recurring terms (稀土, rare earth) and the pinyin of abbreviated project
   * names (寻全高速, xunquan).
   */
  bridges: string[][];
}

const unique = (values: Array<string | null | undefined>): string[] => [
  ...new Set(values.filter((value): value is string => Boolean(value)).map((value) => value.toLowerCase())),
];

/** The abbreviations of place names the report's clauses use (寻全高速), each with its pinyin where it has one. */
function abbreviationsInPinyin(): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of commitments.flatMap((commitment) => commitment.places)) {
    if (entry.via !== 'abbreviation' || found.has(entry.text)) continue;
    const pinyin = abbreviationPinyin(entry.text, places);
    if (pinyin) found.set(entry.text, pinyin);
  }
  return found;
}

export function searchDocuments(lang: Lang): SearchDocuments {
  const abbreviations = abbreviationsInPinyin();
  const pinyinWithin = (text: string): string[] => [...abbreviations].filter(([name]) => text.includes(name)).map(([, pinyin]) => pinyin);
  const counties = places.filter((place) => place.level === 'county');
  const paragraphs = allParagraphs.map(({ paragraph, chapter }): SearchParagraph => {
    const named = new Set(mentions.filter((m) => m.paragraph === paragraph.id).map((m) => m.place));
    return {
      id: paragraph.id,
      url: paths.paragraph(lang, chapter.section.id, paragraph.id),
      chapter: chapterTitle(lang, chapter.section),
      period: partTitle(lang, chapter.part),
      counties: counties.filter((county) => named.has(county.id)).map((county) => (lang === 'zh' ? county.names[0]! : county.en)),
      text: lang === 'zh' ? paragraph.text : (translatedParagraph(paragraph.id) ?? paragraph.text),
    };
  });
  const entities: SearchEntity[] = [
    ...(layers.places ? places : []).map((place): SearchEntity => ({
      kind: 'place',
      id: place.id,
      label: lang === 'zh' ? place.names[0]! : place.en,
      other: lang === 'zh' ? place.en : place.names[0]!,
      url: paths.place(lang, place.id),
      aliases: unique([...place.names, place.en, place.pinyin, place.en.replace(/ (County|District|City)$/u, '')]),
      paragraphs: paragraphsNaming(place.id),
    })),
    ...projects.map((project): SearchEntity => ({
      kind: 'project',
      id: project.id,
      label: lang === 'zh' ? project.zh : project.en,
      other: lang === 'zh' ? project.en : project.zh,
      url: paths.paragraph(
        lang,
        allParagraphs.find((entry) => entry.paragraph.id === project.paragraph)!.chapter.section.id,
        project.paragraph,
      ),
      aliases: unique([project.zh, project.en, ...pinyinWithin(project.zh)]),
      paragraphs: [project.paragraph],
    })),
    ...clusters.map((cluster): SearchEntity => ({
      kind: 'cluster',
      id: cluster.id,
      label: clusterName(lang, cluster),
      other: clusterName(lang === 'zh' ? 'en' : 'zh', cluster),
      url: paths.cluster(lang, cluster.id),
      aliases: unique([...cluster.names, cluster.en, cluster.en.replace(/ industry$/u, '')]),
      words: unique([...cluster.terms, ...cluster.terms.map(agreedEnglish)]),
      // Its paragraphs are found by their words; a cluster's page is the answer, not one paragraph.
      paragraphs: [],
    })),
    ...glossary.map((term): SearchEntity => ({
      kind: 'term',
      id: term.id,
      label: lang === 'zh' ? `“${term.zh}”` : `"${term.en}"`,
      other: lang === 'zh' ? term.en : term.zh,
      url: `${paths.glossary(lang)}#${term.id}`,
      aliases: unique([term.zh, term.en]),
      paragraphs: term.paragraphs,
    })),
  ];
  const chapters = [...new Map(allParagraphs.map(({ chapter }) => [chapter.section.id, chapter])).values()].map(
    (chapter): SearchChapter => ({
      id: chapter.section.id,
      url: paths.chapter(lang, chapter.section.id),
      title: chapterTitle(lang, chapter.section),
      period: partTitle(lang, chapter.part),
      points: pointsOf(lang, chapter.section.id).map((point) => point.text),
    }),
  );
  // Only clauses that concern a place or a project, and only where they read in the page's
  // language: a small addition to what a first search fetches.
  const byParagraph = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const searchCommitments = commitments.flatMap((commitment): SearchCommitment[] => {
    const reached = commitment.places
      .filter((entry) => entry.via !== 'scope')
      .map((entry) => places.find((place) => place.id === entry.place)!);
    const named = projects.filter((project) => commitment.projects.includes(project.id));
    const text = clauseAloneText(lang, commitment);
    if (commitment.lead || text === null || (reached.length === 0 && named.length === 0)) return [];
    return [
      {
        id: commitment.id,
        url: byParagraph.get(commitment.paragraph)!.url,
        paragraph: commitment.paragraph,
        text,
        aliases: unique([
          ...reached.flatMap((place) => [...place.names, place.en, place.pinyin]),
          ...named.flatMap((project) => [project.zh, project.en]),
          ...pinyinWithin(commitment.text),
        ]),
      },
    ];
  });
  const bridges = [
    ...agreedTerms.map((term) => unique([...term.zh, term.en])),
    ...[...abbreviations].map(([name, pinyin]) => unique([name, pinyin])),
  ];
  return { lang, paragraphs, entities, commitments: searchCommitments, chapters, bridges };
}
