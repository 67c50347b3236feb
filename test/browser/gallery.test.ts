/**
 * The chart gallery (examples/gallery.html) in a real Chromium: every chart of the library, drawn from
 * one <script> tag (dist/duibiao.global.js) on the demo data of examples/gallery-data.json. Each chart
 * must draw as an accessible SVG (role="img", <title>, <desc>) in a figure with its caption and data
 * table, with as many marks as its rows call for (counted here from the JSON, chart by chart), its
 * Chinese labels as text and a tooltip (<title>) on every mark; each chart must be one stop of the Tab order
 * and its every mark reachable with the arrow keys;
 * the page must log no error. The full page goes to test/output/browser/gallery.png.
 *
 * gallery-data.json is generated and gitignored: beforeAll writes it with `node examples/gallery-data.mjs`
 * (from dist/, so after the build) on every run, so that the page shows what the current build makes of
 * the demo data, in a clean clone (CI) as here.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { assertBuilt, describeBrowser, drawn, launch, openPage, root, screenshot, serve } from "./_harness.js";

/** examples/gallery-data.json, as examples/gallery-data.mjs writes it. */
interface GalleryChart {
  readonly type: string;
  readonly rows: readonly Record<string, unknown>[];
  readonly options: { readonly title: string; readonly highlight?: string; readonly peers?: readonly string[]; readonly far?: readonly string[]; readonly subject?: string; readonly cutoff?: number };
}
interface Gallery {
  readonly title: string;
  readonly note: string;
  readonly charts: readonly GalleryChart[];
}

/** What a chart must show, worked out from its rows in the JSON (the rules are each chart's own). */
interface Expected {
  /** `[role="listitem"]` marks. */
  readonly marks: number;
  /** Rows of the figure's (visually hidden) data table. */
  readonly tableRows: number;
  /** Labels that must be written in the chart's SVG texts (each inside one text). */
  readonly labels: readonly string[];
}

