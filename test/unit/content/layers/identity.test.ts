import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivedIdentity, readIdentity, reportName } from '../../../../scripts/content/layers/identity.ts';
import { buildReportData } from '../../../../scripts/content/extract/pipeline.ts';
import { parseYaml, readYamlFile } from '../../../../scripts/content/shared/yaml-file.ts';
import { gazetteer } from '../../../helpers.ts';

const convert = (text: string, file = 'r.zh.txt') => buildReportData(text, file, gazetteer()).report;
const county = readFileSync('test/fixtures/county-report.zh.txt', 'utf8');

describe('what the site calls its report', () => {
  it("reads the site's own words from content/site.yaml", () => {
    const identity = readIdentity(readYamlFile('content/site.yaml'));
    expect(identity.zh.title).toBe('赣州2023政府工作报告解读');
    expect(identity.en.sourceNote).toContain('{{from}}');
  });

  it('names another report from its title block: a bare title plus the line that says where it was delivered', () => {
    expect(reportName(convert(county), 'county-report.zh.txt')).toBe('某县2023年政府工作报告');
  });

  it('keeps a title that already names the government', () => {
    expect(reportName(convert(county.replace(/^政府工作报告\n——[^\n]*\n/u, '某市2025年政府工作报告\n')), 'x.txt')).toBe(
      '某市2025年政府工作报告',
    );
  });

  it('names a report with no title line by the line that says where and when it was delivered', () => {
    const file = 'test/fixtures/pairs/hebei-province-2023.zh.txt';
    expect(reportName(convert(readFileSync(file, 'utf8')), file)).toBe('河北省2023年政府工作报告');
  });

  it('falls back to the file name when the text has no title', () => {
    expect(reportName(convert('一、工作回顾\n（一）工业\n全年增长5%。\n'), 'dir/shaoguan-2024.zh.txt')).toBe('shaoguan-2024');
  });

  it('never mentions Ganzhou in the words made for another report, and says the English is missing', () => {
    const identity = derivedIdentity(convert(county), 'county-report.zh.txt');
    expect(JSON.stringify(identity)).not.toMatch(/赣州|Ganzhou/u);
    expect(identity.en.lead).toMatch(/not been translated yet/u);
  });

  it('refuses an unknown or missing field with file:line', () => {
    expect(() => readIdentity(parseYaml('site.yaml', 'zh:\n  title: x\nen:\n  title: y\n'))).toThrow(
      /^site\.yaml:1: zh\.shortTitle: expected the shortTitle/u,
    );
    expect(() => readIdentity(parseYaml('site.yaml', 'zh:\n  titel: x\n'))).toThrow(/^site\.yaml:2: zh\.titel: unknown key/u);
  });
});
