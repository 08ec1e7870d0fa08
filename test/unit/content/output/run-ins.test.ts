import { describe, expect, it } from 'vitest';
import { align } from '../../../../scripts/content/translate/align.ts';
import { chapters } from '../../../../scripts/content/output/emit.ts';
import { renderParagraph } from '../../../../scripts/content/output/markup.ts';
import { readRunIns } from '../../../../scripts/content/output/run-ins.ts';
import { readTranslations } from '../../../../scripts/content/translate/translations.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';
import { realReport } from '../../../helpers.ts';

describe('run-in heads', () => {
  const data = realReport();
  const aligned = align(data.report, data.figures, readTranslations('content/translations/en'), {
    requireAll: true,
    translationsDir: 'content/translations/en',
  });
  const read = (text: string) => readRunIns(parseYaml('run-ins.yaml', text), data.report, aligned);

  it('are bold around the words as printed, adding and removing nothing', () => {
    const mdx = renderParagraph('p', '甲。农业稳产保供，乙。', null, [], {}, [{ start: 2, end: 8 }]);
    expect(mdx).toBe('<Para id="p">{"甲。"}<RunIn>{"农业稳产保供"}</RunIn>{"，乙。"}</Para>');
  });

  it('of the real report are found at sentence starts in both languages', () => {
    const spans = readRunIns(readYamlFile('content/run-ins.yaml'), data.report, aligned);
    const paragraph = data.report.parts
      .flatMap((part) => part.sections.flatMap((section) => section.topics.flatMap((topic) => topic.paragraphs)))
      .find((p) => p.id === 'p1-s2-1')!;
    expect(spans.zh.get('p1-s2-1')!.map((head) => paragraph.text.slice(head.start, head.end))).toEqual([
      '农业稳产保供',
      '现代服务业提质增效',
    ]);
    // Every paragraph over 500 characters with sub-topics has its heads, in both languages.
    for (const id of ['p1-s2-1', 'p1-s3-1', 'p1-s4-1', 'p1-s5-1', 'p2-s1-1']) {
      expect(spans.zh.get(id)?.length, id).toBeGreaterThan(0);
      expect(spans.en.get(id)?.length, id).toBe(spans.zh.get(id)?.length);
    }
  });

  it('are rendered into the chapters, the text unchanged', () => {
    const spans = readRunIns(readYamlFile('content/run-ins.yaml'), data.report, aligned);
    const files = chapters(data, aligned, [], spans);
    const zh = files.get('chapters/zh/p1-s2.mdx')!;
    expect(zh).toContain('<RunIn>{"农业稳产保供"}</RunIn>');
    const en = files.get('chapters/en/p2-s1.mdx')!;
    expect(en).toContain('<RunIn>{"In the electronic information industry"}</RunIn>');
  });

  it('fail with file:line on a phrase that does not open a sentence', () => {
    expect(() => read('p1-s2-1:\n  zh: [农业稳产保供]\n')).not.toThrow();
    expect(() => read('p1-s2-1:\n  zh:\n    - 农业稳产保供\n    - 稳产保供\n')).toThrow(
      /^run-ins\.yaml:4: p1-s2-1: "稳产保供" does not open a sentence of the paragraph/u,
    );
    expect(() => read('p1-s2-1:\n  en: [Modern services improved]\n')).not.toThrow();
    expect(() => read('p1-s2-1:\n  en: [services improved]\n')).toThrow(
      /^run-ins\.yaml:2: p1-s2-1: "services improved" does not open a sentence of the English/u,
    );
    expect(() => read('p9-s9-9:\n  zh: [甲]\n')).toThrow(/^run-ins\.yaml:\d+: p9-s9-9 is not a paragraph of the report/u);
    expect(() => read('p2-s1-1:\n  zh: [厚植产业集群优势]\n')).toThrow(/is inside the lead sentence/u);
  });

  it('fail with file:line on a head that cuts through a marked figure', () => {
    // 冬播油菜42万亩 opens a clause after ；, and 42万亩 is a figure: "冬播油菜42" would cut it.
    const spans = read('p1-s2-1:\n  zh: [冬播油菜42]\n');
    expect(() => chapters(data, aligned, [], spans)).toThrow(/^run-ins\.yaml:2: "冬播油菜42" cuts through "42万亩" \(a marked Fig\)/u);
  });
});
