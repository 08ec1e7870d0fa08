import type { ClauseSpan } from './clauses.ts';
import type { Commitment, Paragraph } from '../shared/model.ts';

/**
 * Which clauses are reforms (改革), by one rule:
 * - the clause names a reform: 改革, or the report's short forms of one (普惠金改, 宅改);
 * - in the review, a sentence that opens by summing up reforms ("重点领域改革蹄疾步稳，…") lists
 *   them to its end: "赣州经开区落地全省首单知识产权证券化项目" is one of them, though it does not say 改革;
 * - in the plan, a topic whose lead sentence is a reform ("深化重点领域改革") is about reforms throughout.
 * A plan sentence that opens with a reform does not make the rest reforms: the plan strings unrelated
 * actions together ("全面深化产业工人队伍建设改革，扎实做好妇女儿童工作").
 */
export const REFORM_WORDS = ['改革', '金改', '宅改'];

const namesReform = (text: string): boolean => REFORM_WORDS.some((word) => text.includes(word));

export function reformClauses(paragraph: Paragraph, clauses: ClauseSpan[], role: Commitment['role']): Set<number> {
  const reforms = new Set<number>();
  const leadIsReform = paragraph.lead !== null && namesReform(paragraph.lead);
  for (const clause of clauses) {
    const opening = clauses.find((c) => c.sentence === clause.sentence && !c.lead);
    if (namesReform(clause.text) || (leadIsReform && !clause.lead) || (role === 'result' && !clause.lead && opening !== undefined && namesReform(opening.text))) {
      reforms.add(clause.index);
    }
  }
  return reforms;
}
