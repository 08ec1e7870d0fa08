import type { Lang } from '../../i18n/index.ts';
import type { Shortfall2022 } from '../../../scripts/content/ledger/outcomes.ts';
import type { Target2022, Targets2022 } from '../../../scripts/content/ledger/targets-2022.ts';
import type { BarRow } from '../charts/specs.ts';
import { formatFigure } from '../figures/figure-format.ts';
import type { Paragraph } from './report.ts';
import { translatedParagraph } from './translations.ts';

/**
 * The main targets as a list: the paragraph "主要预期目标是：A，B，…，M。" split at its commas.
 * In English the translation is split the same way at its semicolons.
 */
export function targetItems(lang: Lang, paragraph: Paragraph): string[] {
  if (lang === 'zh') {
    const body = paragraph.text.slice(paragraph.text.indexOf('：') + 1).replace(/。$/u, '');
    return body.split('，');
  }
  const english = translatedParagraph(paragraph.id) ?? '';
  const body = english
    .slice(english.indexOf(':') + 1)
    .trim()
    .replace(/\.$/u, '');
  return body.split(/;\s*(?:and\s+)?/u);
}

/** The ledger's id of a main target: its figure id, or paragraph/clause for a target set in words. */
export const targetKey = (row: Pick<BarRow, 'figure' | 'paragraph' | 'label' | 'display'>): string =>
  row.figure ?? `${row.paragraph}/${row.label.zh}${row.display.zh}`;

export interface TargetBeside2022 {
  row: BarRow;
  /** The 2022 target of the same indicator, or null where the 2022 targets have none. */
  before: Target2022 | null;
  /** The 2023 report admits this indicator grew less than the 2022 plan. */
  belowPlan2022: boolean;
}

/** Each 2023 main target with the 2022 target of the same indicator and whether 2022 fell short of it. */
export function targetsBeside2022(rows: BarRow[], targets2022: Targets2022 | null, shortfall: Shortfall2022 | null): TargetBeside2022[] {
  const byKey = new Map(targets2022?.targets.map((target) => [target.key, target]));
  const belowPlan = new Set(shortfall?.indicators.map((indicator) => indicator.target));
  return rows.map((row) => ({
    row,
    before: byKey.get(targetKey(row)) ?? null,
    belowPlan2022: row.figure !== null && belowPlan.has(row.figure),
  }));
}

/** A 2022 target as a reader of the language writes it: "8%左右" / "around 8%", or its words. */
export const shown2022 = (lang: Lang, target: Target2022): string =>
  target.figure ? formatFigure(lang, target.figure) : target.words![lang];
