/** What the two home pages lead with (content/doors.yaml, checked by the pipeline). */
import type { Doors } from '../../scripts/content/doors.ts';
import doorsJson from '../generated/doors.json';

export const doors = doorsJson as unknown as Doors;
