/**
 * The stage a clause announces, from the words the report uses for it. One stage per clause: the
 * most specific word wins (前期 over 推进, 投产 over 加快: "加快…等项目投产" is a completion), and
 * 力争/确保 win over 推进/加快, which the report also uses inside names ("衔接推进乡村振兴补助资金").
 * Words inside “…” are names of reforms ("拿地即开工、竣工即投产"), not stages; 建成区 is the
 * built-up area, not a completion.
 */
export const STAGES = ['preparation', 'complete', 'start', 'strive', 'ensure', 'continue'] as const;
export type Stage = (typeof STAGES)[number];

/** In order of precedence; within a stage, longer words first so 新开工 wins over 开工. */
export const STAGE_WORDS: ReadonlyArray<readonly [Stage, readonly string[]]> = [
  ['preparation', ['前期工作', '前期']],
  ['complete', ['竣工投产', '建成投产', '建成投用', '建成开馆', '建成运营', '全线贯通', '建成', '竣工', '投产', '投用', '完成', '开馆', '开学', '贯通']],
  ['start', ['新开工', '开工', '启动', '全面启动']],
  ['strive', ['力争', '争取', '争创']],
  ['ensure', ['确保']],
  ['continue', ['续建', '加快', '加速', '推进']],
];

const NOT_A_STAGE = ['建成区'];

export interface StageMention {
  stage: Stage;
  /** The word as printed. */
  text: string;
  start: number;
}

function maskQuoted(text: string): string {
  let masked = text.replace(/“[^”]*”|《[^》]*》/gu, (quoted) => '□'.repeat(quoted.length));
  for (const word of NOT_A_STAGE) masked = masked.replaceAll(word, '□'.repeat(word.length));
  return masked;
}

export function stageOf(text: string): StageMention | null {
  const masked = maskQuoted(text);
  for (const [stage, words] of STAGE_WORDS) {
    let best: StageMention | null = null;
    for (const word of words) {
      const at = masked.indexOf(word);
      if (at !== -1 && (best === null || at < best.start || (at === best.start && word.length > best.text.length))) best = { stage, text: word, start: at };
    }
    if (best) return best;
  }
  return null;
}
