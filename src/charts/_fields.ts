/**
 * Readers of the charts' default fields, one function for each list of keys a chart reads by default
 * (and for each single name among them, which a channel option may give): `"label,name,entity"` reads
 * `d.label`, else `d.name`, else `d.entity`, as `field()` (_common.ts) does for any list of keys.
 *
 * Why written out: a reader made by one function for every key (`(d) => d[key]`) shares that function's
 * property lookups among all the keys of all the charts, and the engine then looks each field up by its
 * name, row by row, some five times slower than a read of a field it knows. Each reader here has lookups
 * of its own. On the bench's bump chart (3,400 rows) that was a tenth of the time. Other field names go
 * through the shared reader, as before. test/charts/_fields.test.ts checks that each reader here reads
 * what the shared one does, and that every list of default keys in src/charts has one.
 * @internal
 */

type Row = Record<string, unknown>;
type Reader = (d: unknown) => unknown;

/** A row is an object: a number, a string or null has no fields (as `field()` reads them). */
const isRow = (d: unknown): d is Row => d !== null && typeof d === "object";

/** The readers, by the keys joined with commas (a Map: a field may be named "constructor"). @internal */
export const READERS: ReadonlyMap<string, Reader> = new Map(Object.entries({
  actual: (d) => (isRow(d) ? d.actual : undefined),
  card: (d) => (isRow(d) ? d.card : undefined),
  completion: (d) => (isRow(d) ? d.completion : undefined),
  direction: (d) => (isRow(d) ? d.direction : undefined),
  elapsed: (d) => (isRow(d) ? d.elapsed : undefined),
  entity: (d) => (isRow(d) ? d.entity : undefined),
  growth: (d) => (isRow(d) ? d.growth : undefined),
  indicator: (d) => (isRow(d) ? d.indicator : undefined),
  kind: (d) => (isRow(d) ? d.kind : undefined),
  label: (d) => (isRow(d) ? d.label : undefined),
  levelRank: (d) => (isRow(d) ? d.levelRank : undefined),
  name: (d) => (isRow(d) ? d.name : undefined),
  period: (d) => (isRow(d) ? d.period : undefined),
  rank: (d) => (isRow(d) ? d.rank : undefined),
  role: (d) => (isRow(d) ? d.role : undefined),
  series: (d) => (isRow(d) ? d.series : undefined),
  status: (d) => (isRow(d) ? d.status : undefined),
  target: (d) => (isRow(d) ? d.target : undefined),
  tied: (d) => (isRow(d) ? d.tied : undefined),
  trend: (d) => (isRow(d) ? d.trend : undefined),
  unit: (d) => (isRow(d) ? d.unit : undefined),
  value: (d) => (isRow(d) ? d.value : undefined),
  "actual,value": (d) => (isRow(d) ? (d.actual !== undefined ? d.actual : d.value) : undefined),
  "growth,subjectGrowth": (d) => (isRow(d) ? (d.growth !== undefined ? d.growth : d.subjectGrowth) : undefined),
  "label,name,entity": (d) => (isRow(d) ? (d.label !== undefined ? d.label : d.name !== undefined ? d.name : d.entity) : undefined),
  "label,name,indicator": (d) => (isRow(d) ? (d.label !== undefined ? d.label : d.name !== undefined ? d.name : d.indicator) : undefined),
  "levelRank,rank": (d) => (isRow(d) ? (d.levelRank !== undefined ? d.levelRank : d.rank) : undefined),
  "rank,levelRank": (d) => (isRow(d) ? (d.rank !== undefined ? d.rank : d.levelRank) : undefined),
  "series,entity": (d) => (isRow(d) ? (d.series !== undefined ? d.series : d.entity) : undefined),
  "series,label,name,entity": (d) => (isRow(d) ? (d.series !== undefined ? d.series : d.label !== undefined ? d.label : d.name !== undefined ? d.name : d.entity) : undefined),
  "status,card": (d) => (isRow(d) ? (d.status !== undefined ? d.status : d.card) : undefined),
  "tied,levelTied": (d) => (isRow(d) ? (d.tied !== undefined ? d.tied : d.levelTied) : undefined),
  "value,actual,subjectValue": (d) => (isRow(d) ? (d.value !== undefined ? d.value : d.actual !== undefined ? d.actual : d.subjectValue) : undefined),
} satisfies Record<string, Reader>));
