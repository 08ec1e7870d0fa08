/**
 * content/outcomes/: what was reported of the 2023 promises, with sources. Every record is checked
 * against the report and against its own quote: the promise must exist, the value must be in the
 * quote as recorded, and the status must be the one the rule gives (outcome-rule.ts).
 */
import { bilingual, type Bilingual } from '../layers/charts.ts';
import { ContentError } from '../shared/errors.ts';
import { englishNumbers } from '../translate/english-numbers.ts';
import { extractFigures, UNDATED } from '../extract/figures.ts';
import type { Figure, Report } from '../shared/model.ts';
import { figureStatus, isCeiling, threshold, withQualifier, OUTCOME_STATUSES, REACHED_STAGES, stageStatus, type OutcomeStatus, type ReachedStage } from './outcome-rule.ts';
import type { Project } from '../layers/projects.ts';
import { paragraphsOf } from '../tree/segment.ts';
import { requireArray, requireRecord, requireString, requireText, type YamlFile } from '../shared/yaml-file.ts';

export const SOURCE_KINDS = ['government', 'press', 'copy'] as const;

export interface OutcomeSource {
  id: string;
  title: string;
  publisher: Bilingual;
  /** As precise as the page is: 2024-01-17, or 2024 where the page gives only the year. */
  date: string;
  url: string;
  kind: (typeof SOURCE_KINDS)[number];
  covers: Bilingual;
}

export interface Citation { source: string; quote: string }

export interface ReportedOutcome {
  /** A figure id, a project id, or a paragraph id with `clause`. */
  promise: string;
  clause: string | null;
  outcome: {
    value: number | null;
    unit: string | null;
    qualifier: string | null;
    measure: string | null;
    stage: ReachedStage | null;
    text: string | null;
    zh: string;
    en: string;
  };
  status: Exclude<OutcomeStatus, 'not-reported'>;
  reason: Bilingual | null;
  citations: Citation[];
  line: number | null;
}

export interface Shortfall2022 {
  paragraph: string;
  indicators: Array<{ target: string; asWritten: string }>;
}

const DATE = /^\d{4}(?:-\d{2}-\d{2})?$/u;

export function readOutcomeSources(yaml: YamlFile): OutcomeSource[] {
  const seen = new Set<string>();
  return requireArray(yaml, yaml.data, [], 'a list of sources').map((raw, index) => {
    const entry = requireRecord(yaml, raw, [index], 'a source: { id, title, publisher, date, url, kind, covers }');
    const id = requireString(yaml, entry.id, [index, 'id'], 'a source id');
    if (seen.has(id)) yaml.fail([index, 'id'], `duplicate source id "${id}"`);
    seen.add(id);
    const date = requireText(yaml, entry.date, [index, 'date'], 'the date of the page, YYYY-MM-DD or YYYY');
    if (!DATE.test(date)) yaml.fail([index, 'date'], `${id}: date "${date}": expected YYYY-MM-DD or YYYY`);
    const url = requireString(yaml, entry.url, [index, 'url'], 'the address of the page');
    if (!/^https?:\/\/\S+$/u.test(url)) yaml.fail([index, 'url'], `${id}: url "${url}": expected an http(s) address`);
    const kind = requireString(yaml, entry.kind, [index, 'kind'], 'a kind') as OutcomeSource['kind'];
    if (!SOURCE_KINDS.includes(kind)) yaml.fail([index, 'kind'], `${id}: kind "${kind}" is not one of ${SOURCE_KINDS.join(', ')}`);
    return {
      id,
      title: requireString(yaml, entry.title, [index, 'title'], 'the title of the page'),
      publisher: bilingual(yaml, entry.publisher, [index, 'publisher'], 'the publisher'),
      date,
      url,
      kind,
      covers: bilingual(yaml, entry.covers, [index, 'covers'], 'what the site takes from the page'),
    };
  });
}

const optionalString = (yaml: YamlFile, value: unknown, path: Array<string | number>, what: string): string | null =>
  value === undefined || value === null ? null : requireText(yaml, value, path, what);

