// An optional initial, then the final: its vowels and a closing n, ng or r when no vowel follows
// (Xing|guo, not Xin|gguo; Nan|kang; An|yuan, where y and w open the next syllable).
const SYLLABLE = /(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv]+(?:ng(?![aeiouüv])|n(?![aeiouüvg])|r(?![aeiouüv]))?/giu;

/**
 * Toneless pinyin cut into syllables: Zhanggong → [Zhang, gong]. A tile too narrow for the whole
 * word breaks it between syllables, never inside one. A word that does not cut cleanly (not pinyin)
 * is an error, so a new name is checked when the site is built.
 */
export function pinyinSyllables(word: string): string[] {
  const syllables = word.match(SYLLABLE) ?? [];
  if (syllables.join('') !== word) throw new Error(`"${word}" does not split into pinyin syllables (got ${syllables.join('|')})`);
  return syllables;
}
