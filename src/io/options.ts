import type { DataIssue } from "../_internal/errors.js";
import type { EntitySet } from "../model/entitySet.js";
import type { IndicatorSet } from "../model/indicatorSet.js";
import type { Panel } from "../model/panel.js";
import type { Period } from "../time/period.js";

/**
 * Which column holds what, for long-format input. Each value is a header as written in the file.
 * Unset roles are found by their usual headers (English or Chinese): entity — `entity`, `单位`,
 * `地区`, `园区`; indicator — `indicator`, `指标`; period — `period`, `时期`, `期间`, `时间`;
 * value — `value`, `数值`, `总量`; growth — `growth`, `增速`, `增长`, `增幅`, `同比增长`; unit —
 * `unit`, `计量单位`; flags — `flag`, `flags`, `标记`. A "(%)" after a header marks percentages.
 *
 * @category Loaders
 * @example
 * const columns: ColumnMapping = { entity: "县市区", value: "1-7月累计" };
 * columns.entity // => "县市区"
 */
export interface ColumnMapping {
  entity?: string;
  indicator?: string;
  period?: string;
  value?: string;
  growth?: string;
  unit?: string;
  flags?: string;
}

/**
 * How one column of a wide table maps to the panel: which indicator, and whether the column holds
 * its value (default) or its growth; `unit` overrides a unit written in the header.
 *
 * @category Loaders
 * @example
 * const m: WideMeasure = { indicator: "industrial_va", field: "growth" };
 * m.field // => "growth"
 */
export interface WideMeasure {
  indicator: string;
  field?: "value" | "growth";
  unit?: string;
}

/**
 * Options shared by {@link readCsv} and {@link readJson}.
 *
 * @category Loaders
 * @example
 * const options: LoadOptions = { format: "wide", period: "2018-01/07", mode: "lenient" };
 * options.mode // => "lenient"
 */
export interface LoadOptions {
  /**
   * `"long"` (default): one observation per row (entity, indicator, period, value[, growth]).
   * `"wide"`: one row per entity (or per entity and period/indicator), one column per indicator or per period.
   */
  format?: "long" | "wide";
  /**
   * `"strict"` (default): any problem throws one {@link DuibiaoError} (`E_LOAD`) listing them all.
   * `"lenient"`: the valid rows are loaded and the problems returned in `issues`.
   */
  mode?: "strict" | "lenient";
  /** Header names for the long format's roles (and the key columns of the wide format). */
  columns?: ColumnMapping;
  /**
   * Wide format: which headers are measures and what they hold. Headers not listed are matched to
   * indicators by name (a trailing 增速/增长/增幅 makes a growth column; a unit in brackets, e.g.
   * `工业主营业务收入(亿元)`, is checked against the indicator's unit).
   */
  measures?: Readonly<Record<string, string | WideMeasure>>;
  /**
   * Wide format: headers of columns to leave out (notes, sources, codes …). Every other column that is
   * not a key column must be a measure: nothing is dropped without being named here.
   */
  ignore?: readonly string[];
  /** Wide format: whether the measure columns are indicators or periods (default: periods when every measure header reads as a period). */
  columnsAre?: "indicators" | "periods";
  /** Entity definitions: rows are checked against them; names resolve to ids. */
  entities?: EntitySet;
  /** Indicator definitions: rows are checked against them (names resolve to ids, units are converted or rejected). */
  indicators?: IndicatorSet;
  /** Fixed entity for a file that has no entity column. */
  entity?: string;
  /** Fixed indicator for a file that has no indicator column. */
  indicator?: string;
  /** Fixed period for a file that has no period column. */
  period?: string | Period;
  /**
   * How growth numbers without a "%" sign are written: `"percent"` (7.3 means 7.3 %) or
   * `"fraction"` (0.073). Default `"percent"` for CSV (tables are written so), `"fraction"` for JSON.
   * "7.3%" is 0.073 either way.
   */
  rates?: "percent" | "fraction";
}

/**
 * What a loader returns: the panel of valid observations, and every problem found (empty in strict mode,
 * which throws instead).
 *
 * @category Loaders
 * @example
 * const result: LoadResult = readCsv("entity,indicator,period,value\na,x,2018,1", { mode: "lenient" });
 * [result.panel.size, result.issues.length, result.rows] // => [1, 0, 1]
 */
export interface LoadResult {
  readonly panel: Panel;
  readonly issues: readonly DataIssue[];
  /** Data rows read (excluding the header and blank lines). */
  readonly rows: number;
}
