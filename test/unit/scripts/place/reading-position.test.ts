import { describe, expect, it } from 'vitest';
import { carriedQuery, paragraphBeingRead } from '../../../../src/scripts/place/reading-position.ts';

// Three paragraphs of 300 px; the viewport is 800 px high, so the reading line is at 200 px.
const at = (scroll: number) => ['p-1', 'p-2', 'p-3'].map((id, i) => ({ id, top: 100 + i * 300 - scroll, bottom: 400 + i * 300 - scroll }));

describe('the paragraph being read', () => {
  it('is the first paragraph reaching below a quarter of the screen', () => {
    expect(paragraphBeingRead(at(0), 800)).toBe('p-1');
    expect(paragraphBeingRead(at(150), 800)).toBe('p-1');
    // p-1 ends at 150 px: scrolled past the reading line, so p-2 is being read (not a stale #p-1).
    expect(paragraphBeingRead(at(250), 800)).toBe('p-2');
    expect(paragraphBeingRead(at(600), 800)).toBe('p-3');
  });

  it('is none above the first paragraph or below the last', () => {
    expect(paragraphBeingRead(at(-900), 800)).toBeNull();
    expect(paragraphBeingRead(at(2000), 800)).toBeNull();
    expect(paragraphBeingRead([], 800)).toBeNull();
  });
});

describe('the query carried to the other language', () => {
  it('keeps the words searched for, not the filters named in this language', () => {
    expect(carriedQuery('?q=%E4%BA%8E%E9%83%BD&chapter=%E7%AC%AC', '/zh/search/')).toBe('?q=%E4%BA%8E%E9%83%BD');
    expect(carriedQuery('?chapter=x', '/en/search/')).toBe('');
  });

  it('keeps the projects page filters (ids, the same in both languages)', () => {
    expect(carriedQuery('?place=yudu&stage=start', '/zh/projects/')).toBe('?place=yudu&stage=start');
    expect(carriedQuery('', '/zh/projects/')).toBe('');
  });
});
