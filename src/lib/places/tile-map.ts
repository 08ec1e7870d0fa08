import { scaleLinear } from 'd3';
import type { Place } from '../report/report.ts';

export interface Tile {
  place: Place;
  column: number;
  row: number;
}

/**
 * The grid's size. Five columns, not six, so that a tile on a 360 px phone is wide enough for a
 * county's name at a size that follows large text; the tile map's CSS (global.css) places tiles
 * on a grid of this size.
 */
export const TILE_COLUMNS = 5;
export const TILE_ROWS = 7;

/**
 * A schematic map: one equal tile per county-level unit, placed on a grid by its county seat
 * (no boundary data: see README). Each seat goes to its nearest grid cell; when two share a
 * cell, the later one moves to the nearest free cell. Counties are placed in gazetteer order,
 * so the layout is the same on every build.
 */
export function tileLayout(counties: Place[], columns = TILE_COLUMNS, rows = TILE_ROWS): Tile[] {
  const seats = counties.map((county) => {
    if (!county.seat) throw new Error(`${county.id} has no seat`);
    return county.seat;
  });
  const longitudes = seats.map(([, lon]) => lon);
  const latitudes = seats.map(([lat]) => lat);
  const x = scaleLinear()
    .domain([Math.min(...longitudes), Math.max(...longitudes)])
    .range([0, columns - 1]);
  const y = scaleLinear()
    .domain([Math.max(...latitudes), Math.min(...latitudes)])
    .range([0, rows - 1]);
  const taken = new Set<string>();
  return counties.map((place, index) => {
    const [lat, lon] = seats[index]!;
    const exactColumn = x(lon);
    const exactRow = y(lat);
    let best: [number, number] = [Math.round(exactColumn), Math.round(exactRow)];
    if (taken.has(best.join())) {
      let bestDistance = Infinity;
      for (let column = 0; column < columns; column++) {
        for (let row = 0; row < rows; row++) {
          const distance = (column - exactColumn) ** 2 + (row - exactRow) ** 2;
          if (!taken.has(`${column},${row}`) && distance < bestDistance) {
            bestDistance = distance;
            best = [column, row];
          }
        }
      }
    }
    taken.add(best.join());
    return { place, column: best[0], row: best[1] };
  });
}
