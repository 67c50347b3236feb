#!/usr/bin/env node
// Deterministic generator for the ILLUSTRATIVE demo data in examples/data/.
//   node examples/data/generate.mjs
// No dependencies; a seeded PRNG (mulberry32) makes every run write byte-identical files.
// All numbers are invented, except that 济宁高新区's Jan–Jul 2018 ranks and growth rates among the 14 units of
// Jining are fitted to the figures of a 2018 news report. The checks at the end re-read the written CSV and throw
// if any of those figures, or the accounting identities (sums, cumulative series), do not hold.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = dirname(fileURLToPath(import.meta.url));
const SEED = 20180720;

// ---------- PRNG and small helpers ----------
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const uniform = (lo, hi) => lo + (hi - lo) * rand();
const randInt = (lo, hi) => Math.floor(uniform(lo, hi + 1));
const shuffle = (xs) => xs.map((x) => [rand(), x]).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const round1 = (x) => Math.round(x * 10) / 10;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

// ---------- entities ----------
// Jining's 14 county-level units: [id, zh, en, kind, relative size (null = fitted to the report)]
const UNITS = [
  ["rencheng", "任城区", "Rencheng District", "district", 1.3],
  ["yanzhou", "兖州区", "Yanzhou District", "district", 1.2],
  ["qufu", "曲阜市", "Qufu", "county_city", 0.7],
  ["zoucheng", "邹城市", "Zoucheng", "county_city", 1.5],
  ["weishan", "微山县", "Weishan County", "county", 0.7],
  ["yutai", "鱼台县", "Yutai County", "county", 0.45],
  ["jinxiang", "金乡县", "Jinxiang County", "county", 0.75],
  ["jiaxiang", "嘉祥县", "Jiaxiang County", "county", 0.7],
  ["wenshang", "汶上县", "Wenshang County", "county", 0.8],
  ["sishui", "泗水县", "Sishui County", "county", 0.45],
  ["liangshan", "梁山县", "Liangshan County", "county", 0.75],
  ["jining-hitech", "济宁高新区", "Jining High-tech Zone", "zone", null],
  ["taibaihu", "太白湖新区", "Taibai Lake New Area", "zone", 0.35],
  ["jining-etdz", "济宁经济技术开发区", "Jining Economic and Technological Development Zone", "zone", 0.5],
].map(([id, zh, en, kind, size]) => ({ id, zh, en, kind, size }));
const HT = "jining-hitech";
const OTHERS = UNITS.filter((u) => u.id !== HT);

// 一区十园 of 济宁高新区: [id, zh, en, typical share]. Only 黄河新区 is a real name; the rest are invented.
const PARKS = [
  ["park-huanghe", "黄河新区", "Huanghe New Area", 0.22],
  ["park-pharma", "医药健康产业园", "Pharmaceutical and Health Industrial Park", 0.14],
  ["park-machinery", "工程机械产业园", "Construction Machinery Industrial Park", 0.16],
  ["park-materials", "新材料产业园", "New Materials Industrial Park", 0.12],
  ["park-electronics", "电子信息产业园", "Electronic Information Industrial Park", 0.1],
  ["park-liuhang", "柳行街道园区", "Liuhang Subdistrict Park", 0.06],
  ["park-guanghe", "洸河街道园区", "Guanghe Subdistrict Park", 0.05],
  ["park-huangtun", "黄屯街道园区", "Huangtun Subdistrict Park", 0.06],
  ["park-wangyin", "王因街道园区", "Wangyin Subdistrict Park", 0.05],
  ["park-jiezhuang", "接庄街道园区", "Jiezhuang Subdistrict Park", 0.04],
].map(([id, zh, en, share]) => ({ id, zh, en, share }));

