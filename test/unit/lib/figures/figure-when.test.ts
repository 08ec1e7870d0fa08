import { describe, expect, it } from 'vitest';
import { figureWhen } from '../../../../src/lib/figures/figure-when.ts';

describe('what a figure is, and for when', () => {
  it('reads the role and year the pipeline decided, not the kind of part', () => {
    expect(figureWhen('zh', { role: 'target', period: 2023, span: null })).toBe('2023年目标');
    expect(figureWhen('en', { role: 'result', period: 2022, span: null })).toBe('2022 result');
  });

  it('names a five-year span where a part speaks of one', () => {
    expect(figureWhen('zh', { role: 'result', period: null, span: { from: 2021, to: 2025 } })).toBe('2021—2025年成绩');
    expect(figureWhen('en', { role: 'target', period: null, span: { from: 2026, to: 2030 } })).toBe('2026–2030 target');
  });

  it('says nothing for a figure of an appendix or the preamble', () => {
    expect(figureWhen('zh', { role: null, period: null, span: null })).toBeNull();
  });
});
