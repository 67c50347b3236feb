import { DuibiaoError, show } from "../_internal/errors.js";
import { createPeriod, isPeriod, type Period } from "./period.js";

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// Numbers: ASCII digits (full-width ones are folded by NFKC) or Chinese numerals up to 十二.
const NUM = "(\\d{1,2}|十[一二]?|[一二两三四五六七八九])";
// Range dashes seen in Chinese statistical tables: em dash, en dash, hyphen, wave dash, 至, 到.
const DASH = "\\s*(?:—{1,2}|–|-|~|～|〜|至|到)\\s*";
const Y = "(\\d{4})\\s*";

// Built on first use, so that importing the library (or one function of it) costs nothing.
let PATTERNS: readonly [RegExp, (m: RegExpExecArray) => Period][] | undefined;
const patterns = (): readonly [RegExp, (m: RegExpExecArray) => Period][] => (PATTERNS ??= [
  [/^(\d{4})$/, (m) => createPeriod("year", +m[1])],
  [new RegExp(`^${Y}年(?:度|全年)?$`), (m) => createPeriod("year", +m[1])],
  [/^(\d{4})\s*-?\s*H([12])$/i, (m) => createPeriod("half", +m[1], +m[2])],
  [new RegExp(`^${Y}年\\s*([上下])半年$`), (m) => createPeriod("half", +m[1], m[2] === "上" ? 1 : 2)],
  [/^(\d{4})\s*-?\s*Q([1-4])$/i, (m) => createPeriod("quarter", +m[1], +m[2])],
  [new RegExp(`^${Y}年\\s*第?${NUM}季度$`), (m) => createPeriod("quarter", +m[1], num(m[2]))],
  [new RegExp(`^${Y}年\\s*前${NUM}季度$`), (m) => createPeriod("ytd", +m[1], 3 * num(m[2]))],
  [/^(\d{4})\s*[-./]\s*(\d{1,2})$/, (m) => createPeriod("month", +m[1], +m[2])],
  [new RegExp(`^${Y}年\\s*${NUM}月份?$`), (m) => createPeriod("month", +m[1], num(m[2]))],
  [new RegExp(`^${Y}年\\s*${NUM}月份?\\s*[(（]?累计[)）]?$`), (m) => createPeriod("ytd", +m[1], num(m[2]))],
  [/^(\d{4})\s*-\s*(\d{1,2})\s*\/\s*(?:(\d{4})\s*-\s*)?(\d{1,2})$/, (m) => ytd(+m[1], +m[2], +m[4], m[3])],
  [new RegExp(`^${Y}年\\s*${NUM}(?:月份?)?${DASH}${NUM}月份?(?:累计)?$`), (m) => ytd(+m[1], num(m[2]), num(m[3]))],
  [/^H([12])\s+(\d{4})$/i, (m) => createPeriod("half", +m[2], +m[1])],
  [/^Q([1-4])\s+(\d{4})$/i, (m) => createPeriod("quarter", +m[2], +m[1])],
  [/^([a-z]{3})[a-z]*\.?\s+(\d{4})$/i, (m) => createPeriod("month", +m[2], enMonth(m[1]))],
  [/^([a-z]{3})[a-z]*\.?\s*[–-]\s*([a-z]{3})[a-z]*\.?\s+(\d{4})$/i, (m) => ytd(+m[3], enMonth(m[1]), enMonth(m[2]))],
  [/^([a-z]{3})[a-z]*\.?\s+(\d{4})\s+YTD$/i, (m) => createPeriod("ytd", +m[2], enMonth(m[1]))],
]);

const cache = new Map<string, Period>();

