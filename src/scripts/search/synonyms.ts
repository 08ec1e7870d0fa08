/**
 * Other names for what a query names, so a reader finds the text whichever name they type:
 *   - every entity's names in both languages (gazetteer, projects, clusters, glossary): "Foxconn"
 *     finds 富士康 on the Chinese site, "于都" finds Yudu on the English one;
 *   - the bridges: the agreed English of recurring terms (稀土 finds "rare earth" on the English
 *     site, "childcare" finds 托育 on the Chinese one) and the pinyin of abbreviated names (xunquan);
 *   - the abbreviations English writing uses for the zones' kinds (ETDZ, EDZ, HIDZ) and for
 *     high-speed rail (HSR, 高铁), applied to those names and to any query that contains them.
 */
import type { SearchDocuments } from '../../lib/search/documents.ts';
import { readAsQuery } from './words.ts';

/** A long form as the English names write it, and the short forms readers type for it. */
export const ABBREVIATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['economic and technological development zone', ['etdz', 'edz', 'economic development zone', '经开区']],
  ['high-tech industrial development zone', ['hidz', 'high-tech zone', 'hi-tech zone', '高新区']],
  ['high-speed rail', ['hsr', 'high speed rail', 'high-speed railway', 'high speed railway', '高铁']],
];

/** Groups of names for one thing, every name lower-cased; built once per language. */
export function synonymGroups(documents: SearchDocuments): string[][] {
  const groups = documents.entities.map((entity) => {
    const names = new Set(entity.aliases);
    for (const alias of entity.aliases) {
      for (const [long, shorts] of ABBREVIATIONS) {
        if (alias.includes(long)) for (const short of shorts) if (!/\p{Script=Han}/u.test(short)) names.add(alias.replace(long, short));
      }
    }
    return [...names];
  });
  // A name as a query reads it too: "diagnosis-intervention packets (dip)" is typed without brackets.
  const bridges = documents.bridges.map((names) => [...new Set(names.flatMap((name) => [name, readAsQuery(name)]))]);
  return [...groups, ...bridges, ...ABBREVIATIONS.map(([long, shorts]) => [long, ...shorts])];
}

/**
 * The query as lists of terms, any one of which may match: the query itself, each other name of
 * a group the whole query belongs to, and the query with an abbreviation written out.
 */
export function alternatives(groups: string[][], terms: string[]): string[][] {
  const whole = terms.join(' ');
  const found: string[][] = [terms];
  const seen = new Set([whole]);
  const add = (candidate: string[]): void => {
    const key = candidate.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      found.push(candidate);
    }
  };
  for (const group of groups) if (group.includes(whole)) for (const name of group) add([name]);
  for (const [long, shorts] of ABBREVIATIONS) {
    for (const form of [long, ...shorts]) {
      const at = whole.indexOf(form);
      if (at === -1 || (at > 0 && whole[at - 1] !== ' ') || (at + form.length < whole.length && whole[at + form.length] !== ' ')) continue;
      for (const other of [long, ...shorts]) {
        const rest = `${whole.slice(0, at)} ${whole.slice(at + form.length)}`.trim();
        add([...(rest ? rest.split(/\s+/u) : []), other]);
      }
    }
  }
  return found;
}
