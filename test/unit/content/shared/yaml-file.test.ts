import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../../scripts/content/shared/yaml-file.ts';

// The lines that error messages name: an author who is told "line 4" should find the thing there.
const text = ['# comment', 'p2-s1-1-c12:', '  zh: 力争', '  en: strive', 'list:', '  - first', '  - second', 'flow: { a: 1 }', ''].join(
  '\n',
);
const yaml = parseYaml('t.yaml', text);

describe('the line of a YAML value', () => {
  it("is an entry's key, not the first field of its value on the next line", () => {
    expect(yaml.lineOf(['p2-s1-1-c12'])).toBe(2);
    expect(yaml.lineOf(['p2-s1-1-c12', 'zh'])).toBe(3);
    expect(yaml.lineOf(['p2-s1-1-c12', 'en'])).toBe(4);
    expect(yaml.lineOf(['flow', 'a'])).toBe(8);
  });

  it("is a list item's own line", () => {
    expect(yaml.lineOf(['list', 1])).toBe(7);
  });

  it('is the nearest existing entry for a field that is missing', () => {
    expect(yaml.lineOf(['p2-s1-1-c12', 'note'])).toBe(2);
    expect(yaml.lineOf(['list', 5])).toBe(5);
    expect(yaml.lineOf(['absent', 'deeper'])).toBe(2);
  });

  it('names the file and that line when it fails', () => {
    expect(() => yaml.fail(['p2-s1-1-c12', 'en'], 'p2-s1-1-c12.en: expected English')).toThrow(
      /^t\.yaml:4: p2-s1-1-c12\.en: expected English/u,
    );
  });
});
