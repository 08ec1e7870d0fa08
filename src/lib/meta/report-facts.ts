/**
 * The facts that name the report: who delivered it, to which body, when, and where the government
 * published it. Each fact is printed only when it is set. Those still null could not be confirmed
 * from a source this project could check (the session's number, the date, the mayor's name, the
 * government's own web page): fill them in with their source rather than guess.
 */
export interface ReportFacts {
  /** The congress session, as the report's own heading names it ("赣州市第六届人民代表大会第…次会议"). */
  session: { zh: string; en: string } | null;
  /** The date it was delivered, ISO 8601. */
  delivered: string | null;
  /** Who delivered it on the government's behalf ("市长 …"). */
  speaker: { zh: string; en: string } | null;
  /** The government's own publication of the full text. */
  officialUrl: string | null;
}

export const reportFacts: ReportFacts = {
  session: null,
  delivered: null,
  speaker: null,
  officialUrl: null,
};
