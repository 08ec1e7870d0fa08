/**
 * The social card of every page: its title, what it belongs to, and a key figure where it has
 * one, in its language. The Open Graph image of each page is drawn from its card at build time.
 */
import { useTranslations, type Lang } from '../../i18n/index.ts';
import { chapterTitle } from '../chapter-title.ts';
import { formatFigure } from '../figure-format.ts';
import { identity } from '../identity.ts';
import { layers } from '../layers.ts';
import { partTitle } from '../labels.ts';
import { placeName } from '../place-name.ts';
import { barChart } from '../charts/specs.ts';
import { chapters, figures, paragraphsNaming, paragraphsOf, places } from '../report.ts';
import { englishContext } from '../translations.ts';

export interface SocialCard {
  /** The page's path without the language, as Base.astro's `route` ("chapters/p2-s1/", "" for home). */
  route: string;
  title: string;
  subtitle: string;
  figure: { value: string; label: string } | null;
}

/** "chapters/p2-s1/" → "chapters/p2-s1"; "" → "home": the image's file name under /og/<lang>/. */
export const cardSlug = (route: string): string => route.replace(/\/$/u, '') || 'home';

export function socialCards(lang: Lang): SocialCard[] {
  const t = useTranslations(lang);
  const site = identity(lang).title;
  const keyFigure = (sectionId: string): SocialCard['figure'] => {
    const ids = new Set(paragraphsOf(chapters.find((c) => c.section.id === sectionId)!.section).map((p) => p.id));
    const first = figures.find((f) => ids.has(f.paragraph));
    if (!first) return null;
    const label = lang === 'zh' ? first.context : (englishContext(first.paragraph, first.id) ?? '');
    return { value: formatFigure(lang, first), label };
  };
  // The home page's key figure is the first of the main targets (GDP growth), where charts exist.
  const gdp = layers.charts ? barChart('targets').rows[0]! : null;
  const pages = { places: layers.places, projects: layers.projects, glossary: layers.glossary, data: true, 'data/figures': true, targets: layers.charts, promises: layers.outcomes, search: true };
  const cards: SocialCard[] = [
    { route: '', title: site, subtitle: identity(lang).description, figure: gdp && { value: gdp.display[lang], label: `${t('home.targets')} · ${gdp.label[lang]}` } },
    ...chapters.flatMap(({ section, part }) => [
      { route: `chapters/${section.id}/`, title: chapterTitle(lang, section), subtitle: `${partTitle(lang, part)} · ${site}`, figure: keyFigure(section.id) },
      ...(layers.translation ? [{ route: `parallel/${section.id}/`, title: chapterTitle(lang, section), subtitle: `${t('chapter.parallel')} · ${site}`, figure: keyFigure(section.id) }] : []),
    ]),
    ...(layers.places ? places : []).map((place) => ({
      route: `places/${place.id}/`,
      title: placeName(lang, place),
      subtitle: `${t(`places.type.${place.type}`)} · ${t('places.mentions', { count: paragraphsNaming(place.id).length })}`,
      figure: null,
    })),
    ...(Object.keys(pages) as Array<keyof typeof pages>).filter((route) => pages[route]).map((route) => ({
      route: `${route}/`,
      title: t(({ places: 'places.title', projects: 'projects.title', glossary: 'glossary.title', data: 'data.title', 'data/figures': 'figures.title', targets: 'targets.title', promises: 'promises.title', search: 'search.title' } as const)[route]),
      subtitle: site,
      figure: null,
    })),
  ];
  return cards;
}
