/** A chapter's contents: its topics that open with a lead sentence, each linked to its first paragraph. */
import type { Lang } from '../../i18n/index.ts';
import type { Section } from './report.ts';
import { translatedLead } from './translations.ts';

export interface ChapterTopic {
  /** The topic's first paragraph id, its anchor on the chapter page. */
  id: string;
  /** The lead sentence; in English, its translation where there is one. */
  text: string;
}

export function chapterTopics(lang: Lang, section: Section): ChapterTopic[] {
  return section.topics.flatMap((topic) => {
    const first = topic.paragraphs[0];
    if (topic.lead === null || first === undefined) return [];
    return [{ id: first.id, text: lang === 'zh' ? topic.lead : (translatedLead(first.id) ?? topic.lead) }];
  });
}
