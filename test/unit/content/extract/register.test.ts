import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choosePlaces } from '../../../../scripts/content/extract/places/default-places.ts';
import { buildReportData } from '../../../../scripts/content/extract/pipeline.ts';
import { extractPlaces } from '../../../../scripts/content/extract/places/places.ts';
import { findGovernment, governmentName, loadRegister, registerPlaces, type Government } from '../../../../scripts/content/extract/places/register.ts';
import { englishName, syllables } from '../../../../scripts/content/extract/places/register-names.ts';
import { readRegisterOverrides } from '../../../../scripts/content/extract/places/register-overrides.ts';
import type { Place } from '../../../../scripts/content/extract/places/gazetteer.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';

const register = loadRegister();
const overrides = readRegisterOverrides(readYamlFile('content/register/place-names-en.yaml'));
const real = (name: string) => readFileSync(`test/fixtures/real/${name}.zh.txt`, 'utf8');
const governmentOf = (name: string): Government => {
  const found = findGovernment(`——2025年1月1日在${name}第一届人民代表大会第一次会议上\n`, register);
  if (found === null) throw new Error(`no government ${name}`);
  return found;
};
const placesOf = (name: string) => registerPlaces(governmentOf(name), register, overrides);
/** Which places a sentence links, as their full names, in the order the text names them. */
function linked(sentence: string, places: Place[]): string[] {
  return extractPlaces({ id: 'p1-s1-1', text: sentence } as Parameters<typeof extractPlaces>[0], places).map((mention) => `${mention.text}→${places.find((place) => place.id === mention.place)!.names[0]}`);
}

describe('the government a report speaks for', () => {
  it.each([
    ['hunan-province-2026', '湖南省', 'province'],
    ['guangdong-province-2026', '广东省', 'province'], // its delivery line wraps before 人民代表大会
    ['fujian-province-2026', '福建省', 'province'],
    ['zhejiang-province-2026', '浙江省', 'province'],
    ['jiangxi-province-2026', '江西省', 'province'],
    ['baoding-city-2025', '保定市', 'city'],
    ['yixian-county-2025', '易县', 'county'],
    ['gaotang-county-2025', '高唐县', 'county'],
  ])('%s is given by %s (%s)', (file, name, tier) => {
    const government = findGovernment(real(file), register);
    expect(government?.row.name).toBe(name);
    expect(government?.tier).toBe(tier);
  });

  it('picks, among districts of one name, the one whose city the report names', () => {
    const text = '——2025年1月1日在鼓楼区第一届人民代表大会第一次会议上\n福州市委、市政府领导下，福州……';
    expect(findGovernment(text, register)?.row.code).toBe('350102');
  });

  it('finds none in a text with no title block', () => {
    expect(findGovernment('一、回顾\n今年完成了很多工作。\n', register)).toBeNull();
  });
});

describe('scoping the register to the government', () => {
  it("gives a province's report its cities and their counties, not its towns", () => {
    const places = placesOf('湖南省');
    expect(places.filter((place) => place.level === 'prefecture').map((place) => place.names[0])).toContain('长沙市');
    expect(places.filter((place) => place.level === 'prefecture')).toHaveLength(14);
    expect(places.find((place) => place.names[0] === '浏阳市')?.level).toBe('county');
    expect(places.some((place) => place.level === 'town')).toBe(false);
  });

  it("gives a city's report its counties and districts, and a county's its towns", () => {
    const baoding = placesOf('保定市').map((place) => place.names[0]);
    expect(baoding).toEqual(expect.arrayContaining(['竞秀区', '易县', '涿州市', '安国市']));
    expect(baoding).not.toContain('保定市');
    const gaotang = placesOf('高唐县');
    expect(gaotang.map((place) => place.names[0])).toEqual(expect.arrayContaining(['清平镇', '梁村镇', '鱼邱湖街道']));
    expect(gaotang.every((place) => place.level === 'town')).toBe(true);
  });

  it('gives a Ganzhou report its curated gazetteer, with its zones and abbreviations, and any other report the register', () => {
    const ganzhou = choosePlaces({ places: 'content/places.yaml', placesByDefault: true, contentDir: 'content' }, '——2023年1月5日在赣州市第六届人民代表大会第二次会议上\n');
    expect(ganzhou.places.some((place) => place.level === 'zone')).toBe(true);
    expect(ganzhou.rules.abbreviations.length).toBeGreaterThan(0);
    // The site's own text is a newspaper page without its title block: it names 赣州 all the same.
    const page = readFileSync('content/source/ganzhou-2023-work-report.page2.zh.txt', 'utf8');
    expect(choosePlaces({ places: 'content/places.yaml', placesByDefault: true, contentDir: 'content' }, page).places.some((place) => place.id === 'longnan-etdz')).toBe(true);
    const hunan = choosePlaces({ places: 'content/places.yaml', placesByDefault: true, contentDir: 'content' }, real('hunan-province-2026'));
    expect(hunan.places.some((place) => place.id === 'changsha' && place.en === 'Changsha City')).toBe(true);
    expect(hunan.note(17)).toBe('the national register for 湖南省 (Hunan Province): 17 of its 151 places are named in the text');
  });
});

