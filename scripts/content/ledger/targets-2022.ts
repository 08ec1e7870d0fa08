/**
 * content/outcomes/targets-2022.yaml: the main targets of the 2022 report, each keyed to the 2023
 * target of the same indicator. A figure is read from the source's own sentence by the report's
 * figure extractor, so its value, unit and qualifier are the ones printed there; the record only
 * says which of them it means, and the build refuses one the sentence does not print.
 */
import { bilingual, type Bilingual } from '../layers/charts.ts';
import { requireArray, requireRecord, requireString, type YamlFile } from '../shared/yaml-file.ts';
import { figureValue, type FigureValue, type LedgerEntry } from './ledger.ts';
import { outcomeKey, quoteFigures, type OutcomeSource, type Shortfall2022 } from './outcomes.ts';

export interface Target2022 {
  /** The ledger id of the 2023 target of the same indicator: a figure id, or paragraph/clause for a target in words. */
  key: string;
  /** The words of the source that set the 2022 target. */
  asWritten: string;
  /** The 2022 target's figure as the source prints it, or null for a target set in words. */
  figure: FigureValue | null;
  /** A target set in words, in both languages; null for a figure. */
  words: Bilingual | null;
  /** This site's note where the two years name the indicator differently. */
  note: Bilingual | null;
}

export interface Targets2022 {
  source: OutcomeSource;
  /** The source's sentence of main targets, as printed. */
  quote: string;
  targets: Target2022[];
}

interface RawTarget2022 {
  target: string;
  clause: string | null;
  asWritten: string;
  figure: { value: number; unit: string; qualifier: string | null } | null;
  words: Bilingual | null;
  note: Bilingual | null;
}

export interface Targets2022File {
  source: string;
  quote: string;
  targets: RawTarget2022[];
}

const optional = <T>(value: unknown, read: () => T): T | null => (value === undefined || value === null ? null : read());

export function readTargets2022(yaml: YamlFile): Targets2022File {
  const root = requireRecord(yaml, yaml.data, [], 'source, quote and targets');
  return {
    source: requireString(yaml, root.source, ['source'], 'a source id from sources.yaml'),
    quote: requireString(yaml, root.quote, ['quote'], "the source's sentence of main targets, as printed"),
    targets: requireArray(yaml, root.targets, ['targets'], 'the 2022 targets').map((raw, index) => {
      const path = ['targets', index];
      const entry = requireRecord(yaml, raw, path, 'a target: { target, asWritten, figure: { value, unit, qualifier } } or { target, clause, asWritten, words: { zh, en } }');
      const figure = optional(entry.figure, () => {
        const record = requireRecord(yaml, entry.figure, [...path, 'figure'], 'the figure: { value, unit, qualifier }');
        if (typeof record.value !== 'number' || !Number.isFinite(record.value)) yaml.fail([...path, 'figure', 'value'], 'value: expected a number as printed in asWritten');
        return {
          value: record.value,
          unit: requireString(yaml, record.unit, [...path, 'figure', 'unit'], 'the unit as printed (%, 亿元 …)'),
          qualifier: optional(record.qualifier, () => requireString(yaml, record.qualifier, [...path, 'figure', 'qualifier'], 'the qualifier as printed (左右, 以上 …)')),
        };
      });
      const words = optional(entry.words, () => bilingual(yaml, entry.words, [...path, 'words'], 'the target in words'));
      if ((figure === null) === (words === null)) yaml.fail(path, 'expected either figure: (a target with a figure) or words: (a target in words), not both or neither');
      return {
        target: requireString(yaml, entry.target, [...path, 'target'], 'the figure id of the 2023 target, or its paragraph id with clause:'),
        clause: optional(entry.clause, () => requireString(yaml, entry.clause, [...path, 'clause'], 'the words of the 2023 target set without a figure')),
        asWritten: requireString(yaml, entry.asWritten, [...path, 'asWritten'], 'the words of the quote that set the 2022 target'),
        figure,
        words,
        note: optional(entry.note, () => bilingual(yaml, entry.note, [...path, 'note'], 'how the two years name the indicator')),
      };
    }),
  };
}

export interface Targets2022Inputs {
  sources: OutcomeSource[];
  ledger: LedgerEntry[];
  shortfall: Shortfall2022;
}

/**
 * Each 2022 target is in the quote as recorded and keyed to one 2023 main target (a target of the
 * ledger), the source is in sources.yaml, and every indicator the report admits fell short has the
 * 2022 target it fell short of. Returns the targets as the site reads them.
 */
export function checkTargets2022(file: Targets2022File, { sources, ledger, shortfall }: Targets2022Inputs, yaml: YamlFile): Targets2022 {
  const source = sources.find((candidate) => candidate.id === file.source);
  if (!source) yaml.fail(['source'], `source "${file.source}" is not in sources.yaml`);
  const mainTargets = new Set(ledger.filter((entry) => entry.group === 'target').map((entry) => entry.id));
  const seen = new Set<string>();
  const targets = file.targets.map((raw, index): Target2022 => {
    const path = ['targets', index];
    const key = outcomeKey({ promise: raw.target, clause: raw.clause });
    if (!mainTargets.has(key)) {
      yaml.fail([...path, 'target'], `${key} is not a main target of 2023: expected a figure id of the main targets (p2-intro-2-f1) or p2-intro-2 with the clause: of a target set in words`);
    }
    if (seen.has(key)) yaml.fail([...path, 'target'], `${key}: a second 2022 target for the same 2023 target: expected one per indicator`);
    seen.add(key);
    if (!file.quote.includes(raw.asWritten)) yaml.fail([...path, 'asWritten'], `“${raw.asWritten}” does not occur in the quote: expected the words of the source as printed`);
    if (raw.words !== null) {
      if (!raw.asWritten.includes(raw.words.zh)) yaml.fail([...path, 'words', 'zh'], `“${raw.words.zh}” does not occur in “${raw.asWritten}”`);
      return { key, asWritten: raw.asWritten, figure: null, words: raw.words, note: raw.note };
    }
    const { value, unit, qualifier } = raw.figure!;
    const written = `${value}${unit}`;
    const found = quoteFigures(raw.asWritten).find((figure) => figure.text === written);
    if (!found) yaml.fail([...path, 'figure', 'value'], `${written} does not occur in “${raw.asWritten}”: expected the figure as the source prints it`);
    if (found.qualifier !== qualifier) {
      yaml.fail([...path, 'figure', 'qualifier'], `“${raw.asWritten}” gives ${written} with qualifier ${found.qualifier ?? 'none'}, not ${qualifier ?? 'none'}: expected the qualifier as printed`);
    }
    return { key, asWritten: raw.asWritten, figure: figureValue(found), words: null, note: raw.note };
  });
  for (const indicator of shortfall.indicators) {
    if (!seen.has(indicator.target)) yaml.fail(['targets'], `${indicator.target}: the report admits it fell below the 2022 plan (shortfall-2022.yaml): expected its 2022 target here`);
  }
  return { source, quote: file.quote, targets };
}
