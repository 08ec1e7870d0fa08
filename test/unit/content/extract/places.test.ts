import { describe, expect, it } from 'vitest';
import { extractPlaces, outermostMentions } from '../../../../scripts/content/extract/places/places.ts';
import { readGazetteer, readGazetteerRegion } from '../../../../scripts/content/extract/places/gazetteer.ts';
import { parseYaml } from '../../../../scripts/content/shared/yaml-file.ts';
import { gazetteer, realReport } from '../../../helpers.ts';

describe('places on the real report', () => {
  const { mentions } = realReport();
  const paragraphsOf = (place: string) => [...new Set(mentions.filter((m) => m.place === place).map((m) => m.paragraph))];

  it('has the 18 county-level units', () => {
    expect(gazetteer().filter((place) => place.level === 'county')).toHaveLength(18);
  });

  it('counts a county named inside a longer name', () => {
    expect(paragraphsOf('yudu')).toContain('p2-s1-1'); // 于都均安牛仔智造产业园
    expect(paragraphsOf('nankang')).toContain('p1-s2-1'); // 南康家具市场
    expect(paragraphsOf('longnan')).toContain('p2-s1-3'); // 龙南经开区
    expect(paragraphsOf('longnan-etdz')).toEqual(['p2-s1-3', 'p2-s6-3']);
  });

  it('counts 章贡区 and 章贡 in one paragraph as mentions, never the same characters twice', () => {
    const zhanggong = mentions.filter((m) => m.place === 'zhanggong');
    expect(zhanggong.map((m) => m.text).sort()).toEqual(['章贡', '章贡区']);
    const spans = zhanggong.map((m) => `${m.paragraph}:${m.start}`);
    expect(new Set(spans).size).toBe(spans.length);
  });

  it('lists exactly the paragraphs that name Yudu', () => {
    expect(paragraphsOf('yudu')).toEqual(['p1-s2-1', 'p2-s1-1', 'p2-s7-4']);
  });
});

describe('places on small inputs', () => {
  const places = gazetteer();
  const paragraph = (text: string) => ({ id: 'x-1', text, lead: null, line: 1, continuedFromPage: null, continuesOnPage: null });

  it('links the longer name where two overlap', () => {
    const found = extractPlaces(paragraph('推动龙南经开区营收达580亿元'), places);
    expect(found.map((m) => m.place).sort()).toEqual(['longnan', 'longnan-etdz']);
    expect(outermostMentions(found).map((m) => m.place)).toEqual(['longnan-etdz']);
  });

  it('names nothing in a text without gazetteer names', () => {
    expect(extractPlaces(paragraph('推进赣安寻高速前期工作'), places)).toEqual([]);
  });

  it('refuses a gazetteer entry of an unknown type, naming file and line', () => {
    const yaml = parseYaml(
      'places.yaml',
      'counties:\n  - id: a\n    names: [甲县]\n    type: village\n    en: A\n    pinyin: A\n    seat: [1, 2]\nzones: []\n',
    );
    expect(() => readGazetteer(yaml)).toThrow('places.yaml:4: a: type "village" is not one of district, county, city');
  });
});

describe('place markup in English', () => {
  it('links the zone, not the county inside its name', async () => {
    const { readFileSync } = await import('node:fs');
    const mdx = readFileSync('src/generated/chapters/en/p2-s1.mdx', 'utf8');
    expect(mdx).toContain('<Place id="longnan-etdz">{"Longnan Economic and Technological Development Zone"}</Place>');
  });
});

describe('places in another report', () => {
  const paragraph = (text: string) => ({ id: 'x-1', text, lead: null, line: 1, continuedFromPage: null, continuesOnPage: null });

  it('never takes 兴国 in 兴国强省 or 科教兴国 for Xingguo County, but still finds 兴国县 and 兴国', () => {
    const at = (text: string) =>
      extractPlaces(paragraph(text), gazetteer())
        .filter((m) => m.place === 'xingguo')
        .map((m) => m.text);
    expect(at('坚持以经济建设为中心是兴国强省之要，实施科教兴国战略。')).toEqual([]);
    expect(at('兴国县新增企业10家，兴国脐橙丰收。')).toEqual(['兴国县', '兴国']);
  });

  it("reads the region the gazetteer covers and each place's notWithin words", () => {
    const yaml = parseYaml(
      'places.yaml',
      'region: [某市]\ncounties:\n  - id: a\n    names: [甲县, 甲]\n    notWithin: [甲乙丙]\n    type: county\n    en: A County\n    pinyin: A\n    seat: [1, 2]\nzones: []\n',
    );
    expect(readGazetteerRegion(yaml)).toEqual(['某市']);
    expect(readGazetteer(yaml)[0]!.notWithin).toEqual(['甲乙丙']);
    expect(readGazetteerRegion(parseYaml('p.yaml', 'counties: []\nzones: []\n'))).toBeNull();
  });
});