export function readOutcomes(yaml: YamlFile): ReportedOutcome[] {
  return requireArray(yaml, yaml.data, [], 'a list of outcomes').map((raw, index) => {
    const entry = requireRecord(yaml, raw, [index], 'an outcome: { promise, outcome, status, source, quote }');
    const promise = requireString(yaml, entry.promise, [index, 'promise'], 'a figure id, project id or paragraph id');
    const body = requireRecord(yaml, entry.outcome, [index, 'outcome'], 'the outcome: { value, unit, qualifier, measure, zh, en } or { stage, text, zh, en }');
    const path = [index, 'outcome'];
    let value: number | null = null;
    if (body.value !== undefined) {
      if (typeof body.value !== 'number' || !Number.isFinite(body.value)) yaml.fail([...path, 'value'], `${promise}: value: expected a number as printed in the quote`);
      value = body.value;
    }
    const stage = optionalString(yaml, body.stage, [...path, 'stage'], 'the stage reached') as ReachedStage | null;
    if (stage !== null && !REACHED_STAGES.includes(stage)) yaml.fail([...path, 'stage'], `${promise}: stage "${stage}" is not one of ${REACHED_STAGES.join(', ')}`);
    if ((value === null) === (stage === null)) yaml.fail(path, `${promise}: expected either value: (a figure) or stage: (a project), not both or neither`);
    const status = requireString(yaml, entry.status, [index, 'status'], 'a status') as OutcomeStatus;
    if (!OUTCOME_STATUSES.includes(status) || status === 'not-reported') yaml.fail([index, 'status'], `${promise}: status "${status}": expected met, partly-met, not-met or not-comparable (leave out a promise the sources are silent on)`);
    const citations: Citation[] = [{
      source: requireString(yaml, entry.source, [index, 'source'], 'a source id from sources.yaml'),
      quote: requireString(yaml, entry.quote, [index, 'quote'], "the source's words the outcome rests on"),
    }];
    requireArray(yaml, entry.also ?? [], [index, 'also'], 'further sources').forEach((extra, i) => {
      const record = requireRecord(yaml, extra, [index, 'also', i], 'a source: { source, quote }');
      citations.push({
        source: requireString(yaml, record.source, [index, 'also', i, 'source'], 'a source id'),
        quote: requireString(yaml, record.quote, [index, 'also', i, 'quote'], "the source's words"),
      });
    });
    return {
      promise,
      clause: optionalString(yaml, entry.clause, [index, 'clause'], 'the words of a target set without a figure'),
      outcome: {
        value,
        unit: value === null ? null : requireString(yaml, body.unit, [...path, 'unit'], 'the unit as printed (%, 亿元 …)'),
        qualifier: optionalString(yaml, body.qualifier, [...path, 'qualifier'], 'the qualifier as printed (左右, 以上 …)'),
        measure: value === null ? null : requireString(yaml, body.measure, [...path, 'measure'], 'what the source measured, as printed in the quote'),
        stage,
        text: stage === null ? null : requireString(yaml, body.text, [...path, 'text'], 'the words of the quote that say the stage reached'),
        zh: requireString(yaml, body.zh, [...path, 'zh'], 'the outcome in Chinese'),
        en: requireString(yaml, body.en, [...path, 'en'], 'the outcome in English'),
      },
      status: status,
      reason: entry.reason === undefined ? null : bilingual(yaml, entry.reason, [index, 'reason'], 'why the measures cannot be compared'),
      citations,
      line: yaml.lineOf([index]),
    };
  });
}

export function readShortfall(yaml: YamlFile): Shortfall2022 {
  const root = requireRecord(yaml, yaml.data, [], 'paragraph and indicators');
  return {
    paragraph: requireString(yaml, root.paragraph, ['paragraph'], 'the paragraph that admits the shortfall'),
    indicators: requireArray(yaml, root.indicators, ['indicators'], 'the indicators below plan').map((raw, index) => {
      const entry = requireRecord(yaml, raw, ['indicators', index], 'an indicator: { target, asWritten }');
      return {
        target: requireString(yaml, entry.target, ['indicators', index, 'target'], 'the figure id of the 2023 target of the same indicator'),
        asWritten: requireString(yaml, entry.asWritten, ['indicators', index, 'asWritten'], 'the words of the paragraph that name the indicator'),
      };
    }),
  };
}