const text = (v: unknown) => String(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const unique = (xs: readonly unknown[]) => [...new Set(xs.map(text))];

const EXPECTED: Record<string, (c: GalleryChart) => Expected> = {
  // a bar per row, missing values included
  rankingChart: (c) => ({ marks: c.rows.length, tableRows: c.rows.length, labels: c.rows.map((r) => text(r.label)) }),
  // a line per entity (rows are entity × month); every entity is labelled at the end (≤ 20 of them)
  bumpChart: (c) => {
    const entities = unique(c.rows.map((r) => r.label));
    return { marks: entities.length, tableRows: entities.length, labels: entities };
  },
  // a line per entity with a value in either period
  slopeChart: (c) => {
    const entities = unique(c.rows.filter((r) => isNumber(r.value)).map((r) => r.label));
    return { marks: entities.length, tableRows: entities.length, labels: [c.options.highlight!] };
  },
  // a line per series, plus the median's (4 series or more and a period where 4 have a value);
  // end labels for the highlighted series and the peers only
  trendChart: (c) => {
    const series = unique(c.rows.map((r) => r.series));
    const perPeriod = new Map<string, number>();
    for (const r of c.rows) if (isNumber(r.value)) perPeriod.set(text(r.period), (perPeriod.get(text(r.period)) ?? 0) + 1);
    // the median is drawn where 4 series or more have a value (with 3 it would be the middle one)
    const median = series.length >= 4 && [...perPeriod.values()].some((n) => n >= 4) ? 1 : 0;
    return { marks: series.length + median, tableRows: series.length + median, labels: [c.options.highlight!, ...c.options.peers!, ...(c.options.far ?? [])] };
  },
  // a row per target
  bulletChart: (c) => ({ marks: c.rows.length, tableRows: c.rows.length, labels: c.rows.map((r) => text(r.label)) }),
  // a dumbbell per indicator; the peers in the legend
  gapChart: (c) => ({
    marks: c.rows.length,
    tableRows: c.rows.length,
    labels: [...c.rows.map((r) => text(r.label)), ...unique(c.rows.flatMap((r) => (r.peers as { peer: string }[]).map((p) => p.peer)))],
  }),
  // a dot per indicator and entity with a value (the subject's and each peer's)
  profileChart: (c) => ({
    marks: c.rows.reduce((n, r) => n + (isNumber(r.subjectValue) ? 1 : 0) + (r.peers as { peerValue: unknown }[]).filter((p) => isNumber(p.peerValue)).length, 0),
    tableRows: c.rows.length,
    labels: [...c.rows.map((r) => text(r.label)), c.options.subject!],
  }),
  // a card per indicator
  scorecard: (c) => ({ marks: c.rows.length, tableRows: c.rows.length, labels: c.rows.map((r) => text(r.label)) }),
};

/** What one section of the page drew. */
interface Section {
  readonly id: string;
  readonly chart: string | undefined;
  readonly heading: string;
  readonly errors: string[];
  readonly svgs: number;
  readonly role: string | null;
  readonly title: string | null;
  readonly desc: string | null;
  /** aria-labelledby / aria-describedby point at the SVG's own <title> / <desc>. */
  readonly labelledBy: boolean;
  readonly describedBy: boolean;
  readonly caption: string | null;
  readonly tableRows: number;
  readonly marks: number;
  /** The marks in the Tab order (tabindex 0), by their place among the chart's marks. */
  readonly stops: number[];
  /** Each mark's tooltip: the text of its own <title>. */
  readonly tips: string[];
  readonly keys: (string | null)[];
  readonly texts: string[];
  /** The SVG's size as laid out, and as drawn (its width / height attributes). */
  readonly box: { width: number; height: number; right: number };
  readonly size: { width: number; height: number };
  readonly sectionRight: number;
}

function sections(page: Page): Promise<Section[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("#gallery > section")).map((section) => {
      const svg = section.querySelector("svg");
      const title = svg?.querySelector(":scope > title") ?? null;
      const desc = svg?.querySelector(":scope > desc") ?? null;
      const marks = Array.from(section.querySelectorAll<SVGElement>('svg [role="listitem"]'));
      const box = svg?.getBoundingClientRect();
      return {
        id: section.id,
        chart: section.dataset.chart,
        heading: section.querySelector("h2")?.textContent ?? "",
        errors: Array.from(section.querySelectorAll(".error"), (e) => e.textContent ?? ""),
        svgs: section.querySelectorAll("svg").length,
        role: svg?.getAttribute("role") ?? null,
        title: title?.textContent ?? null,
        desc: desc?.textContent ?? null,
        labelledBy: !!title?.id && svg?.getAttribute("aria-labelledby") === title.id,
        describedBy: !!desc?.id && svg?.getAttribute("aria-describedby") === desc.id,
        caption: section.querySelector("figure > figcaption")?.textContent ?? null,
        tableRows: section.querySelectorAll("figure > table.duibiao-table tbody tr").length,
        marks: marks.length,
        stops: marks.flatMap((m, k) => (m.tabIndex === 0 ? [k] : [])),
        tips: marks.map((m) => m.querySelector(":scope > title")?.textContent ?? ""),
        keys: marks.map((m) => m.getAttribute("data-key")),
        texts: Array.from(section.querySelectorAll("svg text"), (t) => t.textContent ?? ""),
        box: { width: box?.width ?? 0, height: box?.height ?? 0, right: box?.right ?? 0 },
        size: { width: Number(svg?.getAttribute("width")), height: Number(svg?.getAttribute("height")) },
        sectionRight: section.getBoundingClientRect().right,
      };
    }),
  );
}