describe('short forms', () => {
  const jiangxi = placesOf('江西省');
  const hunan = placesOf('湖南省');

  it('gives the bare name a city shares with its county to the city, and never reads it inside the county', () => {
    expect(linked('支持吉安联动发展，吉安县工业园扩区。', jiangxi)).toEqual(['吉安→吉安市', '吉安县→吉安县']);
    expect(linked('长沙县、长沙经开区', hunan)).toEqual(['长沙县→长沙县', '长沙→长沙市']);
  });

  it('never uses a one-character short form, nor a district short form in a province', () => {
    expect(placesOf('保定市').find((place) => place.names[0] === '易县')?.names).toEqual(['易县']);
    expect(linked('岳麓山实验室、天心阁、雨花亭', hunan)).toEqual([]);
    // A district that was a county keeps its unambiguous short form.
    expect(linked('赣县经开区', jiangxi)).toEqual(['赣县→赣县区']);
  });

  it('reads no full name inside another place\'s longer name (道县 in 通道县)', () => {
    expect(linked('通道县、道县', hunan)).toEqual(['通道县→通道侗族自治县', '道县→道县']);
  });

  it('shortens an autonomous unit to its base and kind, not to the bare base (湘西 is a region, 通道 a corridor)', () => {
    expect(linked('支持湘西北地区、湘西州、通道县，完善国际贸易通道', hunan)).toEqual(['湘西州→湘西土家族苗族自治州', '通道县→通道侗族自治县']);
  });

  it('reads no bay or lake as the place it is named for', () => {
    expect(linked('鄱阳湖水利枢纽，鄱阳县城', jiangxi)).toEqual(['鄱阳县→鄱阳县']);
    expect(linked('杭州湾科技创新带，杭州都市圈', placesOf('浙江省'))).toEqual(['杭州→杭州市']);
  });

  // Each case was a wrong link found by reading 30 links of each real report (test/fixtures/real/).
  it.each([
    ['广东省', '锻造更多新兴产业集群', []],
    ['广东省', '和平县', ['和平县→和平县']],
    ['江西省', '争创庐山国家植物园', []],
    ['福建省', '建好武夷山国家公园', []],
    ['保定市', '高标准建设雄安新区，安新县', ['安新县→安新县']],
    ['易县', '游易州，清西陵、狼牙山景区，紫荆关长城，紫荆关卫生院和塘湖卫生院', ['紫荆关→紫荆关镇', '塘湖→塘湖镇']],
    ['广东省', '中山大学、中山', ['中山→中山市']],
  ])('%s: %s', (government, sentence, expected) => {
    expect(linked(sentence, placesOf(government))).toEqual(expected);
  });

  it('links on the real reports none of the wrong names the hand-check found', () => {
    for (const [file, wrong] of [
      ['guangdong-province-2026', '新兴'],
      ['jiangxi-province-2026', '鄱阳'],
      ['baoding-city-2025', '安新'],
      ['yixian-county-2025', '易州'],
      ['hunan-province-2026', '通道'],
    ] as const) {
      const { places } = choosePlaces({ places: 'content/places.yaml', placesByDefault: true, contentDir: 'content' }, real(file));
      const data = buildReportData(real(file), file, places);
      expect(data.mentions.filter((mention) => mention.text === wrong), file).toEqual([]);
      expect(data.mentions.length, file).toBeGreaterThan(0);
    }
  });
});

