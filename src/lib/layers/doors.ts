/** What the two home pages lead with (content/doors.yaml, checked by the pipeline). */
import doorsJson from '../../generated/doors.json';

export const doors = doorsJson;
