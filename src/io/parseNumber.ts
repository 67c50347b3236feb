/**
 * Options of {@link parseNumber}.
 *
 * @category Loaders
 * @example
 * const options: ParseNumberOptions = { percent: true };
 * parseNumber("7.3", options) // => 0.073
 */
export interface ParseNumberOptions {
  /** Read plain numbers as percentages (a growth column headed "增速(%)"): "7.3" → 0.073. Default false. */
  percent?: boolean;
}

const MISSING = new Set(["", "-", "--", "—", "——", "–", "…", "……", "...", "na", "n/a", "nan", "null", "none", "无", "空"]);
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Reads a number as Chinese statistical tables write it: thousands separators ("1,234.5"),
 * percentages ("7.3%" → 0.073, "5‰" → 0.005), full-width digits and signs ("１２", "－3.2"), the
 * Unicode minus ("−3.2"). Blank cells and the placeholders "-", "—", "…", "NA" are missing values;
 * they, and text that is not a number, give NaN (the loaders tell the two apart and report the latter).
 * A number passes through (divided by 100 with `percent`).
 *
 * @param input - text or a number
 * @param options - see {@link ParseNumberOptions}
 * @returns the number, or NaN
 * @category Loaders
 * @example
 * parseNumber("1,234.5") // => 1234.5
 * parseNumber("7.3%") // => 0.073
 * parseNumber("－3.2") // => -3.2
 * parseNumber("１２") // => 12
 * parseNumber("") // => NaN
 * parseNumber("1,2") // => NaN
 */
export function parseNumber(input: unknown, options: ParseNumberOptions = {}): number {
  const x = readNumber(input, options.percent === true);
  return typeof x === "number" ? x : NaN;
}

/**
 * The loaders' reader: a number; `null` for a missing value (blank or a placeholder); `undefined`
 * for text that is not a number.
 * @internal
 */
export function readNumber(input: unknown, percent: boolean): number | null | undefined {
  if (input == null) return null;
  if (typeof input === "number") return input !== input ? null : !percent ? input : Number.isFinite(input) ? scaleDown(String(input), 2) : input / 100;
  if (typeof input !== "string") return undefined;
  let s = input.trim();
  if (s === "") return null;
  // Fast path: plain ASCII numbers, the common case in large files.
  if (PLAIN.test(s)) return percent ? scaleDown(s, 2) : +s;
  s = s.normalize("NFKC").replace(/[\u2212\u2012\uFE63]/g, "-").replace(/\s+/g, "");
  if (MISSING.has(s.toLowerCase())) return null;
  const inf = /^([+-]?)(?:infinity|inf|∞)$/i.exec(s);
  if (inf) return inf[1] === "-" ? -Infinity : Infinity;
  let digits = percent ? 2 : 0;
  if (s.endsWith("%")) {
    digits = 2;
    s = s.slice(0, -1);
  } else if (s.endsWith("‰")) {
    digits = 3;
    s = s.slice(0, -1);
  }
  if (GROUPED.test(s)) s = s.replace(/,/g, "");
  if (!PLAIN.test(s)) return undefined;
  return scaleDown(s, digits);
}

/**
 * The number written `s` (plain decimal text, see PLAIN) divided by 10^k, correctly rounded: the
 * exponent is shifted in the text, so "0.7" ÷ 100 is 0.007 and not 0.7 / 100 = 0.006999999999999999.
 * @internal
 */
export function scaleDown(s: string, k: number): number {
  if (k === 0) return +s;
  const e = s.search(/e/i);
  return e < 0 ? +`${s}e-${k}` : +`${s.slice(0, e)}e${+s.slice(e + 1) - k}`;
}

/**
 * The decimal text of the number written `s` (as `String(x)` writes a finite number) times 10^k,
 * exact: "0.073" → "7.3". Reading it back with {@link scaleDown} gives the number again.
 * @internal
 */
export function scaleUpText(s: string, k: number): string {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(s);
  if (m === null) return s;
  const [, sign, int, frac = "", exp] = m;
  if (exp !== undefined) return `${sign}${int}${frac ? "." + frac : ""}e${+exp + k}`;
  const digits = int + frac.padEnd(k, "0");
  const point = int.length + k;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(point);
  return sign + whole + (rest ? "." + rest : "");
}
