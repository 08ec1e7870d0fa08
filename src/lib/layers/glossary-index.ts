/**
 * The letter a glossary entry is filed under: its first Latin letter in English; in Chinese, the
 * pinyin initial of its first character. The initial comes from ICU's pinyin collation (the same
 * order the glossary is sorted in): a character files under the last letter whose first
 * character sorts at or before it. Entries that begin with a digit file under "#".
 */
import type { Lang } from '../../i18n/index.ts';

// The first character of each initial in pinyin order (no words begin with i, u or v).
const PINYIN_FIRSTS: Array<[string, string]> = [
  ['A', '阿'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '哒'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '丌'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];
const pinyin = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base' });

export function indexLetter(lang: Lang, text: string): string {
  const first = text.replace(/^[“”"'‘’《（(\s]+/u, '').charAt(0);
  if (/[0-9０-９]/u.test(first)) return '#';
  if (/[A-Za-z]/u.test(first)) return first.toUpperCase();
  if (lang === 'en' || !/\p{Script=Han}/u.test(first)) return '#';
  let letter = '#';
  for (const [initial, character] of PINYIN_FIRSTS) {
    if (pinyin.compare(character, first) <= 0) letter = initial;
  }
  return letter;
}
