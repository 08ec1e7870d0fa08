/**
 * What each page says about itself to search engines and link previews (meta description and
 * og:description), so a shared link to a chapter or a county does not read like every other page.
 * Chapters: their first "at a glance" point. Places: the projects the report names there, else
 * how often it is named and its first figure. (County pages will later describe their commitments.)
 */
import { englishNote } from '../figures/english-note.ts';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { formatFigure } from '../figures/figure-format.ts';
import { placeName } from '../places/place-name.ts';
import { projectsIn } from '../commitments/projects.ts';
import { chapterById, figures, paragraphsOf, type Place } from '../report/report.ts';
import { paragraphsNaming } from '../entities/entities.ts';
import { pointsOf } from '../layers/summaries.ts';
import { translatedParagraph } from '../report/translations.ts';

/** Search engines show about 150 characters (about 80 Chinese ones); cut at a word, with an ellipsis. */
export function clip(text: string, lang: Lang): string {
  const max = lang === 'zh' ? 90 : 160;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = lang === 'en' ? cut.replace(/\s+\S*$/u, '') : cut;
  return `${atWord.replace(/[，,、；;：:\s]+$/u, '')}…`;
}

/** A chapter's first "at a glance" point; a chapter without points, its first paragraph. */
export function chapterDescription(lang: Lang, sectionId: string): string {
  const first = pointsOf(lang, sectionId)[0];
  if (first) return clip(first.text, lang);
  const paragraph = paragraphsOf(chapterById(sectionId).section)[0]!;
  return clip((lang === 'en' ? translatedParagraph(paragraph.id) : null) ?? paragraph.text, lang);
}

export function placeDescription(lang: Lang, place: Place): string {
  const t = useTranslations(lang);
  const name = placeName(lang, place);
  const named = paragraphsNaming(place.id);
  const mentions = `${name}${t('punct.colon')}${t('places.mentions', { count: named.length })}`;
  const projects = projectsIn(place.id)
    .slice(0, 3)
    .map((project) => (lang === 'zh' ? project.zh : project.en));
  if (projects.length > 0)
    return clip(
      `${mentions}${lang === 'zh' ? '。' : '. '}${t('meta.projects', { list: projects.join(lang === 'zh' ? '、' : '; ') })}`,
      lang,
    );
  const ids = new Set(named);
  const figure = figures.find((f) => ids.has(f.paragraph));
  if (!figure) return clip(mentions, lang);
  // In English, the figure as the English text gives it, named as its note names it.
  const note = lang === 'en' ? englishNote(figure) : null;
  const context = lang === 'zh' ? figure.context : (note?.label ?? '');
  return clip(
    `${mentions}${lang === 'zh' ? '。' : '. '}${context ? `${context}${t('punct.colon')}` : ''}${note?.value ?? formatFigure(lang, figure)}`,
    lang,
  );
}
