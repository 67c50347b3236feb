/** True for a present, non-NaN value (`value != null && value === value`). @internal */
export function isValid(value: unknown): boolean {
  return value != null && value === value;
}

/** True for a finite number. @internal */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
