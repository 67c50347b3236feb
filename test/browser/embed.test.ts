/**
 * The example pages (examples/embed/*.html) in a real Chromium: charts embedded through ESM
 * (dist/charts.js), through one <script> tag (the global bundle) and through <duibiao-chart> (inline
 * JSON and src). Each page must draw its marks and texts, log no error, and show the hostile label
 * `<img src=x onerror=alert(1)>` as text: no <img> created, no alert. Screenshots go to
 * test/output/browser/<page>.png.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { assertBuilt, describeBrowser, drawn, HOSTILE, launch, openPage, screenshot, serve, waitForMarks } from "./_harness.js";

describeBrowser("examples/embed pages in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    assertBuilt();
    server = await serve();
    browser = await launch();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("esm.html: rankingChart and renderToString imported from dist/charts.js draw", async () => {
    const { page, problems } = await openPage(browser, `${server.url}/examples/embed/esm.html`);
    await page.waitForSelector("body[data-ready]", { timeout: 10_000 });
    expect(await page.locator('#chart svg [role="listitem"]').count()).toBe(15);
    expect(await page.locator('#string svg [role="listitem"]').count()).toBe(5);
    // figure: true brings the caption and the data table
    expect(await page.locator("#chart figcaption").textContent()).toBe("工业主营业务收入（2018年1—7月，示例数据）");
    expect(await page.locator("#chart table.duibiao-table tbody tr").count()).toBe(15);
    const { svgTexts, images } = await drawn(page);
    expect(svgTexts).toContain("济宁高新区");
    expect(svgTexts).toContain("693.46亿元");
    expect(svgTexts).toContain("前5位"); // the cut-off line
    expect(svgTexts).toContain(HOSTILE);
    expect(images).toBe(0);
    // the keyboard: each chart is one Tab stop (its first bar); the arrow keys go on from there, in the
    // DOM chart by itself and in the markup through enableKeyboard
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement!;
        const host = a.closest("#chart, #string");
        return host ? `${host.id} ${Array.from(host.querySelectorAll('[role="listitem"]')).indexOf(a)}` : a.localName;
      });
    const keys: string[] = [];
    for (const key of ["Tab", "ArrowDown", "ArrowDown", "Tab", "ArrowDown", "End", "ArrowUp", "Shift+Tab"]) {
      await page.keyboard.press(key);
      keys.push(`${key}: ${await focused()}`);
    }
    expect(keys).toEqual(["Tab: chart 0", "ArrowDown: chart 1", "ArrowDown: chart 2", "Tab: string 0", "ArrowDown: string 1", "End: string 4", "ArrowUp: string 3", "Shift+Tab: chart 2"]);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await screenshot(page, "esm");
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 30_000);

  it("global.html: one <script> gives window.duibiao (core and charts) and registers <duibiao-chart>", async () => {
    const { page, problems } = await openPage(browser, `${server.url}/examples/embed/global.html`);
    await page.waitForSelector("body[data-ready]", { timeout: 10_000 });
    await waitForMarks(page, "#element", 15);
    const api = await page.evaluate(() => {
      const d = (window as unknown as { duibiao: Record<string, unknown> }).duibiao;
      return {
        names: ["rank", "cagr", "readCsv", "formatRank", "rankingChart", "renderToString", "toSVGString", "DuibiaoChartElement"].filter((k) => typeof d[k] !== "function"),
        frozen: Object.isFrozen(d),
        element: customElements.get("duibiao-chart") === d.DuibiaoChartElement,
      };
    });
    expect(api).toEqual({ names: [], frozen: true, element: true });
    expect(await page.locator("#sentence").textContent()).toBe("济宁高新区规模以上工业增加值增速7.3%，居第1位（共15个）。");
    expect(await page.locator('#chart svg [role="listitem"]').count()).toBe(15);
    const { svgTexts, images } = await drawn(page);
    expect(svgTexts).toContain("7.3%");
    expect(svgTexts).toContain("249.2亿元"); // the element's, fetched from investment.json
    expect(svgTexts.filter((t) => t === HOSTILE)).toHaveLength(2);
    expect(images).toBe(0);
    await screenshot(page, "global");
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 30_000);

  it("element.html: <duibiao-chart> from inline JSON and from src draws in its shadow root", async () => {
    const { page, problems } = await openPage(browser, `${server.url}/examples/embed/element.html`);
    await waitForMarks(page, "#inline", 15);
    await waitForMarks(page, "#themed", 15);
    // the marks live in the shadow roots, not in the page
    expect(await page.evaluate(() => document.querySelectorAll('[role="listitem"]').length)).toBe(0);
    const { svgTexts, images } = await drawn(page);
    expect(svgTexts).toContain("17.59亿元"); // inline JSON
    expect(svgTexts).toContain("693.46亿元"); // revenue.json
    expect(svgTexts.filter((t) => t === HOSTILE)).toHaveLength(2);
    expect(images).toBe(0);
    // drawn at the element's width (the page's 760px column less padding)
    const widths = await page.evaluate(() =>
      ["#inline", "#themed"].map((s) => {
        const el = document.querySelector(s)!;
        return [Math.floor(el.getBoundingClientRect().width), Number(el.shadowRoot!.querySelector("svg")!.getAttribute("width"))];
      }),
    );
    for (const [host, svg] of widths) expect(svg).toBe(host);
    await screenshot(page, "element");
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 30_000);
});
