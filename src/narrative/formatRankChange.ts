import { DASH, formatNumber, localeOf, present, rounded, text, wordsOf } from "./_format.js";

/**
 * Options of {@link formatRankChange}.
 *
 * @category Narrative
 * @example
 * const options: FormatRankChangeOptions = { words: { up: "进位", down: "退位" } };
 * formatRankChange(5, 3, options) // => "进位2位"
 */
export interface FormatRankChangeOptions {
  /** `"zh-CN"` (default: `前进2位`) or `"en"` (`up 2 places`). */
  locale?: "zh-CN" | "en";
  /** Other words: zh-CN defaults 前进 / 后退 / 位次不变, en up / down / unchanged. */
  words?: { up?: string; down?: string; same?: string };
  /** Text when either rank is missing (NaN, ±Infinity, null, undefined). Default `"—"`. */
  missing?: string;
}

/**
 * Writes how a rank moved from `from` to `to` (1 = best, so a smaller rank is a move up):
 * 5 → 3 `前进2位`, 3 → 5 `后退2位`, 4 → 4 `位次不变`; in English `up 2 places`, `down 1 place`,
 * `unchanged`.
 *
 * A move between average ranks is written with at most one decimal (`前进0.5位`). When either
 * rank is NaN, ±Infinity, null or undefined the result is `options.missing` (`"—"`).
 *
 * @param from - the earlier rank
 * @param to - the later rank
 * @param options - see {@link FormatRankChangeOptions}
 * @throws {TypeError} when `locale`, `words` or `missing` is invalid
 * @category Narrative
 * @example
 * formatRankChange(5, 3) // => "前进2位"
 * formatRankChange(3, 5) // => "后退2位"
 * formatRankChange(4, 4) // => "位次不变"
 * formatRankChange(5, 3, { locale: "en" }) // => "up 2 places"
 * formatRankChange(3, 4, { locale: "en" }) // => "down 1 place"
 * formatRankChange(4, 4, { locale: "en" }) // => "unchanged"
 * formatRankChange(NaN, 3) // => "—"
 */
export function formatRankChange(from: number | null | undefined, to: number | null | undefined, options: FormatRankChangeOptions = {}): string {
  const fn = "formatRankChange";
  const locale = localeOf(fn, options.locale);
  const zh = locale === "zh-CN";
  const { up, down, same } = wordsOf(fn, options.words, zh ? { up: "前进", down: "后退", same: "位次不变" } : { up: "up", down: "down", same: "unchanged" });
  const missing = text(fn, options.missing, "missing", DASH);
  if (!present(from) || !present(to)) return missing;
  const d = { min: 0, max: 1 };
  const move = from - to;
  const r = rounded(move, d);
  if (r === 0) return same;
  const n = formatNumber(Math.abs(move), locale, d, !zh);
  return zh ? `${r > 0 ? up : down}${n}位` : `${r > 0 ? up : down} ${n} ${n === "1" ? "place" : "places"}`;
}