/** What a promise id names: a figure of the plan, a project of the plan, or a clause of a plan paragraph. */
export type PromiseRef =
  | { kind: 'figure'; figure: Figure }
  | { kind: 'project'; project: Project }
  | { kind: 'clause'; paragraph: string; clause: string };

export interface OutcomeInputs {
  report: Report;
  figures: Figure[];
  projects: Project[];
  sources: OutcomeSource[];
}

/** The rule's line in the unit the report writes the target in: 7.125%, 2660亿元. */
function thresholdAsWritten(figure: Figure): string {
  const scale = figure.value / Number.parseFloat(figure.text);
  return `${Number((threshold(figure) / scale).toPrecision(12))}${figure.unitAsWritten}`;
}

/** A quote as a paragraph, so the report's own figure extractor reads the source's figures. */
export function quoteFigures(quote: string): Figure[] {
  return extractFigures({ id: 'quote', text: quote, lead: null, line: 0, continuedFromPage: null, continuesOnPage: null }, UNDATED);
}

export function resolvePromise(outcome: ReportedOutcome, inputs: OutcomeInputs, fail: (message: string) => never): PromiseRef {
  const plan = new Map(paragraphsOf(inputs.report).filter((p) => p.id.startsWith('p2-')).map((p) => [p.id, p]));
  if (outcome.clause !== null) {
    const paragraph = plan.get(outcome.promise);
    if (!paragraph) fail(`promise ${outcome.promise}: expected the id of a plan paragraph (p2-…) for a clause`);
    if (!paragraph.text.includes(outcome.clause)) fail(`promise ${outcome.promise}: the clause “${outcome.clause}” does not occur in it`);
    return { kind: 'clause', paragraph: paragraph.id, clause: outcome.clause };
  }
  const figure = inputs.figures.find((candidate) => candidate.id === outcome.promise);
  if (figure) {
    if (!plan.has(figure.paragraph)) fail(`promise ${outcome.promise} is a figure of the review of 2022, not a 2023 promise: expected a figure of the plan (p2-…)`);
    return { kind: 'figure', figure };
  }
  const project = inputs.projects.find((candidate) => candidate.id === outcome.promise);
  if (project) {
    if (!plan.has(project.paragraph)) fail(`promise ${outcome.promise} is a project of the review of 2022, not a 2023 promise`);
    return { kind: 'project', project };
  }
  fail(`promise "${outcome.promise}" does not exist: expected a figure id from figures.json (p2-intro-2-f1), a project id from projects.yaml, or a paragraph id with clause:`);
}