// National high-tech zones: [id, zh, en, in Shandong, industrial revenue 2018 as a multiple of 济宁高新区's, coastal]
const ZONES = [
  ["zhongguancun", "中关村科技园区", "Zhongguancun Science Park", false, 10, false],
  ["zhangjiang-hitech", "上海张江高新区", "Shanghai Zhangjiang High-tech Zone", false, 6, true],
  ["shenzhen-hitech", "深圳高新区", "Shenzhen High-tech Zone", false, 5.5, true],
  ["wuhan-donghu-hitech", "武汉东湖高新区", "Wuhan East Lake High-tech Zone", false, 4, false],
  ["xian-hitech", "西安高新区", "Xi'an High-tech Zone", false, 3.5, false],
  ["guangzhou-hitech", "广州高新区", "Guangzhou High-tech Zone", false, 3.2, true],
  ["chengdu-hitech", "成都高新区", "Chengdu High-tech Zone", false, 3, false],
  ["hefei-hitech", "合肥高新区", "Hefei High-tech Zone", false, 2.6, false],
  ["suzhou-hitech", "苏州高新区", "Suzhou High-tech Zone", false, 2.5, true],
  ["nanjing-hitech", "南京高新区", "Nanjing High-tech Zone", false, 2.4, false],
  ["jinan-hitech", "济南高新区", "Jinan High-tech Zone", true, 2.3, false],
  ["hangzhou-hitech", "杭州高新区", "Hangzhou High-tech Zone", false, 2.2, false],
  ["tianjin-binhai-hitech", "天津滨海高新区", "Tianjin Binhai High-tech Zone", false, 2.2, true],
  ["changsha-hitech", "长沙高新区", "Changsha High-tech Zone", false, 2.0, false],
  ["qingdao-hitech", "青岛高新区", "Qingdao High-tech Zone", true, 1.5, true],
  ["zhengzhou-hitech", "郑州高新区", "Zhengzhou High-tech Zone", false, 1.4, false],
  ["zibo-hitech", "淄博高新区", "Zibo High-tech Zone", true, 1.4, false],
  ["weifang-hitech", "潍坊高新区", "Weifang High-tech Zone", true, 1.3, false],
  ["zhuzhou-hitech", "株洲高新区", "Zhuzhou High-tech Zone", false, 1.1, false],
  ["yantai-hitech", "烟台高新区", "Yantai High-tech Zone", true, 1.0, true],
  [HT, "济宁高新区", "Jining High-tech Zone", true, 1, false],
  ["weihai-hitech", "威海火炬高新区", "Weihai Torch High-tech Zone", true, 0.9, true],
  ["luoyang-hitech", "洛阳高新区", "Luoyang High-tech Zone", false, 0.9, false],
  ["xiangtan-hitech", "湘潭高新区", "Xiangtan High-tech Zone", false, 0.8, false],
  ["linyi-hitech", "临沂高新区", "Linyi High-tech Zone", true, 0.7, false],
  ["taian-hitech", "泰安高新区", "Tai'an High-tech Zone", true, 0.6, false],
  ["laiwu-hitech", "莱芜高新区", "Laiwu High-tech Zone", true, 0.5, false],
  ["zaozhuang-hitech", "枣庄高新区", "Zaozhuang High-tech Zone", true, 0.45, false],
  ["dezhou-hitech", "德州高新区", "Dezhou High-tech Zone", true, 0.4, false],
  ["huanghe-delta-hitech", "黄河三角洲农业高新区", "Yellow River Delta Agricultural High-tech Industry Demonstration Zone", true, 0.2, false],
].map(([id, zh, en, shandong, mult, coastal]) => ({ id, zh, en, shandong, mult, coastal }));
const zoneGroups = (z) => (z.shandong ? "shandong-hitech;national-hitech" : "national-hitech");

const ENTITIES = [
  { id: "jining", zh: "济宁市", en: "Jining", kind: "city", parent: "", groups: "" },
  ...UNITS.map((u) => ({ ...u, parent: "jining", groups: u.id === HT ? `jining-units;${zoneGroups(ZONES.find((z) => z.id === HT))}` : "jining-units" })),
  ...PARKS.map((p) => ({ ...p, kind: "park", parent: HT, groups: "jining-hitech-parks" })),
  ...ZONES.filter((z) => z.id !== HT).map((z) => ({ ...z, kind: "zone", parent: "", groups: zoneGroups(z) })),
];

