import { DuibiaoError, show, type DataIssue } from "../_internal/errors.js";

/**
 * What {@link benchmarkPlan} accepts: a subject, its near peers (近赶) and far models (远学), the
 * indicators to compare (with weights where wanted) and a horizon in years.
 *
 * @category Benchmark
 * @example
 * const spec: BenchmarkPlanSpec = { subject: "济宁高新区", near: ["潍坊高新区"], far: ["长沙高新区"], indicators: ["industrial_revenue", { indicator: "budget_revenue", weight: 2 }], horizon: [3, 5] };
 * spec.near // => ["潍坊高新区"]
 */
export interface BenchmarkPlanSpec {
  subject: string;
  /** Peers to catch up with soon (近赶). */
  near?: readonly string[];
  /** Models to learn from, further ahead (远学). */
  far?: readonly string[];
  /** Indicator ids or names, or `{ indicator, weight }` (weight default 1). */
  indicators: readonly (string | { indicator: string; weight?: number })[];
  /** Years within which to catch up: one number or a range such as `[3, 5]` (default). */
  horizon?: number | readonly [number, number];
}

/**
 * A validated, frozen benchmark plan.
 *
 * @category Benchmark
 * @example
 * const plan: BenchmarkPlan = benchmarkPlan({ subject: "a", near: ["b"], indicators: ["x"] });
 * [plan.peers[0].role, plan.horizon, plan.indicators[0].weight] // => ["near", [3, 5], 1]
 */
export interface BenchmarkPlan {
  readonly subject: string;
  /** Every peer with its role, near ones first, in the order given. */
  readonly peers: readonly { readonly entity: string; readonly role: "near" | "far" }[];
  readonly indicators: readonly { readonly indicator: string; readonly weight: number }[];
  /** The horizon's shortest and longest number of years. */
  readonly horizon: readonly [number, number];
}

/**
 * Validates a benchmark plan — 近赶潍坊、远学长沙: a subject, near peers and far models, the
 * indicators compared and the horizon. Compute it for a period with {@link computePlan}; follow it
 * over time with {@link trackPlan}. Entities and indicators are checked against the panel there.
 *
 * @throws {DuibiaoError} `E_INVALID_DEFINITION` listing every problem (no subject, no peers, a peer
 *   twice or equal to the subject, no indicators, a bad weight or horizon)
 * @category Benchmark
 * @example
 * const plan = benchmarkPlan({ subject: "济宁高新区", near: ["潍坊高新区"], far: ["长沙高新区"], indicators: ["工业主营业务收入"], horizon: 5 });
 * plan.peers.map((p) => `${p.role}:${p.entity}`) // => ["near:潍坊高新区", "far:长沙高新区"]
 * plan.horizon // => [5, 5]
 */
export function benchmarkPlan(spec: BenchmarkPlanSpec): BenchmarkPlan {
  const issues: DataIssue[] = [];
  const bad = (field: string, value: unknown, message: string) => issues.push({ code: "E_INVALID_DEFINITION", field, value, message });
  if (typeof spec?.subject !== "string" || spec.subject.trim() === "") bad("subject", spec?.subject, "the plan needs a subject (the entity that benchmarks itself)");
  const peers: { entity: string; role: "near" | "far" }[] = [];
  const seen = new Set<string>([spec?.subject]);
  for (const role of ["near", "far"] as const) {
    const list = spec?.[role] ?? [];
    if (!Array.isArray(list)) {
      bad(role, list, `${role} must be an array of entity ids or names`);
      continue;
    }
    for (const e of list) {
      if (typeof e !== "string" || e.trim() === "") bad(role, e, `${role} peers must be entity ids or names`);
      else if (seen.has(e)) bad(role, e, `${show(e)} is ${e === spec.subject ? "the subject itself" : "listed twice"}`);
      else peers.push({ entity: e, role });
      seen.add(e);
    }
  }
  if (peers.length === 0 && issues.length === 0) bad("near", spec?.near, "the plan needs at least one near peer or far model");
  const indicators: { indicator: string; weight: number }[] = [];
  if (!Array.isArray(spec?.indicators) || spec.indicators.length === 0) bad("indicators", spec?.indicators, "the plan needs at least one indicator");
  else {
    for (const item of spec.indicators) {
      const indicator = typeof item === "string" ? item : item?.indicator;
      const weight = typeof item === "string" ? 1 : (item?.weight ?? 1);
      if (typeof indicator !== "string" || indicator === "") bad("indicators", item, "an indicator must be an id or name, or { indicator, weight }");
      else if (!(typeof weight === "number" && weight >= 0 && Number.isFinite(weight))) bad("indicators", item, `the weight of ${show(indicator)} must be a number ≥ 0`);
      else if (indicators.some((i) => i.indicator === indicator)) bad("indicators", indicator, `indicator ${show(indicator)} is listed twice`);
      else indicators.push({ indicator, weight });
    }
  }
  const h = spec?.horizon ?? [3, 5];
  const horizon: [number, number] = typeof h === "number" ? [h, h] : [h?.[0], h?.[1]];
  if (!(horizon[0] > 0 && horizon[1] >= horizon[0] && Number.isFinite(horizon[1]))) bad("horizon", spec?.horizon, "the horizon must be a positive number of years or a range [shortest, longest]");
  if (issues.length > 0) {
    throw new DuibiaoError({ code: "E_INVALID_DEFINITION", message: `benchmarkPlan: ${issues.map((i) => i.message).join("; ")}`, issues });
  }
  return Object.freeze({
    subject: spec.subject,
    peers: Object.freeze(peers.map((p) => Object.freeze(p))),
    indicators: Object.freeze(indicators.map((i) => Object.freeze(i))),
    horizon: Object.freeze(horizon) as readonly [number, number],
  });
}
