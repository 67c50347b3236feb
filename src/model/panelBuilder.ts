import type { DataIssue } from "../_internal/errors.js";
import { comparePeriods } from "../time/comparePeriods.js";
import { periodKey } from "../time/formatPeriod.js";
import type { Period } from "../time/period.js";
import { Panel, type CodeArray, type PanelOptions } from "./panel.js";

/**
 * Accumulates observations in growable typed arrays and sorts them into a {@link Panel} in linear
 * time (three stable counting sorts: period, indicator, entity). Duplicate keys are not loaded:
 * the first occurrence is kept and each later one is reported with its source row.
 * @internal
 */
export class PanelBuilder {
  #entities: string[] = [];
  #entityIndex = new Map<string, number>();
  #indicators: string[] = [];
  #indicatorIndex = new Map<string, number>();
  #periods: Period[] = [];
  #periodIndex = new Map<Period, number>();
  #n = 0;
  #e = new Int32Array(1024);
  #i = new Int32Array(1024);
  #p = new Int32Array(1024);
  #v = new Float64Array(1024);
  #g = new Float64Array(1024);
  #f = new Uint8Array(1024);
  #row = new Int32Array(1024);

  get size(): number {
    return this.#n;
  }

  add(entity: string, indicator: string, period: Period, value: number, growth: number, flags: number, row: number): void {
    if (this.#n === this.#v.length) this.#grow();
    const k = this.#n++;
    this.#e[k] = code(this.#entityIndex, this.#entities, entity);
    this.#i[k] = code(this.#indicatorIndex, this.#indicators, indicator);
    this.#p[k] = code(this.#periodIndex, this.#periods, period);
    this.#v[k] = value;
    this.#g[k] = growth;
    this.#f[k] = flags;
    this.#row[k] = row;
  }

  build(options: PanelOptions = {}, field = "key"): { panel: Panel; issues: DataIssue[] } {
    const n = this.#n;
    // Periods get codes in time order.
    const order = this.#periods.map((_, k) => k).sort((a, b) => comparePeriods(this.#periods[a], this.#periods[b]));
    const rankOf = new Int32Array(order.length);
    order.forEach((old, rank) => (rankOf[old] = rank));
    const P = new Int32Array(n);
    for (let k = 0; k < n; k++) P[k] = rankOf[this.#p[k]];

    let idx = countingSort(identity(n), P, order.length);
    idx = countingSort(idx, this.#i, this.#indicators.length);
    idx = countingSort(idx, this.#e, this.#entities.length);

    const issues: DataIssue[] = [];
    const keep = new Int32Array(n);
    let m = 0;
    for (let k = 0; k < n; k++) {
      const r = idx[k];
      if (m > 0) {
        const q = keep[m - 1];
        if (this.#e[q] === this.#e[r] && this.#i[q] === this.#i[r] && P[q] === P[r]) {
          issues.push({
            code: "E_DUPLICATE_KEY",
            row: this.#row[r],
            field,
            value: `${this.#entities[this.#e[r]]} × ${this.#indicators[this.#i[r]]} × ${periodKey(this.#periods[this.#p[r]])}`,
            message: `duplicate observation ${this.#entities[this.#e[r]]} × ${this.#indicators[this.#i[r]]} × ${periodKey(this.#periods[this.#p[r]])}: row ${this.#row[q]} already has it; this row was not loaded — remove one of the two`,
          });
          continue;
        }
      }
      keep[m++] = r;
    }
    issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

    const E = codes(this.#entities.length, m);
    const I = codes(this.#indicators.length, m);
    const PP = codes(order.length, m);
    const V = new Float64Array(m);
    const G = new Float64Array(m);
    const F = new Uint8Array(m);
    for (let k = 0; k < m; k++) {
      const r = keep[k];
      E[k] = this.#e[r];
      I[k] = this.#i[r];
      PP[k] = P[r];
      V[k] = this.#v[r];
      G[k] = this.#g[r];
      F[k] = this.#f[r];
    }
    const panel = new Panel(
      { entities: this.#entities, indicators: this.#indicators, periods: order.map((k) => this.#periods[k]) },
      { entity: E, indicator: I, period: PP, value: V, growth: G, flags: F },
      options,
    );
    return { panel, issues };
  }

  #grow(): void {
    const cap = this.#v.length * 2;
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.#e = grow(this.#e);
    this.#i = grow(this.#i);
    this.#p = grow(this.#p);
    this.#v = grow(this.#v);
    this.#g = grow(this.#g);
    this.#f = grow(this.#f);
    this.#row = grow(this.#row);
  }
}

function code<K>(index: Map<K, number>, list: K[], key: K): number {
  let c = index.get(key);
  if (c === undefined) {
    c = list.length;
    list.push(key);
    index.set(key, c);
  }
  return c;
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let k = 0; k < n; k++) a[k] = k;
  return a;
}

/** Stable counting sort of the row indices `idx` by `key[idx[k]]` in 0..size-1. */
function countingSort(idx: Int32Array, key: Int32Array, size: number): Int32Array {
  const count = new Int32Array(size + 1);
  for (let k = 0; k < idx.length; k++) count[key[idx[k]] + 1]++;
  for (let c = 0; c < size; c++) count[c + 1] += count[c];
  const out = new Int32Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[count[key[idx[k]]]++] = idx[k];
  return out;
}

function codes(size: number, n: number): CodeArray {
  return size <= 0x100 ? new Uint8Array(n) : size <= 0x10000 ? new Uint16Array(n) : new Uint32Array(n);
}