// ---------- indicators ----------
const INDICATORS = [
  ["industrial_va", "规模以上工业增加值", "Value added of industry above designated size", "亿元", "ytd", "published", 2],
  ["industrial_revenue", "工业主营业务收入", "Main business revenue of industry", "亿元", "ytd", "derived", 2],
  ["fixed_investment", "固定资产投资", "Fixed-asset investment", "亿元", "ytd", "derived", 2],
  ["fdi", "实际利用外资", "Foreign direct investment actually used", "万美元", "ytd", "derived", 1],
  ["trade", "进出口总额", "Total imports and exports", "亿元", "ytd", "derived", 2],
  ["budget_revenue", "一般公共预算收入", "General public budget revenue", "亿元", "ytd", "derived", 2],
  ["new_economy_firms", '"四新"企业数', '"Four new" enterprises', "个", "stock", "derived", 0],
  ["hitech_mfg_firms", "高技术制造业企业数", "High-tech manufacturing enterprises", "家", "stock", "derived", 0],
].map(([id, zh, en, unit, accumulation, growth, dec]) => ({ id, zh, en, unit, accumulation, growth, dec }));
const IND = Object.fromEntries(INDICATORS.map((i) => [i.id, i]));
const FLOW = INDICATORS.filter((i) => i.accumulation === "ytd").map((i) => i.id);
const STOCK = INDICATORS.filter((i) => i.accumulation === "stock").map((i) => i.id);
// Values are held as integers in the smallest written unit (0.01 亿元, 0.1 万美元, 1 firm): sums stay exact.
const toInt = (ind, x) => Math.round(x * 10 ** IND[ind].dec);
const fmt = (ind, n) => (n / 10 ** IND[ind].dec).toFixed(IND[ind].dec);

// ---------- periods and the observation store ----------
const MONTHS = { 2017: range(2, 12), 2018: range(2, 7) }; // 1—2月 is published combined: no "01/01"
const ytd = (y, m) => `${y}-01/${String(m).padStart(2, "0")}`;
const MONTH_PERIODS = [2017, 2018].flatMap((y) => MONTHS[y].map((m) => ytd(y, m)));
const P07 = ytd(2018, 7), P07_17 = ytd(2017, 7), P12_17 = ytd(2017, 12);
const obs = new Map();
const key = (e, i, p) => `${e}|${i}|${p}`;
const put = (e, i, p, value, growth = null) => obs.set(key(e, i, p), { e, i, p, value, growth, flag: "" });
const get = (e, i, p) => obs.get(key(e, i, p)) ?? fail(`no observation ${key(e, i, p)}`);
const fail = (msg) => { throw new Error(msg); };

// ---------- fitting helpers ----------
// n values of which exactly `above` lie in (x + margin, hi) and the rest in (lo, x - margin), shuffled.
const spread = (x, above, n, lo, hi, margin) =>
  shuffle(range(1, n).map((k) => (k <= above ? uniform(x + margin, hi) : uniform(lo, x - margin))));
// A value that takes rank r (descending) when added to `others`: geometric mean of its would-be neighbours.
const slot = (others, r, s = [...others].sort((a, b) => b - a)) => (r === 1 ? s[0] * uniform(1.1, 1.2) : Math.sqrt(s[r - 2] * s[r - 1]));
const sized = (base, u) => base * u.size * Math.exp(uniform(-0.25, 0.25));

