import type { FigureRole, Part, Report, Section, YearSpan } from '../shared/model.ts';
import { planSpan, titleYear } from './periods.ts';

/**
 * When each stretch of a paragraph speaks of, decided by the nearest words that say it: a
 * sentence that opens with "——这五年", "过去五年", "“十四五”时期", "“十五五”时期", "今年",
 * "去年", "2025年"… speaks of that time, and so does what follows it in its part until another
 * such opening or a section whose title or five-year passage names its own time; before any,
 * the part. A part's title is not enough: "2025年工作和“十四五”发展回顾" holds five-year
 * totals, and a review may end on the 十五五's targets.
 */

/** The time of a stretch of text: a result or target, of one year or of a five-year span. */
export interface PassageTime {
  role: FigureRole | null;
  year: number | null;
  span: YearSpan | null;
}

/** From `from` (an offset in the paragraph's text) on, the text speaks of `time`. */
export interface TimedStretch {
  from: number;
  time: PassageTime;
}

const NO_TIME: PassageTime = { role: null, year: null, span: null };

// Openings are read after "各位代表！", the dash of a "——这五年，…" list item, and 刚刚 ("刚刚过去的2022年").
const LEADING = /^(?:各位代表[！!，,：:]?)?(?:——)?(?:刚刚)?/u;
const PAST_FIVE_YEARS = /^(?:这五年|过去五年|过去的五年|五年来|这是[^，。；]{0,30}的五年)/u;
const PLAN_PERIOD = /^“?十[一二三四五六七八九]五”?(?:时期|期间|以来|规划实施以来|发展|规划期)/u;
const THIS_YEAR = /^今年/u;
const LAST_YEAR = /^(?:去年|过去一年|过去的一年|一年来)/u;
const OPENING_YEAR = /^(?:过去的)?((?:19|20)\d\d)年/u;
// A title names a period only as a time ("“十五五”时期…", "“十四五”发展回顾"), not as a slogan ("决胜“十四五”").
const TITLE_PLAN_PERIOD = /十[一二三四五六七八九]五”?(?:时期|期间|发展|规划)/u;

/** A result if the span is over by the report's year, a target if it has not begun; else undecided. */
function spanTime(span: YearSpan, reportYear: number): PassageTime | null {
  if (span.to < reportYear) return { role: 'result', year: null, span };
  if (span.from >= reportYear) return { role: 'target', year: null, span };
  return null;
}

/** The time one year stands for in a report given in `reportYear`: last year reviewed, this year planned. */
function yearTime(year: number, reportYear: number): PassageTime | null {
  if (year === reportYear - 1) return { role: 'result', year, span: null };
  if (year === reportYear) return { role: 'target', year, span: null };
  return null;
}

/** The time a sentence's opening words name, or null when they name none. */
export function openingTime(sentence: string, reportYear: number): PassageTime | null {
  const text = sentence.replace(LEADING, '');
  if (PAST_FIVE_YEARS.test(text)) {
    // "过去五年" ends with last year: 2021–2025 in a report of 2026, the term 2018–2022 in one of 2023.
    const named = planSpan(text.slice(0, 20));
    const span = named !== null && named.to < reportYear ? named : { from: reportYear - 5, to: reportYear - 1 };
    return { role: 'result', year: null, span };
  }
  if (PLAN_PERIOD.test(text)) return spanTime(planSpan(text)!, reportYear);
  if (THIS_YEAR.test(text)) return yearTime(reportYear, reportYear);
  if (LAST_YEAR.test(text)) return yearTime(reportYear - 1, reportYear);
  const year = OPENING_YEAR.exec(text)?.[1];
  return year === undefined ? null : yearTime(Number(year), reportYear);
}

/** A section title that names its time ("关于“十五五”时期发展的主要目标"), or null. */
function sectionTitleTime(title: string | null, reportYear: number): PassageTime | null {
  if (title === null) return null;
  const span = TITLE_PLAN_PERIOD.test(title) ? planSpan(title) : null;
  if (span !== null) return spanTime(span, reportYear);
  const year = titleYear(title);
  return year === null ? null : yearTime(year, reportYear);
}

/** The part's own time: a review's results, a plan's targets, of its year or span. */
export function partTime(part: Part): PassageTime {
  const role = part.kind === 'review' ? 'result' : part.kind === 'plan' ? 'target' : null;
  if (role === null) return NO_TIME;
  return { role, year: part.span === null ? part.year : null, span: part.span };
}

/** The time a section's title or five-year passage (found by periods.ts) names, or null. */
function sectionOwnTime(section: Section, reportYear: number | null): PassageTime | null {
  const titled = reportYear === null ? null : sectionTitleTime(section.title, reportYear);
  if (titled !== null || section.span === null) return titled;
  return (reportYear === null ? null : spanTime(section.span, reportYear)) ?? { role: 'result', year: null, span: section.span };
}

// Sentences end at 。！？；; a stretch starts after the mark.
const SENTENCE_END = /[。！？；!?]/gu;

/**
 * The timed stretches of every paragraph of the report's review and plan parts, by paragraph
 * id. Only parts that report or promise are read: an appendix, the preamble and a part of no
 * known kind stay without time, whatever their sentences say.
 */
export function passageTimes(report: Report): Map<string, TimedStretch[]> {
  const times = new Map<string, TimedStretch[]>();
  const reportYear = report.year;
  for (const part of report.parts) {
    const reads = part.kind === 'review' || part.kind === 'plan';
    const own = partTime(part);
    // What the part's words last named goes on into its next section ("一年来，我们主要做了以下工作："
    // before （一）…), unless that section's title or five-year passage names its own time.
    let carried: PassageTime | null = null;
    for (const section of part.sections) {
      let time: PassageTime = !reads ? own : (sectionOwnTime(section, reportYear) ?? carried ?? own);
      for (const paragraph of section.topics.flatMap((topic) => topic.paragraphs)) {
        const stretches: TimedStretch[] = [{ from: 0, time }];
        if (reads && reportYear !== null) {
          for (const [from, to] of sentencesOf(paragraph.text)) {
            const named = openingTime(paragraph.text.slice(from), reportYear);
            if (named === null) continue;
            if (named.span !== null || named.role === own.role) {
              // Five years named, or the part's own kind of year ("刚刚过去的2022年…" in a
              // review), open a passage that goes on.
              time = named;
              stretches.push({ from, time });
            } else {
              // "去年…" in a plan, "今年…" in a review: a look aside for that sentence only.
              stretches.push({ from, time: named }, { from: to, time });
            }
          }
        }
        times.set(paragraph.id, stretches);
        carried = time;
      }
    }
  }
  return times;
}

/** Each sentence of a text as [start, end); "各位代表！" joins the sentence after it. */
function sentencesOf(text: string): Array<[number, number]> {
  const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index + 1).filter((end) => end < text.length && !/^各位代表[！!]$/u.test(text.slice(0, end)));
  const starts = [0, ...ends];
  return starts.map((start, index) => [start, ends[index] ?? text.length]);
}

/** The time of the text at `offset` of a paragraph: the last stretch that begins at or before it. */
export function timeAt(stretches: TimedStretch[], offset: number): PassageTime {
  return stretches.findLast((stretch) => stretch.from <= offset)?.time ?? NO_TIME;
}
