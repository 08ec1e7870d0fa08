import type { Lang } from '../../i18n/index.ts';

/** Every URL of the site in one place, so pages and tests agree on them. */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  chapter: (lang: Lang, sectionId: string) => `/${lang}/chapters/${sectionId}/`,
  paragraph: (lang: Lang, sectionId: string, paragraphId: string) => `/${lang}/chapters/${sectionId}/#${paragraphId}`,
  parallel: (lang: Lang, sectionId: string) => `/${lang}/parallel/${sectionId}/`,
  targets: (lang: Lang) => `/${lang}/targets/`,
  promises: (lang: Lang) => `/${lang}/promises/`,
  search: (lang: Lang) => `/${lang}/search/`,
  projects: (lang: Lang) => `/${lang}/projects/`,
  places: (lang: Lang) => `/${lang}/places/`,
  clusters: (lang: Lang) => `/${lang}/clusters/`,
  cluster: (lang: Lang, clusterId: string) => `/${lang}/clusters/${clusterId}/`,
  place: (lang: Lang, placeId: string) => `/${lang}/places/${placeId}/`,
  data: (lang: Lang) => `/${lang}/data/`,
  figures: (lang: Lang) => `/${lang}/data/figures/`,
  glossary: (lang: Lang) => `/${lang}/glossary/`,
  dataFile: (name: string) => `/data/${name}`,
};