/** Everything that can be checked of one outcome, in the order a reviewer would check it. */
export function checkOutcome(outcome: ReportedOutcome, inputs: OutcomeInputs, fail: (message: string) => never): { promise: PromiseRef; status: ReportedOutcome['status']; rule: string } {
  const promise = resolvePromise(outcome, inputs, fail);
  for (const citation of outcome.citations) {
    if (!inputs.sources.some((source) => source.id === citation.source)) fail(`${outcome.promise}: source "${citation.source}" is not in sources.yaml`);
  }
  const [main] = outcome.citations;
  const { value, unit, qualifier, measure, stage, text } = outcome.outcome;

  if (stage !== null) {
    if (promise.kind !== 'project') fail(`${outcome.promise}: stage: is for projects; a figure's outcome needs value:, unit:, qualifier:, measure:`);
    if (!main!.quote.includes(text!)) fail(`${outcome.promise}: “${text}” does not occur in the quote “${main!.quote}”: expected the words that say the stage reached`);
    const status = stageStatus(promise.project.stage, stage);
    const rule = `promised ${promise.project.stage} (${promise.project.stageAsWritten}), reached ${stage} (${text}) → ${status}`;
    if (outcome.status !== status) fail(`${outcome.promise}: status ${outcome.status} contradicts the rule: ${rule}`);
    return { promise, status, rule };
  }

  if (promise.kind === 'project') fail(`${outcome.promise}: a project's outcome needs stage: and text:, not value:`);
  const written = `${value}${unit}`;
  const found = quoteFigures(main!.quote).find((figure) => figure.text === written);
  if (!found) fail(`${outcome.promise}: value ${written} does not occur in the quote “${main!.quote}”: expected the figure as the source prints it`);
  if (found.qualifier !== qualifier) fail(`${outcome.promise}: the quote gives ${written} with qualifier ${found.qualifier ?? 'none'}, not ${qualifier ?? 'none'}: expected the qualifier as printed`);
  if (!main!.quote.includes(measure!)) fail(`${outcome.promise}: measure “${measure}” does not occur in the quote: expected what the source measured, as printed`);
  if (!englishNumbers(outcome.outcome.en).some((number) => number.value === found.value)) {
    fail(`${outcome.promise}: the English “${outcome.outcome.en}” does not give ${written}: expected the same figure in English`);
  }
  // The same measure when the words the source uses for it are the words of the target's clause.
  const targetWords = promise.kind === 'figure' ? promise.figure.context : promise.clause;
  const comparable = targetWords.includes(measure!);
  if (!comparable) {
    if (outcome.status !== 'not-comparable') fail(`${outcome.promise}: status ${outcome.status} contradicts the rule: the source measures “${measure}”, the target “${targetWords}”: expected not-comparable with a reason`);
    if (outcome.reason === null) fail(`${outcome.promise}: not-comparable needs reason: { zh, en } saying how the measures differ`);
    return { promise, status: 'not-comparable', rule: `different measures: target “${targetWords}”, outcome “${measure}”` };
  }
  if (promise.kind === 'clause') fail(`${outcome.promise}: “${promise.clause}” sets no figure, so no outcome can meet it: expected not-comparable with a different measure, or leave it out`);
  if (outcome.reason !== null && outcome.status !== 'not-comparable') fail(`${outcome.promise}: reason: is only for not-comparable`);
  if (found.unit !== promise.figure.unit) fail(`${outcome.promise}: units differ (${promise.figure.unit} and ${found.unit}): expected the same measure`);
  const status = figureStatus(promise.figure, found);
  const rule = `target ${withQualifier(promise.figure.text, promise.figure.qualifier)} (${isCeiling(promise.figure) ? 'at most' : 'at least'} ${thresholdAsWritten(promise.figure)}), outcome ${withQualifier(written, qualifier)} → ${status}`;
  if (outcome.status !== status) fail(`${outcome.promise}: status ${outcome.status} contradicts the rule: ${rule}`);
  return { promise, status, rule };
}

export type CheckedOutcome = ReturnType<typeof checkOutcome> & { outcome: ReportedOutcome };

export function checkOutcomes(outcomes: ReportedOutcome[], inputs: OutcomeInputs, file: string): CheckedOutcome[] {
  const seen = new Set<string>();
  return outcomes.map((outcome) => {
    const fail = (message: string): never => {
      throw new ContentError(file, outcome.line, message);
    };
    const key = outcomeKey(outcome);
    if (seen.has(key)) fail(`${key}: a second outcome for the same promise: expected one record per promise`);
    seen.add(key);
    return { outcome, ...checkOutcome(outcome, inputs, fail) };
  });
}

/** The id of a promise in the ledger: a figure or project id, or paragraph/clause for a target set in words. */
export function outcomeKey(outcome: Pick<ReportedOutcome, 'promise' | 'clause'>): string {
  return outcome.clause === null ? outcome.promise : `${outcome.promise}/${outcome.clause}`;
}

/** Each indicator of the admitted shortfall is named in its paragraph and has a 2023 target. */
export function checkShortfall(shortfall: Shortfall2022, report: Report, figures: Figure[], yaml: YamlFile): void {
  const paragraph = paragraphsOf(report).find((p) => p.id === shortfall.paragraph);
  if (!paragraph) yaml.fail(['paragraph'], `paragraph ${shortfall.paragraph} does not exist`);
  shortfall.indicators.forEach((indicator, index) => {
    const figure = figures.find((candidate) => candidate.id === indicator.target);
    if (!figure || !figure.paragraph.startsWith('p2-')) yaml.fail(['indicators', index, 'target'], `figure ${indicator.target} is not a figure of the plan: expected the 2023 target of the same indicator`);
    if (!paragraph.text.includes(indicator.asWritten)) yaml.fail(['indicators', index, 'asWritten'], `“${indicator.asWritten}” does not occur in ${shortfall.paragraph}`);
  });
}
