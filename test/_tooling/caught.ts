import { expect } from "vitest";
import { DuibiaoError } from "../../src/index.js";

/** Runs `f`, expects it to throw a DuibiaoError, and returns the error for closer checks. */
export function caught(f: () => unknown): DuibiaoError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DuibiaoError);
    return e as DuibiaoError;
  }
  throw new Error("expected a DuibiaoError");
}
