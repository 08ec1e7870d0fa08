/** What the site calls its report, per language (content/site.yaml, or made from another report's title block). */
import identityJson from '../../generated/identity.json';
import type { Lang } from '../../i18n/index.ts';
import { report } from '../report/report.ts';

const identities = identityJson;

export const identity = (lang: Lang) => identities[lang];

/** The footer's source note, with the newspaper pages the text continues from and on to. */
export function sourceNote(lang: Lang): string {
  const from = report.jumps.find((jump) => jump.direction === 'continued-from')?.page ?? 1;
  const to = report.jumps.find((jump) => jump.direction === 'continues-on')?.page ?? 3;
  return identities[lang].sourceNote.replaceAll('{{from}}', String(from)).replaceAll('{{to}}', String(to));
}
