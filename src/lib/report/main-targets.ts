/** The main targets of the year's plan (src/generated/targets.json): every report's, named from the indicator dictionary. */
import targetsJson from '../../generated/targets.json';
import type { MainTarget, TargetKind } from '../../../scripts/content/extract/main-targets.ts';
import type { Lang } from '../../i18n/index.ts';

export type { MainTarget, TargetKind };

export const reportTargets: MainTarget[] = targetsJson as unknown as MainTarget[];

/** An indicator's name for a reader of the language; an indicator the dictionary lacks keeps its Chinese (then `lang` says so). */
export function indicatorName(lang: Lang, target: MainTarget): { text: string; lang: 'zh-CN' | 'en' } {
  if (lang === 'en' && target.indicatorEn !== null) return { text: target.indicatorEn, lang: 'en' };
  return { text: target.indicatorZh, lang: 'zh-CN' };
}
