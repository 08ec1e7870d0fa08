/**
 * The pinyin of a name the report builds from the first characters of place names (寻全高速 =
 * 寻乌 + 全南 → "xunquan"), so a reader who types it in pinyin finds it. Each character is read as
 * it is in the place name it begins, whose pinyin the gazetteer gives; no pinyin library is needed
 * (one reads 于都 as "yudou"), and a character no place name begins is not guessed.
 */
import type { Place } from '../report/report.ts';

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const FINALS = new Set(
  'a ai an ang ao e ei en eng er i ia ian iang iao ie in ing iong iu o ong ou u ua uai uan uang ue ui un uo v ve'.split(' '),
);

function isSyllable(text: string): boolean {
  const initial = INITIALS.find((candidate) => text.startsWith(candidate) && FINALS.has(text.slice(candidate.length)));
  return initial !== undefined;
}

/** Splits a place's pinyin into one syllable per character ("xunwu", 2 → xun, wu), or null when it cannot. */
export function pinyinSyllables(pinyin: string, count: number): string[] | null {
  const text = pinyin
    .toLowerCase()
    .replace(/[^a-zü]/gu, '')
    .replace(/ü/gu, 'v');
  if (count === 0) return text === '' ? [] : null;
  // The longest syllable is six letters (zhuang); try each length that leaves a valid rest.
  for (let length = Math.min(6, text.length); length >= 1; length--) {
    const head = text.slice(0, length);
    if (!isSyllable(head)) continue;
    const rest = pinyinSyllables(text.slice(length), count - 1);
    if (rest) return [head, ...rest];
  }
  return null;
}

/**
 * The pinyin of the characters that open `name` and each begin a place name (寻全 of 寻全高速),
 * or null when fewer than two do: one syllable alone says too little to search by.
 */
export function abbreviationPinyin(name: string, places: Place[]): string | null {
  const syllables: string[] = [];
  // The pinyin spells the shortest name (Xunwu: 寻乌, not 寻乌县), one syllable per character:
  // split against a longer one it could read wrongly (Quannan as qu-an-nan for 全南县).
  const readings = places.flatMap((place) => {
    const shortest = [...place.names].sort((a, b) => a.length - b.length)[0];
    const read = place.pinyin && shortest ? pinyinSyllables(place.pinyin, [...shortest].length) : null;
    return read && shortest ? [{ first: shortest[0], syllable: read[0]! }] : [];
  });
  for (const char of name) {
    const read = readings.find((reading) => reading.first === char);
    if (!read) break;
    syllables.push(read.syllable);
  }
  return syllables.length >= 2 ? syllables.join('') : null;
}
