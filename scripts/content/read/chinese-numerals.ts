const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses the small Chinese numerals used to number headings: 一 … 九十九. Returns null otherwise. */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  if (text === '十') return 10;
  const tenAt = text.indexOf('十');
  if (tenAt === -1) return text.length === 1 && text in DIGITS ? DIGITS[text]! : null;
  const tens = tenAt === 0 ? 1 : text.length >= 2 && text[0]! in DIGITS ? DIGITS[text[0]!]! : null;
  const rest = text.slice(tenAt + 1);
  const ones = rest === '' ? 0 : rest.length === 1 && rest in DIGITS ? DIGITS[rest]! : null;
  if (tens === null || ones === null || tenAt > 1) return null;
  return tens * 10 + ones;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十: for showing inferred heading markers. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`cannot write ${n} as a heading numeral`);
  if (n < 10) return NUMERALS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
}