// ---------- Jan–Jul 2018 plan for the 14 units: level L and nominal growth g (%) vs Jan–Jul 2017 ----------
// Report figures for 济宁高新区 (rank 1 = largest): VA growth 7.3 (1st); revenue growth 13.9 (level 2nd, growth 6th);
// investment level and growth 2nd; FDI 1st; trade 2nd; budget growth 6.3 (level 4th, growth 10th); 四新 >200 (1st);
// high-tech manufacturers 32 (1st).
const plan = {};
function planFlow(ind, base, growths, htLevelRank, htGrowth) {
  plan[ind] = {};
  OTHERS.forEach((u, k) => (plan[ind][u.id] = { L: sized(base, u), g: growths[k] }));
  plan[ind][HT] = { L: slot(OTHERS.map((u) => plan[ind][u.id].L), htLevelRank), g: htGrowth };
}
planFlow("industrial_revenue", 480, spread(13.9, 5, 13, 2, 24, 0.7), 2, 13.9);
planFlow("fixed_investment", 160, spread(12.6, 1, 13, -12, 22, 1), 2, 12.6);
planFlow("fdi", 9000, OTHERS.map(() => uniform(-20, 40)), 1, uniform(5, 25));
planFlow("trade", 45, OTHERS.map(() => uniform(-10, 30)), 2, uniform(8, 20));
planFlow("budget_revenue", 17, spread(6.3, 9, 13, -6, 18, 0.7), 4, 6.3);
// Value added: published (comparable-price) growth `pub`; nominal growth of the levels = pub + delta (1.5–3.5 points).
plan.industrial_va = {};
const vaPub = spread(7.3, 0, 13, 0.5, 0, 0.5).map(round1);
for (const u of UNITS) {
  const pub = u.id === HT ? 7.3 : vaPub[OTHERS.indexOf(u)];
  const delta = uniform(1.5, 3.5);
  plan.industrial_va[u.id] = { L: plan.industrial_revenue[u.id].L * uniform(0.2, 0.28), g: pub + delta, pub, delta };
}
plan.new_economy_firms = { [HT]: { L: 206 } };
spread(206, 0, 13, 35, 0, 15).forEach((x, k) => (plan.new_economy_firms[OTHERS[k].id] = { L: Math.round(x) }));
plan.hitech_mfg_firms = { [HT]: { L: 32 } };
OTHERS.forEach((u) => (plan.hitech_mfg_firms[u.id] = { L: randInt(3, 27) }));

// ---------- monthly year-to-date series for the units ----------
// Cumulative shares by month; 1—2月 carries two (Spring-Festival-dampened) months, December a year-end push.
const baseWeights = () => range(2, 12).map((m) => (m === 2 ? 1.55 : m === 12 ? 1.25 : 1) * uniform(0.85, 1.15));
function cumShares(w) {
  const yearW = w.map((x) => x * uniform(0.97, 1.03));
  const total = sum(yearW);
  let acc = 0;
  const c = {};
  yearW.forEach((x, k) => (c[k + 2] = (acc += x) / total));
  return c;
}
for (const ind of FLOW) {
  for (const u of UNITS) {
    const { L, g } = plan[ind][u.id];
    const v18 = toInt(ind, L);
    const v17 = Math.round(v18 / (1 + g / 100));
    const w = baseWeights();
    for (const [y, v07] of [[2017, v17], [2018, v18]]) {
      const c = cumShares(w);
      for (const m of MONTHS[y]) put(u.id, ind, ytd(y, m), m === 7 ? v07 : Math.round((v07 * c[m]) / c[7]));
    }
  }
}
for (const ind of STOCK) {
  for (const u of UNITS) {
    let v = plan[ind][u.id].L; // walk back from July 2018: counts drift slowly upwards over time
    for (const p of [...MONTH_PERIODS].reverse()) {
      put(u.id, ind, p, v);
      const step = ind === "hitech_mfg_firms" ? (rand() < 0.2 ? 1 : 0) : randInt(0, Math.max(1, Math.round(v / 60)));
      v = Math.max(1, v - step);
    }
  }
}
// Published value-added growth: 2017 around a unit base; 2018 = nominal growth of the levels minus 1.2–3.8 points.
for (const u of UNITS) {
  const { pub, delta } = plan.industrial_va[u.id];
  const b17 = pub + uniform(-1.5, 2);
  for (const m of MONTHS[2017]) get(u.id, "industrial_va", ytd(2017, m)).growth = round1(b17 + uniform(-0.8, 0.8));
  for (const m of MONTHS[2018]) {
    const nominal = 100 * (get(u.id, "industrial_va", ytd(2018, m)).value / get(u.id, "industrial_va", ytd(2017, m)).value - 1);
    get(u.id, "industrial_va", ytd(2018, m)).growth =
      m === 7 ? pub : round1(clamp(nominal - delta + uniform(-0.4, 0.4), nominal - 3.8, nominal - 1.2));
  }
}

