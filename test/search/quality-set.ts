/**
 * The search-quality set: what a reader types, and what must come first. `entity` is the id of
 * the direct match that must head the list; `first` are the paragraphs that must fill the first
 * places of the results, in any order; `none` says nothing may be found.
 * Written from the report's text (each `first` list is every paragraph that contains the name).
 */
export interface QualityCase {
  lang: 'zh' | 'en';
  query: string;
  entity?: string;
  first?: string[];
  none?: true;
}

export const QUALITY_SET: QualityCase[] = [
  // Counties, in Chinese, with the suffix the text leaves out, and in pinyin on the Chinese site
  { lang: 'zh', query: '于都', entity: 'yudu', first: ['p1-s2-1', 'p2-s1-1', 'p2-s7-4'] },
  { lang: 'zh', query: '于都县', entity: 'yudu', first: ['p1-s2-1', 'p2-s1-1', 'p2-s7-4'] },
  { lang: 'zh', query: 'yudu', entity: 'yudu', first: ['p1-s2-1', 'p2-s1-1', 'p2-s7-4'] },
  { lang: 'zh', query: 'Ningdu', entity: 'ningdu', first: ['p1-s2-1', 'p1-s4-1'] },
  { lang: 'zh', query: '石城', entity: 'shicheng', first: ['p1-s2-1', 'p1-s3-1', 'p1-s4-1', 'p2-s5-3', 'p2-s7-4'] },
  // Zones
  { lang: 'zh', query: '龙南经开区', entity: 'longnan-etdz', first: ['p2-s1-3', 'p2-s6-3'] },
  { lang: 'zh', query: '蓉江新区', entity: 'rongjiang', first: ['p1-s4-1', 'p2-s5-2'] },
  // Projects, and a name inside a longer one
  { lang: 'zh', query: '瑞金机场', entity: 'ruijin-airport', first: ['p2-s5-1'] },
  { lang: 'zh', query: '长赣高铁', first: ['p2-s5-1'] },
  { lang: 'zh', query: '信丰电厂二期', first: ['p2-s5-1'] },
  { lang: 'zh', query: '均安', first: ['p2-s1-1'] },
  // Glossary terms and quoted phrases
  { lang: 'zh', query: '腾笼换鸟', first: ['p2-s1-3'] },
  { lang: 'zh', query: '“均安”', first: ['p2-s1-1'] },
  { lang: 'zh', query: '"5020"', first: ['p1-s3-1', 'p2-s3-3'] },
  { lang: 'zh', query: '圳品', first: ['p1-s2-1', 'p2-s3-3'] },
  { lang: 'zh', query: '火星基地', none: true },
  // English: counties by name or Chinese, zones, projects, terms, phrases
  { lang: 'en', query: 'Yudu', entity: 'yudu', first: ['p1-s2-1', 'p2-s1-1', 'p2-s7-4'] },
  { lang: 'en', query: 'yudu', entity: 'yudu', first: ['p1-s2-1', 'p2-s1-1', 'p2-s7-4'] },
  { lang: 'en', query: '于都', entity: 'yudu', first: ['p1-s2-1', 'p2-s1-1', 'p2-s7-4'] },
  { lang: 'en', query: 'Ningdu County', entity: 'ningdu', first: ['p1-s2-1', 'p1-s4-1'] },
  { lang: 'en', query: 'Longnan Economic and Technological Development Zone', entity: 'longnan-etdz', first: ['p2-s1-3', 'p2-s6-3'] },
  { lang: 'en', query: 'Ruijin Airport', entity: 'ruijin-airport', first: ['p2-s5-1'] },
  { lang: 'en', query: 'Greater Bay Area', first: ['p1-s2-1', 'p1-s3-1', 'p2-s3-3'] },
  { lang: 'en', query: 'rare earths', first: ['p2-s1-1', 'p2-s2-1'] },
  { lang: 'en', query: 'navel oranges', first: ['p1-s2-1', 'p1-s3-1', 'p2-s4-2'] },
  { lang: 'en', query: '"emptying the cage for new birds"', first: ['p2-s1-3'] },
  { lang: 'en', query: 'Mars base', none: true },
  // Latin queries match whole words: Gree (the company) is not green
  { lang: 'en', query: 'Gree', first: ['p2-s1-2'] },
  // Abbreviations and other names, from the gazetteer, the projects and the glossary
  { lang: 'en', query: 'ETDZ', first: ['p1-s3-1', 'p1-s5-1', 'p2-s1-3', 'p2-s6-3'] },
  { lang: 'en', query: 'EDZ', first: ['p1-s3-1', 'p1-s5-1', 'p2-s1-3', 'p2-s6-3'] },
  { lang: 'en', query: 'Longnan ETDZ', entity: 'longnan-etdz', first: ['p2-s1-3', 'p2-s6-3'] },
  { lang: 'en', query: 'HSR', first: ['p1-s3-1', 'p1-s4-1', 'p2-s5-1', 'p2-s5-2'] },
  { lang: 'en', query: 'high speed rail', entity: 'changsha-ganzhou-hsr', first: ['p1-s3-1', 'p1-s4-1', 'p2-s5-1', 'p2-s5-2'] },
  { lang: 'zh', query: 'high-speed rail', entity: 'changsha-ganzhou-hsr', first: ['p1-s3-1', 'p1-s4-1', 'p2-s5-1', 'p2-s5-2'] },
  { lang: 'zh', query: 'Foxconn', entity: 'foxconn', first: ['p2-s1-1'] },
  { lang: 'zh', query: 'ETDZ', first: ['p1-s3-1', 'p1-s5-1', 'p2-s1-3', 'p2-s6-3'] },
  // Across the languages: the agreed English of a term (稀土 ↔ rare earth, 托育 ↔ childcare)
  // finds it on either edition, and its cluster's page heads the direct matches
  { lang: 'en', query: '稀土', entity: 'nonferrous-new-materials', first: ['p2-s1-1', 'p2-s2-1'] },
  { lang: 'en', query: 'rare earth', entity: 'nonferrous-new-materials', first: ['p2-s1-1', 'p2-s2-1'] },
  { lang: 'zh', query: 'rare earth', entity: 'nonferrous-new-materials', first: ['p2-s1-1', 'p2-s2-1'] },
  { lang: 'zh', query: '稀土', entity: 'nonferrous-new-materials', first: ['p2-s1-1', 'p2-s2-1'] },
  { lang: 'en', query: '托育', first: ['p1-s5-1', 'p2-s7-4'] },
  { lang: 'zh', query: 'childcare', first: ['p1-s5-1', 'p2-s7-4'] },
  // The pinyin of an abbreviated name (寻全高速: 寻乌 + 全南)
  { lang: 'zh', query: 'xunquan', entity: 'xunwu-quannan-expressway-west', first: ['p2-s5-1'] },
  { lang: 'en', query: 'xunquan', entity: 'xunwu-quannan-expressway-west', first: ['p2-s5-1'] },
  // What the query names (a railway) before what is named after it (the HSR New Area)
  { lang: 'en', query: 'high-speed rail', entity: 'changsha-ganzhou-hsr', first: ['p1-s3-1', 'p1-s4-1', 'p2-s5-1', 'p2-s5-2'] },
  { lang: 'zh', query: '高铁', entity: 'changsha-ganzhou-hsr', first: ['p1-s3-1', 'p1-s4-1', 'p2-s5-1', 'p2-s5-2'] },
];
