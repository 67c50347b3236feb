/**
 * Stable error codes carried by {@link DuibiaoError}. The code of an error never changes between
 * releases, so programs may branch on it; the message may be reworded.
 *
 * @category Errors
 * @example
 * const code: DuibiaoErrorCode = "E_PERIOD_PARSE";
 * code // => "E_PERIOD_PARSE"
 */
export type DuibiaoErrorCode =
  | "E_PERIOD_PARSE"
  | "E_VALUE_PARSE"
  | "E_UNKNOWN_ENTITY"
  | "E_UNKNOWN_INDICATOR"
  | "E_UNKNOWN_UNIT"
  | "E_UNIT_MISMATCH"
  | "E_DUPLICATE_KEY"
  | "E_MISSING_COLUMN"
  | "E_MISSING_FIELD"
  | "E_INVALID_DEFINITION"
  | "E_INVALID_INPUT"
  | "E_LOAD";

/**
 * One problem found in the data: what is wrong, where (row and field) and what to do about it.
 * Loaders collect these; in lenient mode they return them, in strict mode they throw one
 * {@link DuibiaoError} listing them all.
 *
 * @category Errors
 * @example
 * const issue: DataIssue = { code: "E_VALUE_PARSE", row: 3, field: "value", value: "abc", message: "…" };
 * issue.row // => 3
 */
export interface DataIssue {
  /** Stable machine-readable code. */
  readonly code: DuibiaoErrorCode;
  /** 1-based row number in the source (for CSV: the line number, the header being line 1), when known. */
  readonly row?: number;
  /** The offending field (column name or JSON key), when known. */
  readonly field?: string;
  /** The offending raw value, when there is one. */
  readonly value?: unknown;
  /** A sentence a person can act on: what is wrong and what to do. */
  readonly message: string;
}

/**
 * The error thrown by duibiao's data model and loaders. It carries a stable `code`, the row and
 * field at fault, and — when it reports several problems at once (`E_LOAD`) — every one of them in
 * `issues`. Numeric primitives never throw it: they return NaN or Infinity as documented.
 *
 * @category Errors
 * @example
 * const err = new DuibiaoError({ code: "E_UNKNOWN_ENTITY", row: 2, field: "entity", message: "unknown entity" });
 * err.code // => "E_UNKNOWN_ENTITY"
 * err instanceof Error // => true
 */
export class DuibiaoError extends Error {
  /** Stable machine-readable code. */
  readonly code: DuibiaoErrorCode;
  /** 1-based row number of the problem, when there is a single one. */
  readonly row?: number;
  /** Field (column) at fault, when there is a single one. */
  readonly field?: string;
  /** The raw value at fault, when there is one. */
  readonly value?: unknown;
  /** Every problem found, for errors that report many (code `E_LOAD`); else the one problem. */
  readonly issues: readonly DataIssue[];

  constructor(issue: DataIssue & { issues?: readonly DataIssue[] }) {
    super(issue.message);
    this.name = "DuibiaoError";
    this.code = issue.code;
    if (issue.row !== undefined) this.row = issue.row;
    if (issue.field !== undefined) this.field = issue.field;
    if (issue.value !== undefined) this.value = issue.value;
    this.issues = issue.issues ?? [
      { code: issue.code, row: issue.row, field: issue.field, value: issue.value, message: issue.message },
    ];
  }
}

/** Formats a raw value for an error message: strings quoted, long values cut. @internal */
export function show(value: unknown): string {
  let s: string;
  if (typeof value === "string") s = JSON.stringify(value);
  else if (typeof value === "number" || typeof value === "boolean" || value == null) s = String(value);
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = Object.prototype.toString.call(value);
    }
  }
  return s.length > 80 ? s.slice(0, 77) + "…" : s;
}

/** Throws a TypeError for API misuse: `"fn: what must be; got x"`. @internal */
export function typeError(fn: string, what: string, got: unknown): never {
  throw new TypeError(`${fn}: ${what}; got ${show(got)}`);
}

/** Throws a RangeError for API misuse: `"fn: what must be; got x"`. @internal */
export function rangeError(fn: string, what: string, got: unknown): never {
  throw new RangeError(`${fn}: ${what}; got ${show(got)}`);
}

/**
 * One DuibiaoError summarising many data issues: the first few in the message, all in `issues`.
 * @internal
 */
export function loadError(
  source: string,
  issues: readonly DataIssue[],
  hint = `Fix the input, or pass { mode: "lenient" } to load the valid rows and get the problems back.`,
): DuibiaoError {
  const shown = issues.slice(0, 10).map((i) => `  - ${where(i)}${i.message}`);
  if (issues.length > 10) shown.push(`  … and ${issues.length - 10} more (see error.issues)`);
  return new DuibiaoError({
    code: "E_LOAD",
    message:
      `${source}: ${issues.length} problem${issues.length === 1 ? "" : "s"} in the input; nothing was loaded. ${hint}\n` +
      shown.join("\n"),
    issues,
  });
}

function where(i: DataIssue): string {
  if (i.row === undefined && i.field === undefined) return "";
  const parts: string[] = [];
  if (i.row !== undefined) parts.push(`row ${i.row}`);
  if (i.field !== undefined) parts.push(`field ${JSON.stringify(i.field)}`);
  return parts.join(", ") + ": ";
}