// ---------- the city = sum of its 14 units; its VA growth = level-weighted mean of the units' published growth ----------
for (const ind of INDICATORS.map((i) => i.id)) {
  for (const p of MONTH_PERIODS) put("jining", ind, p, sum(UNITS.map((u) => get(u.id, ind, p).value)));
}
for (const p of MONTH_PERIODS) {
  const prev = p.startsWith("2018") ? p.replace("2018", "2017") : p; // weight by last year's level where we have it
  const w = UNITS.map((u) => get(u.id, "industrial_va", prev).value);
  get("jining", "industrial_va", p).growth = round1(sum(UNITS.map((u, k) => w[k] * get(u.id, "industrial_va", p).growth)) / sum(w));
}

// ---------- the ten parks split 济宁高新区's value exactly (integer hundredths) ----------
for (const ind of ["industrial_revenue", "fixed_investment"]) {
  for (const p of [P12_17, P07]) {
    const total = get(HT, ind, p).value;
    const w = PARKS.map((pk) => pk.share * uniform(0.8, 1.2));
    const parts = w.map((x) => Math.floor((total * x) / sum(w)));
    for (let k = 0, rest = total - sum(parts); rest > 0; k++, rest--) parts[k % parts.length]++;
    PARKS.forEach((pk, k) => put(pk.id, ind, p, parts[k]));
  }
}

// ---------- national high-tech zones, annual 2016–2018 ----------
const ANNUAL = ["industrial_va", "industrial_revenue", "budget_revenue", "trade", "new_economy_firms"];
{
  // 济宁高新区: 2017 = its Jan–Dec 2017 year-to-date; 2018 projected with its Jan–Jul growth; 2016 backed out.
  for (const ind of ANNUAL) {
    const v17 = get(HT, ind, P12_17).value;
    let v18, v16;
    if (ind === "new_economy_firms") [v18, v16] = [get(HT, ind, P07).value + randInt(5, 15), get(HT, ind, ytd(2017, 2)).value - randInt(0, 3)];
    else if (ind === "industrial_va") {
      const pub18 = round1(7.3 + uniform(-0.4, 0.4)), pub17 = get(HT, ind, P12_17).growth;
      v18 = Math.round(v17 * (1 + (pub18 + uniform(1.5, 3.5)) / 100));
      v16 = Math.round(v17 / (1 + (pub17 + uniform(1.5, 3.5)) / 100));
      [[2018, v18, pub18], [2017, v17, pub17], [2016, v16, round1(uniform(6, 11))]].forEach(([y, v, g]) => put(HT, ind, String(y), v, g));
      continue;
    } else {
      v18 = Math.round(v17 * (get(HT, ind, P07).value / get(HT, ind, P07_17).value));
      v16 = Math.round(v17 / (1 + uniform(5, 15) / 100));
    }
    [[2018, v18], [2017, v17], [2016, v16]].forEach(([y, v]) => put(HT, ind, String(y), v));
  }
  const ht18 = (ind) => get(HT, ind, "2018").value;
  for (const z of ZONES.filter((z) => z.id !== HT)) {
    const noise = () => uniform(0.88, 1.12);
    const rev18 = Math.round(ht18("industrial_revenue") * z.mult * (["changsha-hitech", "weifang-hitech"].includes(z.id) ? 1 : uniform(0.97, 1.03)));
    const lvl18 = {
      industrial_revenue: rev18,
      industrial_va: Math.round(rev18 * uniform(0.2, 0.3)),
      budget_revenue: Math.round(ht18("budget_revenue") * z.mult ** 0.9 * noise()),
      trade: Math.round(ht18("trade") * z.mult ** 1.1 * (z.coastal ? 1.2 : 1) * noise()),
      new_economy_firms: Math.round(ht18("new_economy_firms") * z.mult ** 0.7 * noise()),
    };
    for (const ind of ANNUAL) {
      let v = lvl18[ind];
      for (const y of [2018, 2017, 2016]) {
        const pub = ind === "industrial_va" ? round1(uniform(5, 14)) : null;
        put(z.id, ind, String(y), v, pub);
        const g = ind === "industrial_va" ? pub + uniform(1.5, 3.5) : ind === "new_economy_firms" ? uniform(5, 20) : uniform(2, 18);
        v = Math.round(v / (1 + g / 100));
      }
    }
  }
}

