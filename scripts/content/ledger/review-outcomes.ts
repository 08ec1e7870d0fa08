/**
 * What a report's review says of each standard indicator in the year it reviews: "全省生产总值增长5.4%",
 * "地区生产总值完成86亿元，增长6%", "城镇、农村居民人均可支配收入分别增长6%和7%". Each figure of the
 * review is given the indicator its sentence names last before it, in its own clause or, when its
 * clause says only how it grew (，增长6%), in the clause before.
 */
import type { Figure, Report } from '../shared/model.ts';
import { nameIndicator, type Indicator } from '../extract/indicators.ts';
import { namesOfRespectively } from '../extract/main-targets.ts';

export interface ReviewOutcome {
  indicator: string;
  figure: Figure;
  /** growth: a rate of growth on the year before ("增长5.4%"); level: anything else (an amount, a rate such as 失业率5.2%). */
  kind: 'growth' | 'level';
  /** The words of the review that report it, as printed: from its indicator's name to the end of its figure's clause. */
  asReported: string;
  paragraph: string;
  /** The review paragraph's line in the file. */
  line: number;
}

const SENTENCE_ENDS = ['。', '；', '！', ';'];
const CLAUSE_ENDS = [...SENTENCE_ENDS, '，', '：', ','];
/** A clause that says only how the indicator named before it grew: ，增长6% / ，同比增长6%以上. */
const BARE_GROWTH = /^(?:同比|比上年|较上年|年均)?(?:增长|增速|增幅)(?:达到|达|为)?$/u;
const GROWTH = /(?:增长|增速|增幅)(?:达到|达|为)?$/u;

const lastOf = (text: string, marks: string[], before: number) => Math.max(...marks.map((mark) => text.lastIndexOf(mark, before - 1)));
const nextOf = (text: string, marks: string[], after: number) => {
  const found = marks.map((mark) => text.indexOf(mark, after)).filter((index) => index !== -1);
  return found.length > 0 ? Math.min(...found) : text.length;
};

/** The dictionary names in `text` in reading order (by where each ends); a name inside a longer one is left out. */
function namesIn(text: string, indicators: Indicator[]): Array<{ name: string; end: number }> {
  const found: Array<{ name: string; start: number; end: number }> = [];
  for (const indicator of indicators) {
    for (const name of indicator.names) {
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) found.push({ name, start: at, end: at + name.length });
    }
  }
  return found
    .filter((one) => !found.some((other) => other !== one && other.start <= one.start && other.end >= one.end && other.name.length > one.name.length))
    .sort((a, b) => a.end - b.end);
}

/** Every outcome the review of `year` reports for an indicator of the dictionary, in reading order. */
export function reviewOutcomes(report: Report, figures: Figure[], indicators: Indicator[], year: number): ReviewOutcome[] {
  const outcomes: ReviewOutcome[] = [];
  for (const part of report.parts.filter((candidate) => candidate.kind === 'review' && candidate.year === year)) {
    for (const section of part.sections.filter((candidate) => candidate.span === null)) {
      for (const paragraph of section.topics.flatMap((topic) => topic.paragraphs)) {
        const own = figures.filter((figure) => figure.paragraph === paragraph.id && figure.role === 'result' && figure.period === year);
        for (const figure of own) {
          const found = outcomeOf(paragraph.text, figure, own, indicators);
          if (found) outcomes.push({ ...found, figure, paragraph: paragraph.id, line: paragraph.line });
        }
      }
    }
  }
  return outcomes;
}

function outcomeOf(text: string, figure: Figure, figures: Figure[], indicators: Indicator[]): Pick<ReviewOutcome, 'indicator' | 'kind' | 'asReported'> | null {
  const sentence = lastOf(text, SENTENCE_ENDS, figure.start) + 1;
  const clause = lastOf(text, CLAUSE_ENDS, figure.start) + 1;
  const end = nextOf(text, CLAUSE_ENDS, figure.end);
  const before = text.slice(sentence, figure.start);
  const respectively = before.lastIndexOf('分别');
  if (respectively !== -1 && sentence + respectively >= clause) {
    // 城镇、农村居民人均可支配收入分别增长6%和7%: the n-th figure after 分别 is the n-th name before it.
    const listed = figures.filter((other) => other.start > sentence + respectively && other.end <= end);
    const names = namesOfRespectively(text.slice(clause, sentence + respectively), listed.length);
    const index = listed.indexOf(figure);
    if (names === null || index === -1) return null;
    const indicator = nameIndicator(names[index]!, indicators, names[index]!);
    if (indicator.id === null) return null;
    const words = text.slice(clause, listed[0]!.start);
    return { indicator: indicator.id, kind: figure.unit === '%' && GROWTH.test(words) ? 'growth' : 'level', asReported: text.slice(clause, end) };
  }
  const named = namesIn(before, indicators).at(-1);
  if (named === undefined) return null;
  const nameEnd = sentence + named.end;
  const ownClause = text.slice(clause, figure.start);
  // The name is in the figure's own clause, or the clause says only how the thing named before grew.
  if (nameEnd <= clause && !BARE_GROWTH.test(ownClause)) return null;
  const between = text.slice(nameEnd, figure.start);
  // Another figure between the name and this one measures something of its own (完成86亿元，增长6% goes on).
  const words = nameEnd <= clause ? ownClause : between;
  if (nameEnd > clause && /[0-9０-９]/u.test(between)) return null;
  const indicator = nameIndicator(named.name, indicators, named.name);
  const nameStart = sentence + named.end - named.name.length;
  // The words start with the scope the review gives the name (全区地区生产总值…), where it gives one.
  const scope = /全[省市县区]$/u.test(text.slice(Math.max(sentence, nameStart - 2), nameStart)) ? 2 : 0;
  return {
    indicator: indicator.id!,
    kind: figure.unit === '%' && GROWTH.test(words) ? 'growth' : 'level',
    asReported: text.slice(nameStart - scope, end),
  };
}
