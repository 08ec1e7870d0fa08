import { describe, expect, it } from 'vitest';
import { align } from '../../../../scripts/content/translate/align.ts';
import { checkGlossary, readGlossary, type GlossaryEntry } from '../../../../scripts/content/layers/glossary.ts';
import { readTranslations } from '../../../../scripts/content/translate/translations.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';
import { realReport } from '../../../helpers.ts';

const FILE = 'content/glossary.yaml';

describe('the glossary of the real report', () => {
  const { report, figures } = realReport();
  const glossary = readGlossary(readYamlFile(FILE));
  const aligned = align(report, figures, readTranslations('content/translations/en'), { requireAll: true, translationsDir: '' });

  it('explains every quoted term of the report, in both languages, and nothing else', () => {
    expect(glossary).toHaveLength(101);
    expect(() => checkGlossary(report, glossary, aligned, FILE)).not.toThrow();
    for (const entry of glossary)
      expect([entry.zh, entry.explain.zh.length > 0, entry.explain.en.length > 0]).toEqual([entry.zh, true, true]);
  });

  it('fails on a quoted term without an entry, naming the paragraph', () => {
    const without = glossary.filter((entry) => entry.zh !== '腾笼换鸟');
    expect(() => checkGlossary(report, without, aligned, FILE)).toThrow(`${FILE}: “腾笼换鸟” (in p2-s1-3) has no glossary entry`);
  });

  it('fails on a term that occurs nowhere, naming its line', () => {
    const extra: GlossaryEntry = { id: 'term-x', zh: '不存在的词', en: 'nothing', explain: { zh: '无', en: 'none' }, line: 999 };
    expect(() => checkGlossary(report, [...glossary, extra], aligned, FILE)).toThrow(
      `${FILE}:999: glossary term “不存在的词” occurs nowhere in the report`,
    );
  });

  it('fails when an English paragraph renders a term otherwise', () => {
    const changed = glossary.map((entry) => (entry.zh === '放管服' ? { ...entry, en: 'release, manage, serve' } : entry));
    expect(() => checkGlossary(report, changed, aligned, FILE)).toThrow(
      /p1-s3-1: its English does not use the glossary's rendering of “放管服”/u,
    );
  });
});

describe('readGlossary', () => {
  it('names the line of an entry without explanations', () => {
    const yaml = parseYaml('g.yaml', '- zh: 放管服\n  en: streamline\n');
    expect(() => readGlossary(yaml)).toThrow(/^g\.yaml:1: 0\.explain: expected the explanations of “放管服”/u);
  });

  it('refuses a list where text is expected, naming its line (it once read as "a,b")', () => {
    const yaml = parseYaml('g.yaml', '- zh: [放管服, 服]\n  en: streamline\n  explain: { zh: 甲, en: a }\n');
    expect(() => readGlossary(yaml)).toThrow(/^g\.yaml:1: 0\.zh: expected the term as quoted in the report \(a non-empty string\)/u);
  });

  it('names the line of a YAML syntax error', () => {
    expect(() => parseYaml('g.yaml', '- zh: a\n  en: [unclosed\n')).toThrow(/^g\.yaml:\d+: YAML syntax error/u);
  });
});
