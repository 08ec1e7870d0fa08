import { describe, expect, it } from 'vitest';
import { nameIndicator, readIndicators } from '../../../../scripts/content/extract/indicators.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';

const indicators = readIndicators(readYamlFile('content/indicators.yaml'));
const id = (words: string) => nameIndicator(words, indicators, words).id;

describe('the indicator dictionary (content/indicators.yaml)', () => {
  it('names one indicator by each of its forms: 规上 and 规模以上 are one indicator', () => {
    expect(['规模以上工业增加值增长', '规上工业增加值增长', '规模工业增加值增长'].map(id)).toEqual(Array(3).fill('industrial-value-added'));
    expect(['外贸进出口增长', '进出口总额增长'].map(id)).toEqual(['imports-exports', 'imports-exports']);
    expect(['实际使用外资', '实际利用外资'].map(id)).toEqual(['foreign-investment', 'foreign-investment']);
    expect(['GDP增长', '全省生产总值增长', '地区生产总值增长'].map(id)).toEqual(['gdp', 'gdp', 'gdp']);
  });

  it('takes the longest name found: a narrower indicator is not the wider one it contains', () => {
    expect(id('城镇居民人均可支配收入增长')).toBe('urban-income');
    expect(id('居民人均可支配收入增长')).toBe('resident-income');
    expect(id('单位地区生产总值能耗下降')).toBe('energy-intensity');
    expect(id('进出口总额增长')).toBe('imports-exports');
    expect(id('出口总额稳中提质')).toBe('exports');
  });

  it('gives the full Chinese name, the English and whether it is a limit', () => {
    expect(nameIndicator('居民消费价格指数涨幅控制在', indicators, '')).toEqual({ id: 'cpi', zh: '居民消费价格涨幅', en: 'Rise in consumer prices (CPI)', ceiling: true });
  });

  it('keeps the Chinese words of an indicator it does not know, and says so (no id, no English)', () => {
    expect(nameIndicator('实际利用省外2000万元以上项目资金增长', indicators, '实际利用省外2000万元以上项目资金')).toEqual({
      id: null,
      zh: '实际利用省外2000万元以上项目资金',
      en: null,
      ceiling: false,
    });
  });

  it('refuses a broken dictionary with file:line', () => {
    const read = (text: string) => () => readIndicators(parseYaml('indicators.yaml', text));
    expect(read('- id: gdp\n  en: GDP\n  names: [地区生产总值]\n- id: gdp2\n  en: GDP\n  names: [GDP, 地区生产总值]\n')).toThrow('indicators.yaml:6: "地区生产总值" already names gdp');
    expect(read('- id: gdp\n  en: GDP\n  names: [地区生产总值]\n- id: gdp\n  en: x\n  names: [y]\n')).toThrow('indicators.yaml:4: duplicate id "gdp"');
    expect(read('- id: gdp\n  names: [地区生产总值]\n')).toThrow(/indicators\.yaml:1: .*expected the English name/u);
    expect(read('- id: Gdp\n  en: GDP\n  names: [地区生产总值]\n')).toThrow('indicators.yaml:1: "Gdp": expected lowercase');
    expect(read('- id: cpi\n  en: CPI\n  names: [CPI]\n  ceiling: yes please\n')).toThrow('indicators.yaml:4: cpi: expected ceiling: true or false');
    expect(read('- id: gdp\n  en: GDP\n  names: []\n')).toThrow('indicators.yaml:3: gdp: expected at least one Chinese name');
  });
});
