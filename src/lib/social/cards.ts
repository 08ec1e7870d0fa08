/**
 * The social card of every page: its title, what it belongs to, and a key figure where it has
 * one, in its language. The Open Graph image of each page is drawn from its card at build time.
 */
import { englishNote } from '../figures/english-note.ts';
import { languages, useTranslations, type Lang } from '../../i18n/index.ts';
import { chapterTitle } from '../report/chapter-title.ts';
import {
  clauseAloneText,
  clusterName,
  clusters,
  commitmentsFor,
  commitmentsOfCluster,
  type Commitment,
} from '../commitments/commitments.ts';
import { formatFigure } from '../figures/figure-format.ts';
import { identity } from '../layers/identity.ts';
import { layers } from '../layers/layers.ts';
import { partTitle } from '../report/labels.ts';
import { placeName } from '../places/place-name.ts';
import { barChart } from '../charts/specs.ts';
import { chapters, figures, paragraphsOf, places } from '../report/report.ts';

export interface SocialCard {
  /** The page's path without the language, as Base.astro's `route` ("chapters/p2-s1/", "" for home). */
  route: string;
  title: string;
  subtitle: string;
  figure: { value: string; label: string } | null;
  /** Lines to show instead of a figure: a county's top commitments for 2023, in the card's language. */
  points?: string[];
}

/** A county's top commitments for 2023: those named for it first, those with a stage or a figure before others. */
function topCommitments(lang: Lang, placeId: string, count = 3): string[] {
  const weight = ({ commitment, reach }: { commitment: Commitment; reach: string }) =>
    (reach === 'named' ? 0 : 4) + (commitment.stage === null ? 1 : 0) + (commitment.figures.length === 0 ? 1 : 0);
  return commitmentsFor(placeId, 'target')
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => weight(a) - weight(b) || a.order - b.order)
    .map(({ commitment }) => clauseAloneText(lang, commitment))
    .filter((text): text is string => text !== null)
    .slice(0, count);
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
    // In English, the figure as the English text gives it, named as its note names it.
    const note = lang === 'en' ? englishNote(first) : null;
    const label = lang === 'zh' ? first.context : (note?.label ?? '');
    return { value: note?.value ?? formatFigure(lang, first), label };
  };
  // The home page's key figure is the first of the main targets (GDP growth), where charts exist.
  const gdp = layers.charts ? barChart('targets').rows[0]! : null;
  const pages = {
    places: layers.places,
    projects: layers.projects,
    glossary: layers.glossary,
    data: true,
    'data/figures': true,
    targets: layers.charts,
    promises: layers.outcomes,
    search: true,
  };
  const cards: SocialCard[] = [
    {
      route: '',
      title: site,
      subtitle: identity(lang).description,
      figure: gdp && { value: gdp.display[lang], label: `${t('home.targets')} · ${gdp.label[lang]}` },
    },
    ...chapters.flatMap(({ section, part }) => [
      {
        route: `chapters/${section.id}/`,
        title: chapterTitle(lang, section),
        subtitle: `${partTitle(lang, part)} · ${site}`,
        figure: keyFigure(section.id),
      },
      ...(layers.translation
        ? [
            {
              route: `parallel/${section.id}/`,
              title: chapterTitle(lang, section),
              subtitle: `${t('chapter.parallel')} · ${site}`,
              figure: keyFigure(section.id),
            },
          ]
        : []),
    ]),
    ...(layers.places ? places : []).map((place) => ({
      route: `places/${place.id}/`,
      title: placeName(lang, place),
      subtitle: `${t(`places.type.${place.type}`)} · ${t('places.cardPoints')}`,
      figure: null,
      points: topCommitments(lang, place.id),
    })),
    ...(clusters.length > 0 ? [{ route: 'clusters/', title: t('clusters.title'), subtitle: site, figure: null }] : []),
    ...clusters.map((cluster) => ({
      route: `clusters/${cluster.id}/`,
      title: clusterName(lang, cluster),
      subtitle: `${t(`clusters.tier.${cluster.tier}`)} · ${site}`,
      figure: null,
      points: commitmentsOfCluster(cluster.id)
        .filter((c) => c.role === 'target' && c.figures.length > 0)
        .map((c) => (lang === 'zh' ? c.text : c.en))
        .filter((text): text is string => text !== null)
        .slice(0, 2),
    })),
    ...(Object.keys(pages) as Array<keyof typeof pages>)
      .filter((route) => pages[route])
      .map((route) => ({
        route: `${route}/`,
        title: t(
          (
            {
              places: 'places.title',
              projects: 'projects.title',
              glossary: 'glossary.title',
              data: 'data.title',
              'data/figures': 'figures.title',
              targets: 'targets.title',
              promises: 'promises.title',
              search: 'search.title',
            } as const
          )[route],
        ),
        subtitle: site,
        figure: null,
      })),
  ];
  return cards;
}

/** Every character the social images draw (the cards and the site's icon, whose character is of the short title), so the fonts are cut once for all of them. */
export const socialText = (): string =>
  languages
    .flatMap((lang) => {
      const site = identity(lang);
      return [
        site.shortTitle,
        site.socialSource,
        ...socialCards(lang).flatMap((card) => [card.title, card.subtitle, card.figure?.value ?? '', card.figure?.label ?? '']),
      ];
    })
    .join('');
