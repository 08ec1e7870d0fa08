import { describe, expect, it } from 'vitest';
import { projectStageLabel } from '../../../../src/lib/commitments/commitments.ts';
import { projects } from '../../../../src/lib/commitments/projects.ts';

const project = (id: string) => projects.find((candidate) => candidate.id === id)!;

describe("a project's stage, as the lists and tables show it", () => {
  it("tells a 2022 result from a 2023 plan in Chinese, keeping the report's own verb", () => {
    expect(projectStageLabel('zh', project('rongjiang-third-road-expressway'))).toBe('2022年 全线贯通');
    expect(projectStageLabel('zh', project('changsha-ganzhou-hsr'))).toBe('2023年 加快');
  });

  it('says the same in English, in plain words', () => {
    expect(projectStageLabel('en', project('rongjiang-third-road-expressway'))).toBe('completed in 2022');
    expect(projectStageLabel('en', project('changsha-ganzhou-hsr'))).toBe('to be advanced in 2023');
  });
});
