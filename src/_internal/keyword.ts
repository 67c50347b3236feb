import { typeError } from "./errors.js";

/**
 * Checks an enum option: returns `input` (or `fallback` when it is undefined) when it is one of
 * `allowed`, else throws `TypeError("fn: name must be one of a, b; got x")`.
 * @internal
 */
export function keyword<const T extends string>(
  fn: string,
  input: unknown,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (input === undefined) return fallback;
  if (typeof input === "string" && (allowed as readonly string[]).includes(input)) return input as T;
  return typeError(fn, `${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`, input);
}
