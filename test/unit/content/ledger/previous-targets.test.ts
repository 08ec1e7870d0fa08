import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndicators } from '../../../../scripts/content/extract/indicators.ts';
import { buildReportData } from '../../../../scripts/content/extract/pipeline.ts';
import { previousTargetsLedger } from '../../../../scripts/content/ledger/previous-ledger.ts';
import { governmentOf } from '../../../../scripts/content/ledger/previous-report.ts';
import { paragraphsOf } from '../../../../scripts/content/tree/segment.ts';
import { readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';
import { runContentCli } from '../../../helpers.ts';
import { CHECKED_PAIRS } from '../../../fixtures/pairs/targets.checked.ts';

/**
 * Last year's main targets against this year's review (--previous): on the consecutive pairs of
 * test/fixtures/pairs/, against the truth read by hand (targets.checked.ts), and on small reports
 * for each case of the rule.
 */
const indicators = readIndicators(readYamlFile('content/indicators.yaml'));
const MAX = 20 * 1024 * 1024;
const load = (file: string) => buildReportData(readFileSync(file, 'utf8'), file, []);
/**
 * The line of the file that prints these words, inside the paragraph the entry cites (the hand check
 * counts the file's lines; a paragraph joined from several lines of a web copy spans more than one).
 */
const lineOf = (file: string) => {
  const { report } = load(file);
  const lines = readFileSync(file, 'utf8').split('\n');
  return (id: string, words: string) => {
    expect(paragraphsOf(report).find((paragraph) => paragraph.id === id)!.text).toContain(words);
    return lines.findIndex((line) => line.includes(words)) + 1;
  };
};

describe('the pairs of test/fixtures/pairs/, against the hand check', () => {
  it.each(CHECKED_PAIRS.map((pair) => [pair.earlier, pair.later, pair] as const))('%s → %s: every target, its outcome, status and lines', (earlier, later, pair) => {
    const earlierFile = `test/fixtures/pairs/${earlier}`;
    const laterFile = `test/fixtures/pairs/${later}`;
    const entries = previousTargetsLedger(earlierFile, MAX, load(laterFile), indicators);
    const targetLine = lineOf(earlierFile);
    const outcomeLine = lineOf(laterFile);
    expect(
      entries.map((entry) => ({
        target: entry.target.asWritten,
        targetLine: targetLine(entry.previous!.paragraph, entry.target.asWritten),
        outcome: entry.outcome?.asReported ?? null,
        outcomeLine: entry.outcome ? outcomeLine(entry.outcome.paragraph!, entry.outcome.asReported!) : null,
        status: entry.status,
      })),
    ).toEqual(pair.targets.map(({ target, targetLine, outcome, outcomeLine, status }) => ({ target, targetLine, outcome, outcomeLine, status })));
  });
});

/** A small report of 某县 for `year`: a review of the year before and a plan with its targets. */
const report = (year: number, review: string, targets: string, county = '某县') =>
  [
    '政府工作报告',
    `——${year}年1月5日在${county}第十八届人民代表大会第三次会议上`,
    '各位代表：',
    '现在，我代表县人民政府向大会报告工作，请予审议。',
    `一、${year - 1}年工作回顾`,
    review,
    `二、${year}年工作安排`,
    `${year}年经济社会发展的主要预期目标是：${targets}。`,
    '（一）全力推动工业发展',
    '加快建设产业园区。',
    '',
  ].join('\n');

const work = mkdtempSync(join(tmpdir(), 'previous-targets-'));
function pair(earlierTargets: string, laterReview: string) {
  const earlier = join(work, `earlier-${Math.random().toString(36).slice(2)}.zh.txt`);
  writeFileSync(earlier, report(2024, '过去一年，全县经济平稳运行。', earlierTargets));
  const later = report(2025, laterReview, '地区生产总值增长6%左右');
  const entries = previousTargetsLedger(earlier, MAX, buildReportData(later, 'later.zh.txt', []), indicators);
  return entries.map((entry) => [entry.target.asWritten, entry.outcome?.asReported ?? null, entry.status]);
}

describe('pairing a target with the review', () => {
  it('规上 and 规模以上 are one indicator; 增长5.4% and 同比增长6%以上 are outcomes', () => {
    expect(pair('规上工业增加值增长6%以上，地区生产总值增长6%左右', '全县规模以上工业增加值同比增长6%以上，地区生产总值增长5.4%。')).toEqual([
      ['规上工业增加值增长6%以上', '全县规模以上工业增加值同比增长6%以上', 'met'],
      ['地区生产总值增长6%左右', '地区生产总值增长5.4%', 'not-met'],
    ]);
  });

  it('X左右 is met from 95% of X; 以上 and a bare X from X', () => {
    expect(pair('固定资产投资增长8%左右，社会消费品零售总额增长6%以上，进出口总额增长5%', '固定资产投资增长7.6%，社会消费品零售总额增长5.9%，进出口总额增长5%。')).toEqual([
      ['固定资产投资增长8%左右', '固定资产投资增长7.6%', 'met'],
      ['社会消费品零售总额增长6%以上', '社会消费品零售总额增长5.9%', 'not-met'],
      ['进出口总额增长5%', '进出口总额增长5%', 'met'],
    ]);
  });

  it('a level is not a growth rate: 完成3725亿元 does not answer 增长6%, the 增长 after it does', () => {
    expect(pair('一般公共预算收入增长6%', '一般公共预算收入完成3725亿元。')).toEqual([['一般公共预算收入增长6%', null, 'not-reported']]);
    expect(pair('一般公共预算收入增长6%', '一般公共预算收入完成3.9亿元，增长10%。')).toEqual([['一般公共预算收入增长6%', '一般公共预算收入完成3.9亿元，增长10%', 'met']]);
  });

  it('a ceiling is met at or below its limit, by the unit it is set in', () => {
    expect(pair('城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右', '城镇调查失业率5.6%，居民消费价格上涨0.3%。')).toEqual([
      ['城镇调查失业率控制在5.5%以内', '城镇调查失业率5.6%', 'not-met'],
      ['居民消费价格涨幅3%左右', '居民消费价格上涨0.3%', 'met'],
    ]);
  });

  it('an indicator the review does not mention is not reported; a figure of something else in the sentence is not taken', () => {
    expect(pair('粮食产量50万吨以上，规上工业增加值增长6%', '规模以上工业增加值增长13%，其中高新技术产业增加值增长20%。')).toEqual([
      ['粮食产量50万吨以上', null, 'not-reported'],
      ['规上工业增加值增长6%', '规模以上工业增加值增长13%', 'met'],
    ]);
  });

  it('residents\' income is answered by the urban and the rural rate together: both must meet it', () => {
    expect(pair('城乡居民人均可支配收入增长7%左右', '城镇、农村居民人均可支配收入分别增长6%和7%。')).toEqual([
      ['城乡居民人均可支配收入增长7%左右', '城镇、农村居民人均可支配收入分别增长6%和7%', 'not-met'],
    ]);
    expect(pair('居民人均可支配收入增长6%', '城镇、农村居民人均可支配收入分别增长6.5%和7%。')).toEqual([['居民人均可支配收入增长6%', '城镇、农村居民人均可支配收入分别增长6.5%和7%', 'met']]);
  });

  it('a target in words that the review answers with a figure is not comparable, never guessed', () => {
    expect(pair('进出口稳量提质', '进出口总额增长8%。')).toEqual([['进出口稳量提质', '进出口总额增长8%', 'not-comparable']]);
  });
});

describe('--previous that is not last year\'s report of the same government', () => {
  const later = buildReportData(report(2025, '地区生产总值增长6%。', '地区生产总值增长6%左右'), 'later.zh.txt', []);
  const write = (name: string, text: string) => {
    const file = join(work, name);
    writeFileSync(file, text);
    return file;
  };
  it('names the file and what was expected, in one line', () => {
    const missing = join(work, 'missing.zh.txt');
    expect(() => previousTargetsLedger(missing, MAX, later, indicators)).toThrow(`${missing}: there is no such file: expected the report's text file (UTF-8) (--previous: expected the same government's report of 2024)`);
    const twoYears = write('two-years.zh.txt', report(2023, '过去一年。', '地区生产总值增长6%'));
    expect(() => previousTargetsLedger(twoYears, MAX, later, indicators)).toThrow(`${twoYears}: a report of 2023: --previous expected the same government's report of 2024, the year before this report (2025)`);
    const other = write('other.zh.txt', report(2024, '过去一年。', '地区生产总值增长6%', '另一县'));
    expect(() => previousTargetsLedger(other, MAX, later, indicators)).toThrow(`${other}: a report of 另一县: --previous expected 某县's report of 2024`);
  });

  it('reads the government from the congress line or the title: 清苑区 is 保定市清苑区', () => {
    expect(['hebei-province-2023', 'boye-county-2025', 'qingyuan-district-2024', 'qingyuan-district-2025'].map((name) => governmentOf(load(`test/fixtures/pairs/${name}.zh.txt`).report))).toEqual(['河北省', '博野县', '保定市清苑区', '保定市清苑区']);
  });

  it('the command exits 1 with that line, and writes nothing', () => {
    const out = join(work, 'out');
    const result = runContentCli(['--source', 'test/fixtures/pairs/boye-county-2025.zh.txt', '--previous', 'test/fixtures/pairs/hebei-province-2024.zh.txt', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^content: \/.*test\/fixtures\/pairs\/hebei-province-2024\.zh\.txt: a report of 河北省: --previous expected 博野县's report of 2024\n$/u);
    expect(() => readFileSync(join(out, 'outcomes.json'))).toThrow();
  });
});
