import { describe, expect, it } from 'vitest';
import { places } from '../../../../src/lib/report/report.ts';
import { TILE_COLUMNS, TILE_ROWS, tileLayout } from '../../../../src/lib/places/tile-map.ts';

const counties = places.filter((place) => place.level === 'county');

describe('the tile map layout by county seat', () => {
  it('puts the 18 county-level units on distinct cells of a grid five tiles wide (wide enough tiles on a phone), in the order of their seats', () => {
    const tiles = tileLayout(counties);
    expect(tiles).toHaveLength(18);
    expect(new Set(tiles.map(({ column, row }) => `${column},${row}`)).size).toBe(18);
    expect(Math.max(...tiles.map((tile) => tile.column)) + 1).toBe(5);
    expect(TILE_COLUMNS).toBe(5);
    for (const { column, row } of tiles) {
      expect(column).toBeLessThan(TILE_COLUMNS);
      expect(row).toBeLessThan(TILE_ROWS);
    }
    // Narrower, it still keeps the seats' order: a seat clearly west (north) of another is not placed east (south) of it.
    for (const a of tiles) {
      for (const b of tiles) {
        if (a.place.seat![1] < b.place.seat![1] - 0.3)
          expect(a.column, `${a.place.id} west of ${b.place.id}`).toBeLessThanOrEqual(b.column);
        if (a.place.seat![0] > b.place.seat![0] + 0.3) expect(a.row, `${a.place.id} north of ${b.place.id}`).toBeLessThanOrEqual(b.row);
      }
    }
  });
});
