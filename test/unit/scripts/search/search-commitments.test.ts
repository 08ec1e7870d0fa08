import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../../../src/lib/search/documents.ts';
import { matchCommitments } from '../../../../src/scripts/search/commitments.ts';

const documents = { zh: searchDocuments('zh'), en: searchDocuments('en') };
const ids = (lang: 'zh' | 'en', query: string) => matchCommitments(documents[lang], query).map((c) => c.id);

describe('search: commitments above paragraphs', () => {
  it('answers a county with the clauses that name it, also by abbreviation', () => {
    const found = ids('zh', '寻乌');
    expect(found).toContain('p2-s5-1-c6'); // 开工寻全高速西延…
    expect(found).toContain('p2-s5-1-c7'); // 赣安寻高速 …前期工作
    expect(found).toContain('p2-s6-1-c9'); // 建成投用…寻乌生活垃圾焚烧发电项目
    expect(ids('en', 'xunwu')).toContain('p2-s5-1-c6');
  });

  it('answers a project in one line', () => {
    expect(ids('en', 'Foxconn')).toEqual(['p2-s1-1-c17']);
    expect(ids('zh', '富士康')).toEqual(['p2-s1-1-c17']);
    expect(matchCommitments(documents.en, 'Foxconn')[0]!.text).toBe(
      "complete and put into production projects such as Foxconn and Han's CNC",
    );
  });

  it('finds nothing for too short a Latin query, and keeps to the page language', () => {
    expect(ids('en', 'an')).toEqual([]);
    expect(documents.en.commitments.every((c) => !/\p{Script=Han}/u.test(c.text))).toBe(true);
    expect(documents.zh.commitments.length).toBeLessThanOrEqual(120);
  });
});
