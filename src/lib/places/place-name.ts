import type { Lang } from '../../i18n/index.ts';
import type { Place } from '../report/report.ts';

/** 于都县 in Chinese, "Yudu County" in English. */
export function placeName(lang: Lang, place: Place): string {
  return lang === 'zh' ? place.names[0]! : place.en;
}
