#!/usr/bin/env node
// Smoke test of the published package: `npm pack` the built package, install the tarball into a
// fresh project (its dependencies come from the registry), then `import` and `require` it there.
//
//   node scripts/smoke.mjs [name ...]
//
// Checks, for ESM and CJS alike: it loads, it has exports, `DuibiaoError` is a function, and each
// name given on the command line is exported (default: just DuibiaoError); and that ESM and CJS
// export the same names. Then `duibiao/charts`: `renderToString(rankingChart, …)` returns an SVG
// string (with d3-array loaded from the registry), and `duibiao/element` loads in Node without a
// DOM (it registers nothing there), through import and require alike. Run `npm run build` first.
// Exits 1 on failure; removes its temp dirs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const names = [...new Set(["DuibiaoError", ...process.argv.slice(2)])];
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const temps = [];
const tmp = (prefix) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
const cleanup = () => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const out = [e.stdout, e.stderr].filter(Boolean).join("\n").trim();
    const shown = args.map((a) => (a.length > 60 ? a.slice(0, 57).replace(/\s+/g, " ") + "…" : a)).join(" ");
    throw new Error(`${path.basename(cmd)} ${shown} failed in ${cwd} (exit ${e.status}):\n${out}`);
  }
}

// The probe runs inside the fresh project; it prints one JSON line.
const probe = (loader) => `
const names = ${JSON.stringify(names)};
const keys = Object.keys(d).filter((k) => k !== "default" && k !== "module.exports").sort();
const missing = names.filter((n) => !(n in d) || d[n] === undefined);
console.log(JSON.stringify({
  loader: ${JSON.stringify(loader)},
  keys,
  missing,
  duibiaoErrorIsFunction: typeof d.DuibiaoError === "function",
  // A real call through each runtime dependency: d3-dsv (readCsv) and luxon (periodOfDate).
  works: (() => {
    try {
      const { panel } = d.readCsv('entity,indicator,period,value\\na,x,2018年1—7月,"1,234.5"');
      const v = panel.value("a", "x", "2018-01/07");
      const m = d.periodOfDate("2018-06-30T20:00:00Z").end;
      return v === 1234.5 && m === 7 ? true : "readCsv gave " + v + ", periodOfDate gave month " + m;
    } catch (e) {
      return String(e && e.stack || e);
    }
  })(),
}));`;

let ok = true;
const fail = (msg) => {
  ok = false;
  console.log(`smoke: FAIL ${msg}`);
};

try {
  if (!existsSync(path.join(root, "dist"))) throw new Error("dist/ does not exist: run `npm run build` first");
  const packDir = tmp("duibiao-pack-");
  const packed = JSON.parse(run(npm, ["pack", "--json", "--pack-destination", packDir], root));
  const tgz = path.join(packDir, packed[0]?.filename ?? readdirSync(packDir).find((f) => f.endsWith(".tgz")));
  console.log(`smoke: packed ${path.basename(tgz)} (${packed[0]?.entryCount ?? "?"} files)`);

  const project = tmp("duibiao-smoke-");
  run(npm, ["init", "-y"], project);
  run(npm, ["install", "--no-audit", "--no-fund", tgz], project);
  console.log(`smoke: installed into a fresh project (${project})`);

  const results = [];
  for (const [loader, args] of [
    ["import", ["--input-type=module", "-e", `import * as d from "duibiao";${probe("import")}`]],
    ["require", ["-e", `const d = require("duibiao");${probe("require")}`]],
  ]) {
    let out;
    try {
      out = run(process.execPath, args, project);
    } catch (e) {
      fail(`${loader}("duibiao") did not load:\n${e.message}`);
      continue;
    }
    const r = JSON.parse(out.trim().split("\n").pop());
    results.push(r);
    if (r.keys.length === 0) fail(`${loader}: no exports`);
    if (!r.duibiaoErrorIsFunction) fail(`${loader}: DuibiaoError is not a function`);
    if (r.missing.length) fail(`${loader}: missing exports ${r.missing.join(", ")}`);
    if (r.works !== true) fail(`${loader}: readCsv/periodOfDate did not work: ${r.works}`);
    else console.log(`smoke: ${loader}: readCsv (d3-dsv) and periodOfDate (luxon) work`);
    console.log(
      `smoke: ${loader}("duibiao") loads: ${r.keys.length} exports; checked ${names.join(", ")}` +
        (r.missing.length ? ` (missing ${r.missing.join(", ")})` : " present") +
        `; DuibiaoError is ${r.duibiaoErrorIsFunction ? "" : "NOT "}a function`,
    );
  }
  // duibiao/charts and duibiao/element
  const chartsProbe = (loader) => `
let out;
try {
  const svg = c.renderToString(c.rankingChart, [{ label: "济宁高新区", value: 693.46 }, { label: "<img src=x>", value: 500 }], { title: "收入", highlight: "济宁高新区" });
  out = { loader: ${JSON.stringify(loader)}, ok: typeof svg === "string" && svg.startsWith("<svg") && svg.endsWith("</svg>") && svg.includes("济宁高新区") && svg.includes("&lt;img") && !svg.includes("<img"), head: String(svg).slice(0, 60), length: String(svg).length, element: typeof e.DuibiaoChartElement };
} catch (err) {
  out = { loader: ${JSON.stringify(loader)}, ok: false, head: String(err && err.stack || err) };
}
console.log(JSON.stringify(out));`;
  for (const [loader, args] of [
    ["import", ["--input-type=module", "-e", `import * as c from "duibiao/charts"; import * as e from "duibiao/element";${chartsProbe("import")}`]],
    ["require", ["-e", `const c = require("duibiao/charts"); const e = require("duibiao/element");${chartsProbe("require")}`]],
  ]) {
    let out;
    try {
      out = run(process.execPath, args, project);
    } catch (e) {
      fail(`${loader}("duibiao/charts") or ${loader}("duibiao/element") did not load:\n${e.message}`);
      continue;
    }
    const r = JSON.parse(out.trim().split("\n").pop());
    if (!r.ok) fail(`${loader}: renderToString(rankingChart, …) from duibiao/charts did not give an escaped SVG string: ${r.head}`);
    else console.log(`smoke: ${loader}("duibiao/charts"): renderToString(rankingChart, …) gives an SVG string (${r.length} chars, labels escaped)`);
    if (r.element !== "function") fail(`${loader}("duibiao/element"): DuibiaoChartElement is ${r.element}, not a function`);
    else console.log(`smoke: ${loader}("duibiao/element") loads in Node (no DOM, nothing registered)`);
  }
  if (results.length === 2) {
    const [esm, cjs] = results.map((r) => r.keys);
    const onlyEsm = esm.filter((k) => !cjs.includes(k));
    const onlyCjs = cjs.filter((k) => !esm.includes(k));
    if (onlyEsm.length || onlyCjs.length) {
      fail(`ESM and CJS exports differ: only ESM ${onlyEsm.join(", ") || "-"}; only CJS ${onlyCjs.join(", ") || "-"}`);
    } else {
      console.log(`smoke: ESM and CJS export the same ${esm.length} names`);
    }
  }
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
} finally {
  cleanup();
}

console.log(`smoke: ${ok ? "ok" : "FAILED"}`);
process.exit(ok ? 0 : 1);
