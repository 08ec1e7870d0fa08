import { describe, expect, it } from 'vitest';
import { searchDocuments, type SearchEntity } from '../../../../src/lib/search/documents.ts';
import {
  searchExamples,
  searchLead,
  searchOffline,
  searchPlaceholder,
  searchWithoutScript,
} from '../../../../src/lib/search/search-words.ts';

const entity = (kind: SearchEntity['kind'], label: string, aliases: string[], paragraphs: string[] = []): SearchEntity => ({
  kind,
  id: label,
  label,
  other: '',
  url: '/',
  aliases,
  paragraphs,
});

describe("the search page's words", () => {
  it("takes its examples from the report's own entries: the place named most, a project, a term", () => {
    const entities = [
      entity('place', '岳阳市', ['岳阳市', '岳阳', 'yueyang city', 'yueyang'], ['p1']),
      entity('place', '长沙市', ['长沙市', '长沙', 'changsha city', 'changsha'], ['p1', 'p2']),
      entity('project', '长赣高铁', ['长赣高铁']),
      entity('term', '“三高四新”', ['三高四新']),
    ];
    expect(searchExamples('zh', entities)).toEqual(['“长沙”', '“changsha”', '“长赣高铁”', '“三高四新”']);
    expect(searchExamples('en', [entities[1]!])).toEqual(['"Changsha"', '"长沙"']);
  });

  it('names no example and no kind of entry a report without them does not have', () => {
    expect(searchExamples('zh', [])).toEqual([]);
    expect(searchLead('zh', [])).toBe('可搜报告全文中的字词。');
    expect(searchLead('en', [])).toBe("Search the words of the report's full text.");
  });

  it("still offers the site's own report its places, projects and terms", () => {
    const { entities } = searchDocuments('zh');
    expect(searchLead('zh', entities)).toMatch(/^可搜中文、英文或拼音：例如“[^”]+”“[a-z]+”“[^”]+”“[^”]+”。$/u);
    expect(searchPlaceholder('zh')).toBe('县区、项目或术语');
    expect(searchPlaceholder('en')).toBe('county, project or term');
    expect(searchWithoutScript('zh')).toBe('搜索需要启用JavaScript。也可以从目录、县区、项目和术语页面查找。');
    expect(searchWithoutScript('en')).toBe(
      'Search needs JavaScript. You can also find things through the contents, counties, projects and glossary pages.',
    );
    expect(searchOffline('zh')).toBe('离线时只能搜索本站自己的数据（地名、项目、术语和每段原文）；全文索引需要联网。');
  });
});
