import { PREFIX_QUALIFIERS } from './figures.ts';
import type { Figure, PlaceMention } from '../shared/model.ts';

/**
 * What each figure of a clause measures, and for whom: the report's own words around the figure,
 * cut back to the measure, with the subject the clause gives it (the place named nearest before it,
 * else the cluster its sentence is about).
 *
 * Words before the figure count from the nearest of: the clause start, the previous figure, a
 * place named before it, a 、 or ， outside brackets ("分别达" keeps the whole list: the figures
 * share one measure). Causative openings (力争, 推动…) and the words joining measure and number
 * (达, 突破, 控制在…) are dropped ("力争产业集群营收达2800亿元" → 产业集群营收). Where the words
 * before say only what is done (推进, 创建) the noun after the number names the measure
 * ("推进915个行政村" → 行政村); after a count (个, 项, 家…) it completes it ("开工…等312个项目"). A measure that only says how the previous one changed is read with
 * it ("冬播油菜42万亩，增长37%" → 冬播油菜增长).
 *
 * So that no note says only "项目" or "新（续）建":
 * - an amount of yuan (or households) written straight before a noun is a threshold of that noun, not
 *   a quantity: its measure is the phrase with … for the figure ("引进投资超…项目"), and the count
 *   after it counts the whole phrase ("引进投资超2000万元项目");
 * - a count written straight before another figure shares its noun ("新（续）建9条81.6公里快速路" →
 *   新（续）建快速路 for both);
 * - a total (总量, 总投资) is the total of the previous measure's thing ("新增贷款…、总量…" → 贷款总量);
 * - a rank is a ranking ("赣州跃居…百强榜第58位、前移4位" → 赣州在…百强榜排名, …排名前移);
 * - a share written before its condition is the share meeting it ("90%村集体经营性收入达20万元" →
 *   村集体经营性收入达20万元的比例).
 */
export interface FigureMeasure {
  figure: string;
  /** The measure in the report's words, e.g. 产业集群营收, 营收, 城镇调查失业率. */
  measure: string;
  subject: { kind: 'place' | 'cluster'; id: string } | null;
}

const OPENINGS = ['力争', '确保', '推动', '支持', '促进', '实现', '争取', '争创', '完成', '其中', '主要预期目标是：', '抓好', '推进', '打造', '创建', '吸引', '实施', '并'];
const JOINS = [...PREFIX_QUALIFIERS, '控制在', '稳定在', '保持在', '分别达', '分别', '有望', '均', '各', '在', '的', '为'];
const CHANGES = ['增长', '下降', '增加', '减少', '前移', '前进', '提高', '占'];
/** Units that measure (yuan, mu, %): the noun after such a figure is what it is a threshold of, not its measure. */
const MEASURING_UNITS = new Set(['元', '%', '‰', '亩', '公里', '平方公里', '公顷', '斤', '吨', '微克/立方米', '个百分点', '平方米', '立方米', '千瓦', '万千瓦', '千瓦时', '兆瓦']);
/** Nouns too generic to be a measure alone: read with the previous figure's measure. */
const GENERIC = ['项目', '企业'];
/** Totals that are totals of the previous measure's thing (新增贷款…、总量…). */
const TOTALS = ['总量', '总额', '总投资', '总数'];
/** Units of an amount that, written straight before a noun, is a threshold of it (超2000万元项目, 25户以上自然村). */
const THRESHOLD_UNITS = new Set(['元', '户']);
/** Verbs that open a measure and are not part of the thing counted (新增贷款 → 贷款总量). */
const VERBS = /^(?:新增|新建|新|完成)/u;
/** A rank's verb before the list it ranks in (赣州跃居…榜, 赣南茶油上榜…榜). */
const RANK_VERBS = /(跃居|上榜|位居|居)/u;
const SEPARATORS = new Set(['、', '，', '：']);
const OPEN = new Set(['（', '(', '“', '《']);
const CLOSE = new Set(['）', ')', '”', '》']);

/** Offsets of the separators of a text that stand outside brackets and quotation marks. */
function separators(text: string): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (OPEN.has(char)) depth++;
    else if (CLOSE.has(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATORS.has(char)) found.push(i);
  }
  return found;
}

function trim(words: string): string {
  let text = words;
  for (let changed = true; changed; ) {
    changed = false;
    for (const opening of OPENINGS) {
      if (text.startsWith(opening)) {
        text = text.slice(opening.length);
        changed = true;
      }
    }
    for (const join of JOINS) {
      if (text.endsWith(join) && text.length > join.length) {
        text = text.slice(0, -join.length);
        changed = true;
      }
    }
  }
  return text;
}