describeBrowser("examples/gallery.html in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let gallery: Gallery;
  const open = async () => {
    const opened = await openPage(browser, `${server.url}/examples/gallery.html`);
    await opened.page.waitForSelector("body[data-ready]", { timeout: 10_000 });
    return opened;
  };

  beforeAll(async () => {
    assertBuilt();
    if (!existsSync(path.join(root, "dist/index.js"))) throw new Error("dist/index.js missing: run `npm run build` first (npm test does)");
    // examples/gallery-data.json is generated (gitignored): written afresh from the current dist/
    try {
      execFileSync(process.execPath, ["examples/gallery-data.mjs"], { cwd: root, stdio: "pipe" });
    } catch (e) {
      const err = e as { stderr?: Buffer; message: string };
      throw new Error(`node examples/gallery-data.mjs failed: ${err.stderr?.toString() || err.message}`);
    }
    gallery = JSON.parse(readFileSync(path.join(root, "examples/gallery-data.json"), "utf8")) as Gallery;
    server = await serve();
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("gallery-data.json has every chart of the global bundle, each with rows and a title", async () => {
    const { page, problems } = await open();
    // the chart components of window.duibiao: the functions defineChart made (src/charts/defineChart.ts)
    const charts = await page.evaluate(() => {
      const d = (window as unknown as { duibiao: Record<string, unknown> }).duibiao;
      return Object.keys(d)
        .filter((k) => typeof d[k] === "function" && Object.getOwnPropertySymbols(d[k]).includes(Symbol.for("duibiao.chart.build")))
        .sort();
    });
    expect(gallery.charts.map((c) => c.type).sort()).toEqual(charts);
    expect(Object.keys(EXPECTED).sort()).toEqual(charts); // this test knows what each one must draw
    for (const c of gallery.charts) {
      expect(c.rows.length, c.type).toBeGreaterThan(0);
      expect(c.options.title, c.type).toMatch(/\p{Script=Han}/u);
    }
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 30_000);

  it("draws every chart: an accessible SVG in a figure, its marks counted from the data, its labels as text", async () => {
    const { page, problems } = await open();
    expect(await page.locator("#title").textContent()).toBe(gallery.title);
    expect(await page.locator("#note").textContent()).toBe(gallery.note);
    expect(await page.locator("p.error").count()).toBe(0);
    const toc = await page.locator("#toc a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
    expect(toc).toEqual(gallery.charts.map((c) => [`#chart-${c.type}`, c.type]));

    const drawnSections = await sections(page);
    expect(drawnSections.map((s) => s.chart)).toEqual(gallery.charts.map((c) => c.type));
    gallery.charts.forEach((c, k) => {
      const s = drawnSections[k];
      const want = EXPECTED[c.type](c);
      const at = `${c.type} (section ${k + 1})`;
      expect(s.id, at).toBe(`chart-${c.type}`);
      expect(s.heading, at).toBe(`${k + 1}. ${c.options.title} duibiao.${c.type}(rows, options)`);
      expect(s.errors, at).toEqual([]);
      expect(s.svgs, at).toBe(1);
      expect(s.role, at).toBe("img");
      expect(s.title, at).toBe(c.options.title);
      expect(s.desc, at).toMatch(/\p{Script=Han}.*。$/u); // written from the data, in Chinese
      expect({ labelledBy: s.labelledBy, describedBy: s.describedBy }, at).toEqual({ labelledBy: true, describedBy: true });
      expect(s.caption, at).toBe(c.options.title);
      expect({ marks: s.marks, tableRows: s.tableRows }, at).toEqual({ marks: want.marks, tableRows: want.tableRows });
      expect(s.stops, at).toEqual([0]); // one Tab stop: the first mark
      // every mark has its tooltip: a <title> that names what it is, in Chinese
      for (const tip of s.tips) expect(tip, at).toMatch(/^\S.*\p{Script=Han}/u);
      for (const label of want.labels) expect(s.texts.some((t) => t.includes(label)), `${at}: "${label}" in its texts`).toBe(true);
      // drawn at its own size (640 px fits the 728 px column): not scaled down, not cut off
      expect(s.size.width, at).toBe(640);
      expect(s.size.height, at).toBeGreaterThan(100);
      expect(Math.round(s.box.width), at).toBe(s.size.width);
      expect(Math.round(s.box.height), at).toBe(s.size.height);
      expect(s.box.right, at).toBeLessThanOrEqual(s.sectionRight);
    });

    // The ranking: a bar per unit in rank order, the subject among them, the cut-off line after 前5位.
    const ranking = gallery.charts.find((c) => c.type === "rankingChart")!;
    const rs = drawnSections.find((s) => s.chart === "rankingChart")!;
    const byRank = [...ranking.rows].sort((a, b) => Number(a.levelRank) - Number(b.levelRank));
    expect(rs.keys).toEqual(byRank.map((r) => text(r.label)));
    expect(rs.tips.map((t) => t.slice(0, t.indexOf(": ")))).toEqual(byRank.map((r) => text(r.label)));
    expect(rs.tips.map((t) => t.slice(t.lastIndexOf(", ") + 2))).toEqual(byRank.map((r) => `第${r.levelRank}位`));
    expect(rs.keys).toContain(ranking.options.highlight);
    expect(rs.texts).toContain(`前${ranking.options.cutoff}位`);
    // The scorecard: a card per indicator, in the order of the rows.
    const card = gallery.charts.find((c) => c.type === "scorecard")!;
    expect(drawnSections.find((s) => s.chart === "scorecard")!.keys).toEqual(card.rows.map((r) => text(r.label)));

    // no <img> anywhere (all labels are text), every id once (eight figures on one page), and the
    // page no wider than the window (the data tables are contained)
    expect((await drawn(page)).images).toBe(0);
    const layout = await page.evaluate(() => {
      const ids = Array.from(document.querySelectorAll("[id]"), (e) => e.id);
      return { duplicateIds: ids.filter((id, k) => ids.indexOf(id) !== k), scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth };
    });
    expect(layout.duplicateIds).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);

    await screenshot(page, "gallery");
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 60_000);

  it("Tab goes through the contents links, then each chart once; the arrow keys go through every mark of the chart; a focus ring", async () => {
    const { page, problems } = await open();
    // what has focus: a contents link by its href, a mark by its chart and its place among the chart's marks
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        if (a === null || a === document.body) return "body";
        if (a.localName === "a") return `link ${a.getAttribute("href")}`;
        const section = a.closest("section");
        const marks = section ? Array.from(section.querySelectorAll('svg [role="listitem"]')) : [];
        return `${section?.dataset.chart ?? "?"} ${a.getAttribute("role")} ${marks.indexOf(a)}`;
      });
    const press = async (key: string) => {
      await page.keyboard.press(key);
      return focused();
    };
    const stops: string[] = [];
    for (let k = 0; k < 2 * gallery.charts.length + 1; k++) stops.push(await press("Tab"));
    // a chart is one stop, at its first mark; after the last chart, focus leaves the page (back to the browser)
    expect(stops).toEqual([...gallery.charts.map((c) => `link #chart-${c.type}`), ...gallery.charts.map((c) => `${c.type} listitem 0`), "body"]);
    // in each chart, ArrowDown / ArrowRight go through every mark in order and stop at the last; Home, End,
    // ArrowUp / ArrowLeft go back
    for (const c of gallery.charts) {
      const n = EXPECTED[c.type](c).marks;
      await page.locator(`#chart-${c.type} svg [role="listitem"]`).first().focus();
      const seen: string[] = [];
      for (let k = 1; k < n + 1; k++) seen.push(await press(k % 2 ? "ArrowDown" : "ArrowRight"));
      expect(seen, c.type).toEqual([...Array.from({ length: n - 1 }, (_, j) => `${c.type} listitem ${j + 1}`), `${c.type} listitem ${n - 1}`]);
      expect([await press("Home"), await press("ArrowUp"), await press("End"), await press("ArrowLeft")], c.type).toEqual([0, 0, n - 1, Math.max(n - 2, 0)].map((j) => `${c.type} listitem ${j}`));
    }
    // from the last chart, Tab leaves the page; Shift+Tab comes back to the mark left focused there (one before its last)
    const last = gallery.charts[gallery.charts.length - 1];
    const lastN = EXPECTED[last.type](last).marks;
    expect(await press("Tab")).toBe("body");
    expect(await press("Shift+Tab")).toBe(`${last.type} listitem ${Math.max(lastN - 2, 0)}`);
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
    });
    expect(ring).toBe("solid 2px rgb(192, 57, 43)");
    // a contents link takes the reader to its chart
    await page.locator('#toc a[href="#chart-bulletChart"]').click();
    expect(await page.evaluate(() => location.hash)).toBe("#chart-bulletChart");
    expect(Math.abs(await page.evaluate(() => document.querySelector("#chart-bulletChart")!.getBoundingClientRect().top))).toBeLessThan(1); // scrolled to the top
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 60_000);
});
