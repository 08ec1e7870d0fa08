import { describe, expect, it } from 'vitest';
import { checkSummaries, readSummaries } from '../../../../scripts/content/layers/summaries.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';
import { readTerms } from '../../../../scripts/content/translate/terms.ts';
import { realReport } from '../../../helpers.ts';

/** The fixed renderings of content/translations/terms.yaml, which the build passes. */
const FIXED_NAMES = readTerms(readYamlFile('content/translations/terms.yaml')).map((term) => term.en);

describe('the "at a glance" points of the real report', () => {
  const { report, figures } = realReport();

  it.each(['zh', 'en'] as const)('are grounded in %s', (lang) => {
    const file = `content/summaries/${lang}.yaml`;
    const summaries = readSummaries(readYamlFile(file));
    expect(() => checkSummaries(report, figures, summaries, lang, file, FIXED_NAMES)).not.toThrow();
    expect(Object.keys(summaries)).toHaveLength(15);
  });

  it('takes a number inside a fixed name for part of the name ("the 20th National Congress…"), and no other', () => {
    const summaries = readSummaries(readYamlFile('content/summaries/en.yaml'));
    const first = summaries['p2-intro']![0]!;
    first.text = 'It puts into practice the guiding principles of the 20th National Congress of the Communist Party of China.';
    const check = (names: string[]) => () => checkSummaries(report, figures, summaries, 'en', 'en.yaml', names);
    expect(check([])).toThrow(`en.yaml:${first.line}: p2-intro, point 1: "20" is not a figure of the cited paragraphs (p2-intro-1)`);
    expect(check(FIXED_NAMES)).not.toThrow();
    first.text = 'It puts into practice the guiding principles of the 21st National Congress of the Communist Party of China.';
    expect(check(FIXED_NAMES)).toThrow('"21" is not a figure');
  });

  it('cite the same paragraphs in both languages', () => {
    const zh = readSummaries(readYamlFile('content/summaries/zh.yaml'));
    const en = readSummaries(readYamlFile('content/summaries/en.yaml'));
    for (const chapter of Object.keys(zh)) expect(en[chapter]!.map((p) => p.cites)).toEqual(zh[chapter]!.map((p) => p.cites));
  });

  // A small summaries file: every chapter of the real report with three points, so only the point under test varies.
  const withPoint = (lang: 'zh' | 'en', text: string, cites: string) => {
    const chapters = report.parts.flatMap((part) => part.sections.map((section) => section.id));
    const lines = chapters.map((id) => `${id}:\n${'  - text: 一点\n    cites: [p2-s1-1]\n'.repeat(3)}`);
    lines.push(`home:\n  - text: "${text}"\n    cites: ${cites}\n`);
    const file = `${lang}.yaml`;
    return () => checkSummaries(report, figures, readSummaries(parseYaml(file, lines.join(''))), lang, file);
  };

  it('fail on a number that is not a figure of the cited paragraph', () => {
    expect(withPoint('zh', 'GDP增长7.5%左右。', '[p2-intro-2]')).not.toThrow();
    expect(withPoint('zh', 'GDP增长8%左右。', '[p2-intro-2]')).toThrow(
      /^zh\.yaml:\d+: home, point 1: 8% is not a figure of the cited paragraphs \(p2-intro-2\)/u,
    );
    expect(withPoint('en', 'Industrial clusters aim at 280 billion yuan.', '[p2-s1-1]')).not.toThrow();
    expect(withPoint('en', 'Industrial clusters aim at 290 billion yuan.', '[p2-s1-1]')).toThrow(
      /home, point 1: "290 billion" is not a figure/u,
    );
    expect(withPoint('en', 'GDP growth of around 7.5% in 2023.', '[p2-s1-1]')).toThrow(
      /"7\.5" is not a figure of the cited paragraphs \(p2-s1-1\)/u,
    );
  });

  it('fail on an unknown paragraph id', () => {
    expect(withPoint('zh', '一点', '[p9-s9-9]')).toThrow(/home, point 1: cites p9-s9-9, which is not a paragraph of the report/u);
  });

  it('fail on a point with no citation', () => {
    expect(withPoint('zh', '一点', '[]')).toThrow(/home, point 1: cites no paragraph/u);
  });
});

describe('the figures the "at a glance" points use', () => {
  const { report, figures } = realReport();

  it.each(['zh', 'en'] as const)('are found in the cited paragraphs by value (%s)', (lang) => {
    const file = `content/summaries/${lang}.yaml`;
    const summaries = readSummaries(readYamlFile(file));
    checkSummaries(report, figures, summaries, lang, file, FIXED_NAMES);
    // 新建高标准农田63.2万亩 … 生猪出栏保持在660万头以上 (p1-s2, point 3) stands for these figures of p1-s2-1.
    const point = summaries['p1-s2']![2]!;
    const texts = point.figures.map((id) => figures.find((figure) => figure.id === id)!.text);
    expect(texts).toEqual(expect.arrayContaining(['63.2万亩', '660万头']));
    for (const id of point.figures) expect(point.cites).toContain(figures.find((figure) => figure.id === id)!.paragraph);
  });
});