export function measuresOf(clause: { text: string; start: number }, figures: Figure[], named: PlaceMention[], cluster: string | null): FigureMeasure[] {
  const { text } = clause;
  const cuts = separators(text);
  const measures: FigureMeasure[] = [];
  // Offsets in the clause: a figure's start with a qualifier printed before it (超2000万元), its end with one after (300家以上).
  const startOf = (figure: Figure): number => {
    const at = figure.start - clause.start;
    return figure.qualifier && PREFIX_QUALIFIERS.includes(figure.qualifier) && text.slice(0, at).endsWith(figure.qualifier) ? at - figure.qualifier.length : at;
  };
  const endOf = (figure: Figure): number =>
    figure.end - clause.start + (figure.qualifier && text.startsWith(figure.qualifier, figure.end - clause.start) ? figure.qualifier.length : 0);
  /** The words after a figure up to the next figure or separator. */
  const wordsAfter = (i: number): string => {
    const end = endOf(figures[i]!);
    const nextFigure = figures[i + 1] ? figures[i + 1]!.start - clause.start : text.length;
    return trim(text.slice(end, Math.min(nextFigure, cuts.find((c) => c >= end) ?? text.length)));
  };
  // Threshold figures: the words before them, kept for the count that follows.
  const thresholds = new Map<number, string>();
  let previousEnd = 0;
  let sharedNoun: string | null = null;
  figures.forEach((figure, i) => {
    const at = figure.start - clause.start;
    const end = endOf(figure);
    // The place named nearest before the figure; of two ending together (龙南经开区, 龙南) the longer.
    const place = named.filter((m) => m.end - clause.start <= at).sort((a, b) => a.end - b.end || a.start - b.start)[0 + Math.max(0, named.filter((m) => m.end - clause.start <= at).length - 1)] ?? null;
    const shared = /分别达?$/u.test(text.slice(0, at));
    const separator = shared ? 0 : (cuts.filter((c) => c < at).at(-1) ?? -1) + 1;
    const from = Math.max(previousEnd, separator, place === null ? 0 : place.end - clause.start);
    const next = figures[i + 1] ?? null;
    const adjacent = next !== null && next.start - clause.start === end;
    const before = trim(text.slice(from, at));
    const after = wordsAfter(i);
    const previous = measures.at(-1) ?? null;
    const threshold = i > 0 && from === previousEnd ? thresholds.get(i - 1) : undefined;
    let measure: string;
    if (THRESHOLD_UNITS.has(figure.unit) && after !== '' && (next === null || !cuts.some((c) => c >= end && c < next.start - clause.start))) {
      // 引进投资超2000万元项目400个: the amount is a threshold of the projects counted next.
      const base = before !== '' ? before : ([...thresholds.values()].at(-1) ?? '');
      const printed = text.slice(startOf(figure), end);
      const thing = CHANGES.reduce((words, change) => (words.includes(change) ? words.slice(0, words.indexOf(change)) : words), after);
      measure = `${base}${printed.replace(figure.text, '…')}${thing}`;
      thresholds.set(i, base);
    } else if (threshold !== undefined) {
      const previousFigure = figures[i - 1]!;
      measure = `${threshold}${text.slice(startOf(previousFigure), at)}`;
    } else if (sharedNoun !== null && from === previousEnd && before === '') measure = sharedNoun;
    else if (adjacent && figure.kind !== 'percentage' && !MEASURING_UNITS.has(figure.unit)) {
      // 新（续）建9条81.6公里快速路: the count and the length share the noun after the length.
      measure = `${before}${wordsAfter(i + 1)}`;
      sharedNoun = measure;
    } else if (before === '' && figure.kind === 'percentage' && next !== null && after !== '' && !cuts.some((c) => c >= end && c < next.start - clause.start)) {
      // 力争90%村集体经营性收入达20万元: the share of those meeting the condition.
      measure = `${text.slice(end, endOf(next))}的比例`;
    } else if (before === '') measure = after !== '' ? after : (previous?.measure ?? '');
    else if (previous && CHANGES.some((word) => before.startsWith(word))) measure = `${previous.measure}${before}`;
    else if (previous && TOTALS.includes(before)) measure = `${previous.measure.replace(VERBS, '')}${before}`;
    else if (previous && GENERIC.includes(before) && after === '') measure = previous.measure;
    else measure = MEASURING_UNITS.has(figure.unit) ? before : `${before}${after}`;
    if (!adjacent && measure !== sharedNoun) sharedNoun = null;
    if (figure.kind === 'rank' && RANK_VERBS.test(measure)) measure = `${measure.replace(RANK_VERBS, '在')}排名`;
    measures.push({
      figure: figure.id,
      measure,
      subject: place !== null ? { kind: 'place', id: place.place } : cluster !== null ? { kind: 'cluster', id: cluster } : null,
    });
    previousEnd = end;
  });
  return measures;
}
