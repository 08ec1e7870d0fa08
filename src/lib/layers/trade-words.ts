/** The words of the trade (content/trade-words.yaml), as checked and written by scripts/content. */
import type { TradeWord } from '../../../scripts/content/layers/trade-words.ts';
import tradeWordsJson from '../../generated/trade-words.json';

export type { TradeWord };

export const tradeWords = tradeWordsJson as unknown as TradeWord[];
