import type { Part, Section, YearSpan } from '../shared/model.ts';

/**
 * Which years each part of a report speaks of, and so whether its figures are results or
 * targets. Decided from the year, not from keywords: a report given in 2026 reviews 2025 and
 * plans 2026, whatever the titles say ("三、2026年重点工作", "三、关于2026年工作", or a title
 * with no year at all, whose first words say "今年" or "2026年是…"). Parts about a five-year
 * plan (十四五 2021–2025, 十五五 2026–2030) are neither: they record their span.
 */

const FIVE_YEAR_PLANS: Record<string, number> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026, 十六五: 2031 };
const PLAN_NAME = new RegExp(`(${Object.keys(FIVE_YEAR_PLANS).join('|')})`, 'u');
const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** The year a title names: "2025年…" or "二〇二五年…"; null when it names none. */
export function titleYear(title: string): number | null {
  const arabic = /((?:19|20)\d\d)年/u.exec(title);
  if (arabic) return Number(arabic[1]);
  const chinese = /([〇零一二三四五六七八九]{4})年/u.exec(title);
  return chinese ? Number([...chinese[1]!].map((c) => CHINESE_DIGITS[c]).join('')) : null;
}

/** The span of the five-year plan a text names first ("“十五五”时期…" → 2026–2030), or null. */
export function planSpan(text: string): YearSpan | null {
  const name = PLAN_NAME.exec(text)?.[1];
  if (!name) return null;
  const from = FIVE_YEAR_PLANS[name]!;
  return { from, to: from + 4 };
}

/** The five years that end with a year: "五年来" in the review of 2022 (a 2023 report, a new term) is 2018–2022, not the 十四五. */
function fiveYearsTo(year: number): YearSpan {
  return { from: year - 4, to: year };
}

const firstText = (section: Section | undefined): string => {
  const [first, second] = section?.topics.flatMap((topic) => topic.paragraphs) ?? [];
  // "各位代表！" may stand alone on its line: what it says comes in the next paragraph.
  return first && /^各位代表[！!，,：:]?$/u.test(first.text) ? `${first.text}${second?.text ?? ''}` : (first?.text ?? '');
};

/** Sets kind, year and span of each part, and the span of each passage about a five-year plan. */
export function classifyParts(parts: Part[], reportYear: number | null): void {
  for (const part of parts) {
    if (part.kind === 'preamble' || part.kind === 'appendix') continue;
    Object.assign(part, classifyPart(part.title, firstText(part.sections[0]).slice(0, 80), reportYear));
  }
  // A part without a title (its heading was on an earlier page) before a plan is that plan's review.
  parts.forEach((part, index) => {
    const next = parts[index + 1];
    if (part.title === null && part.kind !== 'preamble' && part.kind !== 'appendix' && next?.kind === 'plan') {
      part.kind = 'review';
      part.year = next.year === null ? null : next.year - 1;
    }
    const previous = parts[index - 1];
    if (part.kind === 'plan' && part.year === null && part.span === null && previous?.kind === 'review' && previous.year !== null) part.year = previous.year + 1;
    if (part.kind === 'review' && part.year === null && part.span === null && next?.kind === 'plan' && next.year !== null) part.year = next.year - 1;
  });
  for (const part of parts) {
    if (part.kind !== 'review' || part.year === null) continue;
    for (const section of part.sections) {
      if (section.kind !== 'closing') continue;
      // "各位代表！经过五年接续奋斗，我省“十四五”顺利收官": the review turns to the five years.
      const text = firstText(section);
      if (PLAN_NAME.test(text) || /五年来|这五年|过去五年|五年接续奋斗/u.test(text)) section.span = planSpan(text) ?? fiveYearsTo(part.year);
    }
  }
}

function classifyPart(title: string | null, first: string, reportYear: number | null): Pick<Part, 'kind' | 'year' | 'span'> {
  if (title === null) return { kind: 'other', year: null, span: null };
  const year = titleYear(title);
  if (year !== null) {
    if (reportYear !== null) return { kind: year < reportYear ? 'review' : 'plan', year, span: null };
    return { kind: keywordKind(title), year, span: null };
  }
  // No year in the title: its first words say which year it speaks of.
  if (reportYear !== null && (/^(?:各位代表[！!，,])?今年/u.test(first) || first.startsWith(`${reportYear}年`))) return { kind: 'plan', year: reportYear, span: null };
  const span = planSpan(title) ?? (/^“?十.五”?(?:时期|发展)/u.test(first) ? planSpan(first) : null) ?? termSpan(title, reportYear);
  if (span !== null) return { kind: reportYear === null || span.from >= reportYear ? 'plan' : 'review', year: null, span };
  if (reportYear !== null && (first.includes(`${reportYear - 1}年`) || /过去一年|过去的一年|一年来|去年/u.test(first))) return { kind: 'review', year: reportYear - 1, span: null };
  return { kind: keywordKind(title), year: null, span: null };
}

/**
 * "过去五年工作回顾", "今后五年政府工作总体安排": a report of a new term (2023, 2028) looks back
 * on the term ended and ahead to the one begun, five years that need not be a five-year plan's.
 */
function termSpan(title: string, reportYear: number | null): YearSpan | null {
  if (reportYear === null) return null;
  if (/过去五年|五年来/u.test(title)) return { from: reportYear - 5, to: reportYear - 1 };
  if (/今后五年|未来五年/u.test(title)) return { from: reportYear, to: reportYear + 4 };
  return null;
}

/** Without any year to go by, the title's words: 回顾 reviews, 安排/任务 plans. */
function keywordKind(title: string): Part['kind'] {
  return /回顾|过去|成绩/u.test(title) ? 'review' : /安排|任务|目标|打算/u.test(title) ? 'plan' : 'other';
}
