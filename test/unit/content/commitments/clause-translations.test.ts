import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../../../scripts/content/translate/align.ts';
import { alignClauses, readClauseTranslations } from '../../../../scripts/content/commitments/clause-translations.ts';
import { readTranslations } from '../../../../scripts/content/translate/translations.ts';
import { realCommitments } from '../../../helpers.ts';

const folder = (yaml: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'clauses-'));
  writeFileSync(join(dir, 'p2.yaml'), yaml);
  return dir;
};

describe('the English of clauses', async () => {
  const { data, commitments } = await realCommitments();
  const aligned = align(data.report, data.figures, readTranslations('content/translations/en'), { requireAll: true, translationsDir: '' });
  const curated = readClauseTranslations('content/translations/clauses/en');
  const withEnglish = alignClauses(commitments, aligned, data.figures, curated);

  it('renders every clause of the plan and the review, each as a span of its paragraph’s English', () => {
    expect(withEnglish.length).toBeGreaterThanOrEqual(673);
    expect(withEnglish.filter((c) => c.en === null).map((c) => c.id)).toEqual([]);
    const txt = withEnglish.find((c) => c.text === '力争产业集群营收达2800亿元')!;
    expect(txt.en).toBe('strive to raise the revenue of the modern home furnishing industrial cluster to 280 billion yuan');
  });

  it('refuses a clause whose Chinese has changed, naming file and line', () => {
    const dir = folder(
      'p2-s1-1-c12:\n  zh: 力争产业集群营收达2900亿元\n  en: strive for the revenue of the industrial cluster to reach 280 billion yuan\n',
    );
    expect(() => alignClauses(commitments, aligned, data.figures, readClauseTranslations(dir))).toThrow(
      `${join(dir, 'p2.yaml')}:2: p2-s1-1-c12 is stale: the clause now reads “力争产业集群营收达2800亿元”`,
    );
  });

  it('refuses English that is not in the paragraph translation', () => {
    const dir = folder('p2-s1-1-c12:\n  zh: 力争产业集群营收达2800亿元\n  en: aim for cluster revenue of 280 billion yuan\n');
    expect(() => alignClauses(commitments, aligned, data.figures, readClauseTranslations(dir))).toThrow(
      'p2.yaml:3: p2-s1-1-c12: the English is not a span of the current translation of p2-s1-1',
    );
  });

  it('refuses English that drops a figure of the clause', () => {
    const dir = folder('p2-s1-1-c12:\n  zh: 力争产业集群营收达2800亿元\n  en: strive to raise the revenue of the modern home furnishing industrial cluster\n');
    expect(() => alignClauses(commitments, aligned, data.figures, readClauseTranslations(dir))).toThrow(
      `${join(dir, 'p2.yaml')}:3: p2-s1-1-c12: figures of the clause not rendered in its English: 2800亿元`,
    );
  });

  it('refuses a clause translated in two files, naming both lines', () => {
    const dir = folder(
      'p2-s1-1-c12:\n  zh: 力争产业集群营收达2800亿元\n  en: strive for the revenue of the industrial cluster to reach 280 billion yuan\n',
    );
    writeFileSync(join(dir, 'p3.yaml'), '# again\np2-s1-1-c12:\n  zh: 力争产业集群营收达2800亿元\n  en: strive\n');
    expect(() => readClauseTranslations(dir)).toThrow(
      `${join(dir, 'p3.yaml')}:2: p2-s1-1-c12 is translated twice: also in ${join(dir, 'p2.yaml')}:1`,
    );
  });

  it('refuses an id that is no clause', () => {
    const dir = folder('p2-s1-1-c99:\n  zh: 甲\n  en: a\n');
    expect(() => alignClauses(commitments, aligned, data.figures, readClauseTranslations(dir))).toThrow(
      'p2.yaml:1: p2-s1-1-c99: no such clause',
    );
  });
});
