import { PREFIX_QUALIFIERS } from './extract/figures.ts';
import type { Figure, PlaceMention } from './model.ts';

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
 */
export interface FigureMeasure {
  figure: string;
  /** The measure in the report's words, e.g. 产业集群营收, 营收, 城镇调查失业率. */
  measure: string;
  subject: { kind: 'place' | 'cluster'; id: string } | null;
}

const OPENINGS = ['力争', '确保', '推动', '支持', '促进', '实现', '争取', '争创', '完成', '其中', '主要预期目标是：', '抓好', '推进', '打造', '创建', '吸引', '实施', '并'];
const JOINS = [...PREFIX_QUALIFIERS, '控制在', '稳定在', '保持在', '分别达', '分别', '有望', '均', '在', '的', '为'];
const CHANGES = ['增长', '下降', '增加', '减少', '前移', '前进', '提高', '占'];
/** Units that measure (yuan, mu, %): the noun after such a figure is what it is a threshold of, not its measure. */
const MEASURING_UNITS = new Set(['元', '%', '‰', '亩', '公里', '平方公里', '公顷', '斤', '吨', '微克/立方米', '个百分点', '平方米', '立方米', '千瓦', '万千瓦', '千瓦时', '兆瓦']);
/** Nouns too generic to be a measure alone: read with the previous figure's measure. */
const GENERIC = ['项目', '企业'];
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
  let previousEnd = 0;
  figures.forEach((figure, i) => {
    const at = figure.start - clause.start;
    const end = figure.end - clause.start + (figure.qualifier && text.startsWith(figure.qualifier, figure.end - clause.start) ? figure.qualifier.length : 0);
    // The place named nearest before the figure; of two ending together (龙南经开区, 龙南) the longer.
    const place = named.filter((m) => m.end - clause.start <= at).sort((a, b) => a.end - b.end || a.start - b.start)[0 + Math.max(0, named.filter((m) => m.end - clause.start <= at).length - 1)] ?? null;
    const shared = /分别达?$/u.test(text.slice(0, at));
    const separator = shared ? 0 : (cuts.filter((c) => c < at).at(-1) ?? -1) + 1;
    const from = Math.max(previousEnd, separator, place === null ? 0 : place.end - clause.start);
    const nextFigure = figures[i + 1] ? figures[i + 1]!.start - clause.start : text.length;
    const until = Math.min(nextFigure, cuts.find((c) => c >= end) ?? text.length);
    const before = trim(text.slice(from, at));
    const after = trim(text.slice(end, until));
    const previous = measures.at(-1) ?? null;
    let measure: string;
    if (before === '') measure = after !== '' ? after : (previous?.measure ?? '');
    else if (previous && CHANGES.some((word) => before.startsWith(word))) measure = `${previous.measure}${before}`;
    else if (previous && GENERIC.includes(before) && after === '') measure = previous.measure;
    else measure = MEASURING_UNITS.has(figure.unit) ? before : `${before}${after}`;
    measures.push({
      figure: figure.id,
      measure,
      subject: place !== null ? { kind: 'place', id: place.place } : cluster !== null ? { kind: 'cluster', id: cluster } : null,
    });
    previousEnd = end;
  });
  return measures;
}
