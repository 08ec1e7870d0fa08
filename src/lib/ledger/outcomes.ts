/** The promise ledger (src/generated/outcomes.json): the 2023 promises and what was reported of them. */
import outcomesJson from '../../generated/outcomes.json';
import { useTranslations, type Lang } from '../../i18n/index.ts';
import type { LedgerEntry } from '../../../scripts/content/ledger/ledger.ts';
import type { Shortfall2022 } from '../../../scripts/content/ledger/outcomes.ts';
import type { Targets2022 } from '../../../scripts/content/ledger/targets-2022.ts';
import { LEDGER_GROUPS } from '../../../scripts/content/ledger/ledger.ts';
import { OUTCOME_STATUSES, type OutcomeStatus } from '../../../scripts/content/ledger/outcome-rule.ts';

export type { LedgerEntry, OutcomeStatus, Shortfall2022, Targets2022 };
export { LEDGER_GROUPS, OUTCOME_STATUSES };

const data = outcomesJson as unknown as { entries: LedgerEntry[]; shortfall2022: Shortfall2022; targets2022: Targets2022 | null } | null;

export const ledger: LedgerEntry[] = data?.entries ?? [];
export const shortfall2022: Shortfall2022 | null = data?.shortfall2022 ?? null;
/** The 2022 report's main targets, each keyed to the 2023 target of the same indicator, with their source. */
export const targets2022: Targets2022 | null = data?.targets2022 ?? null;

/** A ledger made only by --previous: last year's main targets against this report's review (no curated outcomes). */
export const fromPrevious: boolean = ledger.length > 0 && ledger.every((entry) => entry.previous !== undefined);

/** The words of a link to the promises page: the Ganzhou ledger's, or last year's targets with their year. */
export function promisesLinkText(lang: Lang): string {
  const t = useTranslations(lang);
  const year = ledger.find((entry) => entry.previous)?.previous?.year;
  return fromPrevious ? t('promises.previousLink', { year: year ?? '' }) : t('promises.link');
}

export const entriesOf = (group: LedgerEntry['group']): LedgerEntry[] => ledger.filter((entry) => entry.group === group);

/** Promises that concern a county or zone: its projects, its zone's target, and a county's zones. */
/** The id of a promise's card on the promises page (figure ids hold no character an id may not). */
export const promiseCardId = (id: string): string => `promise-${id.replace(/[^\w-]/gu, '-')}`;

export const entriesFor = (placeId: string): LedgerEntry[] => ledger.filter((entry) => entry.places.includes(placeId));

export function countByStatus(entries: LedgerEntry[]): Array<[OutcomeStatus, number]> {
  return OUTCOME_STATUSES.map(
    (status) => [status, entries.filter((entry) => entry.status === status).length] as [OutcomeStatus, number],
  ).filter(([, n]) => n > 0);
}

/** Every distinct source the ledger cites, in order of first use. */
export function sourcesUsed(): LedgerEntry['sources'] {
  const seen = new Map<string, LedgerEntry['sources'][number]>();
  for (const entry of ledger) for (const source of entry.sources) if (!seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}

/**
 * The gap between outcome and target in the target's own unit: percentage points for a growth
 * rate, yuan for revenue. Null where no same-measure figure was reported.
 */
export function distance(entry: LedgerEntry): number | null {
  const target = entry.target.figure;
  const outcome = entry.outcome?.figure;
  if (!target || !outcome || entry.status === 'not-comparable' || target.unit !== outcome.unit) return null;
  return Number((outcome.value - target.value).toPrecision(12));
}
