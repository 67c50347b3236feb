// npm run demo — a first look at duibiao on the demo data (examples/data, illustrative values).
// Prints a summary of 济宁高新区 for 1—7月 2018 and writes the same as JSON.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatPeriod, readCsv, readEntitiesCsv, readIndicatorsCsv, samePeriodLastYear } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const read = (name) => readFileSync(join(here, "data", name), "utf8");

const entities = readEntitiesCsv(read("entities.csv"));
const indicators = readIndicatorsCsv(read("indicators.csv"));
const { panel, issues } = readCsv(read("observations.csv"), { entities, indicators });

const subject = entities.require("济宁高新区");
const period = "2018年1—7月";
const base = samePeriodLastYear(period);
const number = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("zh-CN", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
const show = (x, unit) => (Number.isNaN(x) ? "—" : `${number.format(x)}${unit === "%" ? "%" : unit}`);

const rows = indicators.list.map((ind) => {
  const value = panel.value(subject.id, ind.id, period);
  const last = panel.value(subject.id, ind.id, base);
  const growth = panel.growth(subject.id, ind.id, period);
  return { indicator: ind.id, name: ind.name.zh, unit: ind.unit.id, value, lastYear: last, publishedGrowth: growth, accumulation: ind.accumulation };
});

console.log(`duibiao 对标 — ${subject.name.zh} (${subject.name.en}), ${formatPeriod(period)} / ${formatPeriod(period, { locale: "en" })}`);
console.log(`Loaded ${panel.size.toLocaleString("en")} observations (${panel.entities.length} entities × ${panel.indicators.length} indicators × ${panel.periods.length} periods) with ${issues.length} problems.`);
console.log(`Demo data are illustrative except the report's figures for ${subject.name.zh}; see examples/data/README.md.\n`);
const table = [["指标 indicator", formatPeriod(period), formatPeriod(base), "公布增速 published growth"]];
for (const r of rows) table.push([r.name, show(r.value, r.unit), show(r.lastYear, r.unit), Number.isNaN(r.publishedGrowth) ? "" : percent.format(r.publishedGrowth)]);
printTable(table);

const parks = entities.children(subject.id);
console.log(`\n${subject.name.zh} is 一区十园: ${parks.map((p) => p.name.zh).join("、")}.`);
for (const id of ["industrial_revenue", "fixed_investment"]) {
  const sum = parks.reduce((s, p) => s + panel.value(p.id, id, period), 0);
  console.log(`  ${indicators.require(id).name.zh}: the ${parks.length} parks add up to ${show(sum, "亿元")}; the zone reports ${show(panel.value(subject.id, id, period), "亿元")}.`);
}
console.log(`\nPeer groups of ${subject.name.zh}: ${subject.groups.map((g) => `${g} (${entities.members(g).length})`).join(", ")}.`);

const out = join(here, "output", "jining-hitech-2018-01-07.json");
mkdirSync(dirname(out), { recursive: true });
const json = { entity: subject.id, name: subject.name, period: "2018-01/07", indicators: rows.map((r) => ({ ...r, value: nullable(r.value), lastYear: nullable(r.lastYear), publishedGrowth: nullable(r.publishedGrowth) })) };
writeFileSync(out, JSON.stringify(json, null, 2) + "\n");
console.log(`\nWrote ${relative(process.cwd(), out)}`);

function nullable(x) {
  return Number.isNaN(x) ? null : x;
}

// Pads by display width: a CJK character takes two columns in a terminal.
function printTable(rows) {
  const width = (s) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”]/.test(ch) ? 2 : 1), 0);
  const cols = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  for (const [k, r] of rows.entries()) {
    console.log(r.map((cell, c) => (c === 0 ? cell + " ".repeat(cols[c] - width(cell)) : " ".repeat(cols[c] - width(cell)) + cell)).join("  "));
    if (k === 0) console.log(cols.map((w) => "─".repeat(w)).join("  "));
  }
}
