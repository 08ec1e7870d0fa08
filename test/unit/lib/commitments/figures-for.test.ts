import { describe, expect, it } from 'vitest';
import { commitments, figuresFor } from '../../../../src/lib/commitments/commitments.ts';
import { figure } from '../../../../src/lib/report/report.ts';

const clause = commitments.find((c) => c.text.startsWith('推动龙南经开区营收达580亿元'))!;
const shown = (about: Parameters<typeof figuresFor>[1]) => figuresFor(clause, about).map((id) => figure(id).text);

describe('the figures a card shows on a page about one place or cluster', () => {
  it("gives each of three zones named in one clause its own target, and no other zone's", () => {
    expect(shown({ placeId: 'longnan-etdz' })).toEqual(['580亿元']);
    expect(shown({ placeId: 'ganzhou-hidz' })).toEqual(['500亿元']);
    expect(shown({ placeId: 'ruijin-etdz' })).toEqual(['360亿元']);
  });

  it("shows a zone's target on the page of the county it lies in, and every figure where the page is about no one", () => {
    expect(shown({ placeId: 'ruijin' })).toEqual(['360亿元']);
    expect(shown({})).toEqual(['580亿元', '500亿元', '360亿元']);
  });

  it('keeps a figure whose measure names no subject', () => {
    const plain = commitments.find((c) => c.figures.length > 0 && c.measures.every((m) => m.subject === null))!;
    expect(figuresFor(plain, { placeId: 'yudu' })).toEqual(plain.figures);
  });
});
