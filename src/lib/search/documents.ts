/**
 * What search knows about the report, per language: every paragraph (the unit of a result, with
 * its chapter, period and counties for filters), the site's own entities (places, projects,
 * clusters, glossary terms) with every name a reader may type for them: Chinese, English and
 * pinyin, and the bridges between the languages for words that have no page (稀土 ↔ rare earth).
 */
import type { Lang } from '../../i18n/index.ts';
import { chapterTitle } from '../report/chapter-title.ts';
import { agreedTerms } from '../layers/terms.ts';
import { clauseAloneText, commitments } from '../commitments/commitments.ts';
import { partTitle } from '../report/labels.ts';
import { layers } from '../layers/layers.ts';
import { paths } from '../site/paths.ts';
import { allParagraphs, mentions } from '../report/report.ts';
import {
  abbreviationsInPinyin,
  aliasesOf,
  clusterRecords,
  pinyinWithin,
  placeRecord,
  placeRecords,
  projectRecords,
  termRecords,
} from '../entities/entities.ts';
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

/** The name in the page's language, and the other one to show under it. */
const namesIn = (lang: Lang, record: { zh: string; en: string }): { label: string; other: string } =>
  lang === 'zh' ? { label: record.zh, other: record.en } : { label: record.en, other: record.zh };

export function searchDocuments(lang: Lang): SearchDocuments {
  const counties = placeRecords.filter((place) => place.level === 'county');
  const paragraphs = allParagraphs.map(({ paragraph, chapter }): SearchParagraph => {
    const named = new Set(mentions.filter((m) => m.paragraph === paragraph.id).map((m) => m.place));
    return {
      id: paragraph.id,
      url: paths.paragraph(lang, chapter.section.id, paragraph.id),
      chapter: chapterTitle(lang, chapter.section),
      period: partTitle(lang, chapter.part),
      counties: counties.filter((county) => named.has(county.id)).map((county) => namesIn(lang, county).label),
      text: lang === 'zh' ? paragraph.text : (translatedParagraph(paragraph.id) ?? paragraph.text),
    };
  });
  const chapterOf = new Map(allParagraphs.map(({ paragraph, chapter }) => [paragraph.id, chapter.section.id]));
  // The records carry every name a reader may type; search adds only where each one leads.
  const entities: SearchEntity[] = [
    ...(layers.places ? placeRecords : []).map((place): SearchEntity => ({
      kind: 'place',
      id: place.id,
      ...namesIn(lang, place),
      url: paths.place(lang, place.id),
      aliases: place.aliases,
      paragraphs: place.paragraphs,
    })),
    ...projectRecords.map((project): SearchEntity => ({
      kind: 'project',
      id: project.id,
      ...namesIn(lang, project),
      url: paths.paragraph(lang, chapterOf.get(project.paragraph)!, project.paragraph),
      aliases: project.aliases,
      paragraphs: [project.paragraph],
    })),
    ...clusterRecords.map((cluster): SearchEntity => ({
      kind: 'cluster',
      id: cluster.id,
      ...namesIn(lang, cluster),
      url: paths.cluster(lang, cluster.id),
      aliases: cluster.aliases,
      words: cluster.words,
      // Its paragraphs are found by their words; a cluster's page is the answer, not one paragraph.
      paragraphs: [],
    })),
    ...termRecords.map((term): SearchEntity => ({
      kind: 'term',
      id: term.id,
      label: lang === 'zh' ? `“${term.zh}”` : `"${term.en}"`,
      other: lang === 'zh' ? term.en : term.zh,
      url: `${paths.glossary(lang)}#${term.id}`,
      aliases: term.aliases,
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
    const reached = commitment.places.filter((entry) => entry.via !== 'scope').map((entry) => placeRecord(entry.place));
    const named = projectRecords.filter((project) => commitment.projects.includes(project.id));
    const text = clauseAloneText(lang, commitment);
    if (commitment.lead || text === null || (reached.length === 0 && named.length === 0)) return [];
    return [
      {
        id: commitment.id,
        url: byParagraph.get(commitment.paragraph)!.url,
        paragraph: commitment.paragraph,
        text,
        aliases: aliasesOf([
          ...reached.flatMap((place) => place.aliases),
          ...named.flatMap((project) => [project.zh, project.en]),
          ...pinyinWithin(commitment.text),
        ]),
      },
    ];
  });
  const bridges = [
    ...agreedTerms.map((term) => aliasesOf([...term.zh, term.en])),
    ...[...abbreviationsInPinyin].map(([name, pinyin]) => aliasesOf([name, pinyin])),
  ];
  return { lang, paragraphs, entities, commitments: searchCommitments, chapters, bridges };
}