describe('English names', () => {
  it.each([
    ['于都县', 'county', 'Yudu County'], // pinyin-pro reads 都 dōu
    ['宁都县', 'county', 'Ningdu County'],
    ['成都市', 'prefecture', 'Chengdu City'],
    ['长沙市', 'prefecture', 'Changsha City'],
    ['厦门市', 'prefecture', 'Xiamen City'],
    ['六安市', 'prefecture', "Lu'an City"],
    ['蚌埠市', 'prefecture', 'Bengbu City'],
    ['番禺区', 'county', 'Panyu District'],
    ['乐清市', 'county', 'Yueqing City'], // pinyin-pro: lè
    ['乐山市', 'prefecture', 'Leshan City'],
    ['单县', 'county', 'Shan County'], // pinyin-pro: dān
    ['莘县', 'county', 'Shen County'],
    ['洪洞县', 'county', 'Hongtong County'], // pinyin-pro: dòng
    ['吉安市', 'prefecture', "Ji'an City"],
    ['湘西土家族苗族自治州', 'prefecture', 'Xiangxi Tujia and Miao Autonomous Prefecture'],
    ['通道侗族自治县', 'county', 'Tongdao Dong Autonomous County'],
    ['鄂温克族自治旗', 'county', 'Ewenki Autonomous Banner'],
    ['神农架林区', 'county', 'Shennongjia Forestry District'],
    ['清平镇', 'town', 'Qingping Town'],
    ['鱼邱湖街道', 'town', 'Yuqiuhu Subdistrict'],
    ['大均畲族乡', 'town', 'Dajun She Ethnic Township'],
  ] as const)('%s is %s', (name, tier, en) => {
    expect(englishName(name, tier, overrides).en).toBe(en);
  });

  it('reads 重 in 重庆 chóng, 长 in 长沙 cháng and 都 in 成都 dū as pinyin-pro does, and 都 in 于都 dū by the override', () => {
    expect(syllables('重庆', overrides)).toEqual(['chóng', 'qìng']);
    expect(syllables('长沙', overrides)).toEqual(['cháng', 'shā']);
    expect(syllables('成都', overrides)).toEqual(['chéng', 'dū']);
    expect(syllables('于都', overrides)).toEqual(['yú', 'dū']);
    expect(syllables('于都', { pinyin: new Map() })).toEqual(['yú', 'dōu']);
  });

  it('names a government with its established spelling', () => {
    const shaanxi = findGovernment('——2025年1月1日在陕西省第一届人民代表大会\n', register)!;
    expect(governmentName(shaanxi, overrides)).toBe('Shaanxi Province');
    expect(governmentName(findGovernment('——2025年1月1日在西藏自治区第一届人民代表大会\n', register)!, overrides)).toBe('Xizang Autonomous Region');
    expect(governmentName(governmentOf('湖南省'), overrides)).toBe('Hunan Province');
  });
});

describe('the override file', () => {
  const bad = (text: string) => () => readRegisterOverrides(parseYaml('content/register/place-names-en.yaml', text));

  it('names file and line for a reading that does not fit its name', () => {
    expect(bad('pinyin:\n  于都: yú\n')).toThrow('content/register/place-names-en.yaml:2: pinyin.于都: expected 2 syllables');
  });

  it('names file and line for a notWithin word without its short form, and for an unknown key', () => {
    expect(bad('notWithin:\n  安新:\n    - 雄安区\n')).toThrow('content/register/place-names-en.yaml:3: notWithin.安新: "雄安区" does not contain 安新');
    expect(bad('english: {}\nnames: {}\n')).toThrow('content/register/place-names-en.yaml:2: names: expected one of');
  });
});