// ---------- flags: a few rows marked estimated / revised (never one of the report's figures) ----------
const FLAGS = [
  ["estimated", "park-jiezhuang", "fixed_investment", P07],
  ["estimated", "laiwu-hitech", "trade", "2018"],
  ["estimated", "huanghe-delta-hitech", "industrial_revenue", "2018"],
  ["revised", "weishan", "budget_revenue", P12_17],
  ["revised", "jinxiang", "fdi", ytd(2017, 6)],
  ["revised", "zibo-hitech", "industrial_revenue", "2017"],
];
for (const [flag, e, i, p] of FLAGS) get(e, i, p).flag = flag;

// ---------- write ----------
const cell = (x) => (x = String(x ?? ""), /[",\r\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x);
const writeCsv = (name, header, rows) => {
  writeFileSync(join(OUT, name), [header, ...rows].map((r) => r.map(cell).join(",")).join("\n") + "\n");
  return [name, rows.length];
};
const entityOrder = new Map(ENTITIES.map((e, k) => [e.id, k]));
const indOrder = new Map(INDICATORS.map((i, k) => [i.id, k]));
const periodKey = (p) => (p.length === 4 ? +p * 100 + 13 : +p.slice(0, 4) * 100 + +p.slice(8));
const order = (a, b) => entityOrder.get(a.e) - entityOrder.get(b.e) || indOrder.get(a.i) - indOrder.get(b.i) || periodKey(a.p) - periodKey(b.p);
const rows = [...obs.values()].sort(order);
const written = [
  writeCsv("entities.csv", ["id", "name_zh", "name_en", "kind", "parent", "groups"],
    ENTITIES.map((e) => [e.id, e.zh, e.en, e.kind, e.parent, e.groups])),
  writeCsv("indicators.csv", ["id", "name_zh", "name_en", "unit", "direction", "frequency", "accumulation", "growth"],
    INDICATORS.map((i) => [i.id, i.zh, i.en, i.unit, "higher", "month", i.accumulation, i.growth])),
  writeCsv("observations.csv", ["entity", "indicator", "period", "value", "growth", "flag"],
    rows.map((o) => [o.e, o.i, o.p, fmt(o.i, o.value), o.growth === null ? "" : o.growth.toFixed(1), o.flag])),
  writeCsv("jining_units_2018-01-07_wide.csv",
    ["单位", "时期", "规模以上工业增加值增速(%)", ...INDICATORS.slice(1).map((i) => `${i.zh}(${i.unit})`)],
    UNITS.map((u) => [u.zh, "2018年1—7月", get(u.id, "industrial_va", P07).growth.toFixed(1),
      ...INDICATORS.slice(1).map((i) => fmt(i.id, get(u.id, i.id, P07).value))])),
];

// ---------- checks: re-read the written files, recompute everything from the rounded numbers ----------
function parseCsv(text) {
  const out = [];
  let row = [], field = "", quoted = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (quoted) ch !== '"' ? (field += ch) : text[k + 1] === '"' ? ((field += '"'), k++) : (quoted = false);
    else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n") row.push(field), out.push(row), (row = []), (field = "");
    else field += ch;
  }
  return out;
}
const [hdr, ...data] = parseCsv(readFileSync(join(OUT, "observations.csv"), "utf8"));
const R = new Map(data.map((r) => [key(r[0], r[1], r[2]), { value: Number(r[3]), growth: r[4] === "" ? NaN : Number(r[4]), flag: r[5] }]));
const V = (e, i, p) => R.get(key(e, i, p)).value;
const failures = [];
const check = (ok, msg) => (console.log(`${ok ? "ok  " : "FAIL"} ${msg}`), ok || failures.push(msg));
const unitIds = UNITS.map((u) => u.id);
const growthOf = (e, i) => V(e, i, P07) / V(e, i, P07_17) - 1;
// competition rank of 济宁高新区 among the 14 units on `metric`, and whether any other unit ties with it
function expectRank(metric, want, what) {
  const mine = metric(HT), others = OTHERS.map((u) => metric(u.id));
  const rank = 1 + others.filter((x) => x > mine).length, tie = others.some((x) => x === mine);
  check(rank === want && !tie, `${what}: rank ${rank}${tie ? " (TIED)" : ""} of 14, want ${want}`);
}
const pct = (g) => (100 * g).toFixed(3);

console.log(`checks (济宁高新区, ${P07}, among the 14 units of Jining; rank 1 = largest):`);
check(R.get(key(HT, "industrial_va", P07)).growth === 7.3, "1. industrial_va published growth = 7.3");
expectRank((e) => R.get(key(e, "industrial_va", P07)).growth, 1, "1. industrial_va growth");
check(Math.abs(100 * growthOf(HT, "industrial_revenue") - 13.9) <= 0.05, `2. industrial_revenue growth ${pct(growthOf(HT, "industrial_revenue"))}% ≈ 13.9`);
expectRank((e) => V(e, "industrial_revenue", P07), 2, "2. industrial_revenue level");
expectRank((e) => growthOf(e, "industrial_revenue"), 6, "2. industrial_revenue growth");
expectRank((e) => V(e, "fixed_investment", P07), 2, "3. fixed_investment level");
expectRank((e) => growthOf(e, "fixed_investment"), 2, "3. fixed_investment growth");
expectRank((e) => V(e, "fdi", P07), 1, "4. fdi level");
expectRank((e) => V(e, "trade", P07), 2, "5. trade level");
check(Math.abs(100 * growthOf(HT, "budget_revenue") - 6.3) <= 0.05, `6. budget_revenue growth ${pct(growthOf(HT, "budget_revenue"))}% ≈ 6.3`);
expectRank((e) => V(e, "budget_revenue", P07), 4, "6. budget_revenue level");
expectRank((e) => growthOf(e, "budget_revenue"), 10, "6. budget_revenue growth");
check(V(HT, "new_economy_firms", P07) > 200, `7. new_economy_firms = ${V(HT, "new_economy_firms", P07)} > 200`);
expectRank((e) => V(e, "new_economy_firms", P07), 1, "7. new_economy_firms level");
check(V(HT, "hitech_mfg_firms", P07) === 32, "8. hitech_mfg_firms = 32");
expectRank((e) => V(e, "hitech_mfg_firms", P07), 1, "8. hitech_mfg_firms level");

console.log("checks (whole data set):");
const hundredths = (x) => Math.round(x * 100);
check(data.every((r) => Number(r[3]) > 0), `all ${data.length} values positive`);
check(hdr.join(",") === "entity,indicator,period,value,growth,flag" && new Set(data.map((r) => key(r[0], r[1], r[2]))).size === data.length, "header ok, no duplicate keys");
check([...unitIds, "jining"].every((e) => FLOW.every((i) => [2017, 2018].every((y) =>
  MONTHS[y].slice(1).every((m) => V(e, i, ytd(y, m)) > V(e, i, ytd(y, m - 1)))))), "year-to-date series strictly increasing (units and city)");
check(INDICATORS.every((i) => MONTH_PERIODS.every((p) => hundredths(V("jining", i.id, p)) === sum(unitIds.map((e) => hundredths(V(e, i.id, p)))))),
  "city = exact sum of its 14 units, every indicator and month");
check(["industrial_revenue", "fixed_investment"].every((i) => [P12_17, P07].every((p) =>
  hundredths(V(HT, i, p)) === sum(PARKS.map((pk) => hundredths(V(pk.id, i, p)))))), "10 parks sum exactly to 济宁高新区 (revenue, investment; 2017-01/12, 2018-01/07)");
check(ANNUAL.every((i) => V(HT, i, "2017") === V(HT, i, P12_17)) && R.get(key(HT, "industrial_va", "2017")).growth === R.get(key(HT, "industrial_va", P12_17)).growth,
  "济宁高新区 annual 2017 = its 2017-01/12 year-to-date");
const gaps = [];
for (const e of [...unitIds, "jining"]) for (const m of MONTHS[2018]) gaps.push([V(e, "industrial_va", ytd(2018, m)), V(e, "industrial_va", ytd(2017, m)), R.get(key(e, "industrial_va", ytd(2018, m))).growth]);
for (const z of ZONES) for (const y of [2017, 2018]) gaps.push([V(z.id, "industrial_va", String(y)), V(z.id, "industrial_va", String(y - 1)), R.get(key(z.id, "industrial_va", String(y))).growth]);
const gapPts = gaps.map(([a, b, pub]) => 100 * (a / b - 1) - pub);
check(gapPts.every((d) => d >= 1 && d <= 4), `nominal − published VA growth within 1–4 points (${gaps.length} rows, ${Math.min(...gapPts).toFixed(2)}…${Math.max(...gapPts).toFixed(2)})`);
check(data.every((r) => (r[1] === "industrial_va") === (r[4] !== "")), "growth present exactly on industrial_va rows");
const ratio = (z) => V(z, "industrial_revenue", "2018") / V(HT, "industrial_revenue", "2018");
check(Math.abs(ratio("changsha-hitech") - 2) < 0.02 && Math.abs(ratio("weifang-hitech") - 1.3) < 0.02,
  `2018 industrial revenue vs 济宁高新区: 长沙 ×${ratio("changsha-hitech").toFixed(2)}, 潍坊 ×${ratio("weifang-hitech").toFixed(2)}`);
check(ANNUAL.every((i) => ["2016", "2017", "2018"].every((p) => ZONES.every((z) => z.id === "zhongguancun" || V(z.id, i, p) < V("zhongguancun", i, p)))),
  "中关村 largest zone on every annual indicator and year");
const fl = data.filter((r) => r[5]).map((r) => r[5]);
check(fl.length === FLAGS.length && !data.some((r) => r[0] === HT && r[2] === P07 && r[5]), `flags: ${fl.filter((f) => f === "estimated").length} estimated, ${fl.filter((f) => f === "revised").length} revised, none on the report's figures`);
const ents = parseCsv(readFileSync(join(OUT, "entities.csv"), "utf8")).slice(1);
const entIds = new Set(ents.map((r) => r[0]));
check(entIds.size === ents.length && ents.every((r) => !r[4] || entIds.has(r[4])) && data.every((r) => entIds.has(r[0]) && IND[r[1]]),
  `entities unique (${ents.length}), parents and observation ids resolve`);
check(parseCsv(readFileSync(join(OUT, "indicators.csv"), "utf8"))[7][1] === '"四新"企业数', "quoted CSV field round-trips");

console.log("files:", written.map(([n, c]) => `${n} (${c} rows)`).join(", "));
if (failures.length) throw new Error(`${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