/**
 * Parses a period written the ISO-like way or the way Chinese statistical releases write it.
 *
 * Accepted forms (full-width digits and punctuation are folded first):
 * - year: `2018`, `2018年`, `2018年度`, `2018年全年`
 * - half: `2018-H1`, `2018H2`, `2018年上半年`, `2018年下半年`, `H1 2018`
 * - quarter: `2018-Q3`, `2018年第三季度`, `2018年三季度`, `2018年第3季度`, `Q3 2018`
 * - month: `2018-07`, `2018.7`, `2018年7月`, `2018年7月份`, `Jul 2018`
 * - year-to-date: `2018-01/07`, `2018-01/2018-07`, `2018年1—7月`, `2018年1-7月份`, `2018年1至7月`,
 *   `2018年前三季度` (= 1—9月), `2018年1月累计`, `Jan–Jul 2018`. A range must start in January:
 *   anything else is not a year-to-date figure and is rejected.
 *
 * Results are cached per string and interned, so parsing is cheap when repeated.
 *
 * @param input - the text (a {@link Period} is returned as is)
 * @returns the interned {@link Period}
 * @throws {DuibiaoError} `E_PERIOD_PARSE` when the text is not a period; the message lists the accepted forms
 * @category Periods
 * @example
 * parsePeriod("2018年1—7月").end // => 7
 * parsePeriod("2018年1-7月份") === parsePeriod("2018-01/07") // => true
 * parsePeriod("2018年第三季度").kind // => "quarter"
 * parsePeriod("２０１８年上半年").end // => 6
 */
export function parsePeriod(input: string | Period): Period {
  if (typeof input !== "string") {
    if (isPeriod(input)) return input;
    throw failure(input, "expected a string");
  }
  let p = cache.get(input);
  if (p !== undefined) return p;
  const text = input
    .normalize("NFKC")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/ ?([\u3000-\u9fff—–~]) ?/g, "$1"); // "2018 年 7 月" → "2018年7月"
  for (const [re, make] of patterns()) {
    const m = re.exec(text);
    if (m) {
      try {
        p = make(m);
      } catch (e) {
        throw failure(input, e instanceof Error ? e.message.replace(/^\w+: /, "") : String(e));
      }
      if (cache.size > 100_000) cache.clear();
      cache.set(input, p);
      return p;
    }
  }
  throw failure(input);
}

/**
 * Like {@link parsePeriod} but returns `undefined` instead of throwing.
 *
 * @category Periods
 * @example
 * tryParsePeriod("2018年7月")?.kind // => "month"
 * tryParsePeriod("July-ish") // => undefined
 */
export function tryParsePeriod(input: string | Period): Period | undefined {
  try {
    return parsePeriod(input);
  } catch {
    return undefined;
  }
}

function num(s: string): number {
  if (/^\d+$/.test(s)) return +s;
  if (s.length === 1) return CN_DIGITS[s];
  return 10 + (CN_DIGITS[s[1]] ?? 0); // 十一, 十二
}

function enMonth(s: string): number {
  const i = EN_MONTHS.indexOf(s.slice(0, 3).toLowerCase());
  if (i < 0) throw new RangeError(`parsePeriod: unknown month name ${JSON.stringify(s)}`);
  return i + 1;
}

function ytd(year: number, from: number, to: number, year2?: string): Period {
  if (year2 !== undefined && +year2 !== year) throw new RangeError(`parsePeriod: a year-to-date range must lie within one year`);
  if (from !== 1) {
    throw new RangeError(
      `parsePeriod: a range must start in January to be a year-to-date (累计) period; got months ${from}–${to}` +
        ` (write a quarter or half as 2018-Q3 / 2018年第三季度 instead)`,
    );
  }
  if (to < 1 || to > 12) throw new RangeError(`parsePeriod: month must be 1–12; got ${to}`);
  return createPeriod("ytd", year, to);
}

function failure(input: unknown, reason?: string): DuibiaoError {
  return new DuibiaoError({
    code: "E_PERIOD_PARSE",
    value: input,
    message:
      `cannot read ${show(input)} as a period${reason ? ` (${reason})` : ""}. ` +
      `Write it like 2018, 2018-H1, 2018-Q3, 2018-07, 2018-01/07, 2018年, 2018年上半年, 2018年第三季度, 2018年7月 or 2018年1—7月.`,
  });
}
