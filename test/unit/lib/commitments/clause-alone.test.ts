import { describe, expect, it } from 'vitest';
import { clauseAlone, clauseAloneText, commitments } from '../../../../src/lib/commitments/commitments.ts';

describe('a clause read alone', () => {
  const striving = commitments.find((commitment) => commitment.id === 'p2-s5-4-c16')!;

  it("opens with the site's own bracketed context where its sentence named whom it is for", () => {
    expect(clauseAlone('zh', striving)).toEqual({ context: '各县（市、区）', text: '力争经济总量和高质量发展综合绩效考核在全省争先进位' });
    expect(clauseAloneText('en', striving)).toBe(
      '[Each county (county-level city and district)] striving to move up the provincial rankings in economic output and in the comprehensive performance evaluation of high-quality development',
    );
  });

  it('is the clause itself where it stands alone', () => {
    const plain = commitments.find((commitment) => commitment.id === 'p2-s1-1-c12')!;
    expect(clauseAloneText('en', plain)).toBe(
      'strive to raise the revenue of the modern home furnishing industrial cluster to 280 billion yuan',
    );
  });

  it('has no clause card that opens on a connective or lacks its English', () => {
    expect(
      commitments
        .filter(
          (commitment) =>
            commitment.en === null || (/^(?:with|and|while|which|including)\b/iu.test(commitment.en) && commitment.context_en === null),
        )
        .map((c) => c.id),
    ).toEqual([]);
  });
});
