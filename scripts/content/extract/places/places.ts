import type { Place } from './gazetteer.ts';
import type { Paragraph, PlaceMention } from '../../shared/model.ts';

/**
 * Stage 3b: every mention of a gazetteer place. A county named inside a longer name
 * (于都均安牛仔智造产业园, 龙南经开区) counts for that county too; a shorter name inside a
 * longer name of the same place (章贡 in 章贡区) is one mention.
 */
export function extractPlaces(paragraph: Paragraph, places: Place[]): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const place of places) {
    const found: PlaceMention[] = [];
    for (const name of [...place.names].sort((a, b) => b.length - a.length)) {
      for (let at = paragraph.text.indexOf(name); at !== -1; at = paragraph.text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (found.some((m) => m.start <= at && end <= m.end)) continue;
        if (place.notWithin.some((word) => insideWord(paragraph.text, at, end, word))) continue;
        found.push({ place: place.id, paragraph: paragraph.id, text: name, start: at, end });
      }
    }
    mentions.push(...found);
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The mentions to mark up in the text: nested links are not allowed, so where two
 * mentions overlap (龙南经开区 and 龙南) the longer one is linked.
 */
export function outermostMentions(mentions: PlaceMention[]): PlaceMention[] {
  const chosen: PlaceMention[] = [];
  for (const mention of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (chosen.some((c) => mention.start < c.end && c.start < mention.end)) continue;
    chosen.push(mention);
  }
  return chosen;
}

/** Whether text[start, end) lies inside an occurrence of `word` (兴国 inside 兴国强省). */
function insideWord(text: string, start: number, end: number, word: string): boolean {
  for (let at = text.indexOf(word, Math.max(0, end - word.length)); at !== -1 && at <= start; at = text.indexOf(word, at + 1)) {
    if (at <= start && end <= at + word.length) return true;
  }
  return false;
}
