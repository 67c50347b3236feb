/**
 * <duibiao-chart> (src/charts/element.ts) in a real Chromium, on examples/embed/element.html: tooltips
 * inside the shadow root on hover and focus, keyboard moves between the marks, theming through custom
 * properties, redrawing to a new width, and re-rendering when `src`, `type`, the inline JSON or `data`
 * change. Screenshots of a tooltip go to test/output/browser/.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { assertBuilt, describeBrowser, drawn, HOSTILE, launch, openPage, screenshot, serve, waitForMarks } from "./_harness.js";

/** The tooltip of an element, and the titles of its marks, read from its shadow root. */
function state(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!.shadowRoot!;
    const tip = root.querySelector<HTMLElement>(".tooltip")!;
    const marks = Array.from(root.querySelectorAll('[role="listitem"]'));
    const active = root.activeElement;
    const host = document.querySelector(sel)!.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    return {
      tip: tip.hidden ? null : tip.textContent,
      tipVisible: !tip.hidden && box.width > 0 && getComputedStyle(tip).display !== "none",
      tipInsideHost: box.left >= host.left - 1 && box.right <= host.right + 1 && box.top >= host.top - 1,
      // the element turns each mark's <title> into its aria-label (no second, native tooltip)
      titles: marks.map((m) => m.getAttribute("aria-label")),
      markTitles: root.querySelectorAll('[role="listitem"] title').length,
      focused: active === null ? -1 : marks.indexOf(active),
      outsideTips: document.querySelectorAll(".tooltip").length,
    };
  }, selector);
}

describeBrowser("<duibiao-chart> in Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  const open = async () => {
    const opened = await openPage(browser, `${server.url}/examples/embed/element.html`);
    await waitForMarks(opened.page, "#inline", 15);
    await waitForMarks(opened.page, "#themed", 15);
    return opened;
  };

  beforeAll(async () => {
    assertBuilt();
    server = await serve();
    browser = await launch();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows a mark's title in a tooltip inside the shadow root on hover, and hides it on pointerout", async () => {
    const { page, problems } = await open();
    let s = await state(page, "#inline");
    expect(s.tip).toBeNull();
    expect(s.markTitles).toBe(0);
    // hover the 4th bar (济宁高新区, the subject): its path, a painted shape
    await page.locator('#inline [role="listitem"] path').nth(3).hover();
    s = await state(page, "#inline");
    expect(s.tip).toBe(s.titles[3]);
    expect(s.tip).toBe("济宁高新区: 17.59亿元, 第4位");
    expect(s.tipVisible).toBe(true);
    expect(s.tipInsideHost).toBe(true);
    expect(s.outsideTips).toBe(0); // the tooltip is in the shadow root, not the page
    await screenshot(page, "element-tooltip-hover");
    // moving to another bar updates it
    await page.locator('#inline [role="listitem"] path').nth(0).hover();
    expect((await state(page, "#inline")).tip).toBe("邹城市: 27.46亿元, 第1位");
    // the hostile label: shown as text in the tooltip, no element made of it
    await page.locator('#inline [role="listitem"] path').nth(14).hover();
    s = await state(page, "#inline");
    expect(s.tip).toBe(`${HOSTILE}: 3亿元, 第15位`);
    expect((await drawn(page)).images).toBe(0);
    // leaving the mark hides it
    await page.mouse.move(2, 2);
    expect((await state(page, "#inline")).tip).toBeNull();
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 30_000);

  it("Tab reaches the chart (one stop), arrow keys / Home / End move focus in order, focus shows the tooltip, blur hides it", async () => {
    const { page, problems } = await open();
    await page.keyboard.press("Tab"); // the first focusable thing on the page: the first bar of #inline
    let s = await state(page, "#inline");
    expect(s.focused).toBe(0);
    expect(s.tip).toBe(s.titles[0]);
    expect(s.tipVisible).toBe(true);
    const steps: [string, number][] = [
      ["ArrowDown", 1],
      ["ArrowRight", 2],
      ["ArrowUp", 1],
      ["ArrowLeft", 0],
      ["ArrowUp", 0], // stays at the first
      ["End", 14],
      ["ArrowDown", 14], // stays at the last
      ["Home", 0],
      ["ArrowDown", 1],
      ["ArrowDown", 2],
      ["ArrowDown", 3],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      s = await state(page, "#inline");
      expect({ key, focused: s.focused, tip: s.tip }).toEqual({ key, focused: expected, tip: s.titles[expected] });
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0); // the keys did not scroll the page
    await screenshot(page, "element-tooltip-focus");
    await page.keyboard.press("Escape");
    expect((await state(page, "#inline")).tip).toBeNull();
    await page.keyboard.press("ArrowDown");
    expect((await state(page, "#inline")).tip).toBe((await state(page, "#inline")).titles[4]);
    // Tab leaves the chart (one stop, not one per bar), and Shift+Tab comes back to the bar left focused
    await page.keyboard.press("Tab");
    expect((await state(page, "#inline")).focused).toBe(-1);
    await page.keyboard.press("Shift+Tab");
    s = await state(page, "#inline");
    expect([s.focused, s.tip]).toEqual([4, s.titles[4]]);
    // focus leaves the chart: the tooltip goes
    await page.locator("#data-link").focus();
    s = await state(page, "#inline");
    expect(s.focused).toBe(-1);
    expect(s.tip).toBeNull();
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 30_000);

  it("takes its colours from --duibiao-* custom properties set on the host", async () => {
    const { page, problems } = await open();
    const fills = await page.evaluate(() =>
      ["#inline", "#themed"].map((sel) => {
        const root = document.querySelector(sel)!.shadowRoot!;
        const subject = getComputedStyle(root.querySelector(".db-subject path")!);
        const other = getComputedStyle(root.querySelector('[role="listitem"]:not(.db-subject):not(.db-peer) path')!);
        return [subject.fill, other.fill, subject.stroke, other.stroke];
      }),
    );
    expect(fills).toEqual([
      ["rgb(192, 57, 43)", "rgb(123, 147, 184)", "none", "none"], // the defaults; bars are filled, not outlined
      ["rgb(10, 125, 90)", "rgb(176, 184, 196)", "none", "none"], // #themed's --duibiao-subject and --duibiao-mark
    ]);
    await page.locator('#themed [role="listitem"] path').nth(1).hover();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("#themed")!.shadowRoot!.querySelector(".tooltip")!).backgroundColor)).toBe("rgb(10, 125, 90)");
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 30_000);

  it("redraws at its container's width when that changes (ResizeObserver)", async () => {
    const { page, problems } = await open();
    const svgWidth = () => page.evaluate(() => Number(document.querySelector("#themed")!.shadowRoot!.querySelector("svg")!.getAttribute("width")));
    const before = await svgWidth();
    expect(before).toBeGreaterThan(600);
    await page.evaluate(() => ((document.querySelector("#themed") as HTMLElement).style.width = "420px"));
    await page.waitForFunction(() => document.querySelector("#themed")!.shadowRoot!.querySelector("svg")!.getAttribute("width") === "420", null, { timeout: 5_000 });
    await page.setViewportSize({ width: 560, height: 800 });
    await page.evaluate(() => ((document.querySelector("#themed") as HTMLElement).style.width = ""));
    // the page column is now 560 − 2 × 16 px of padding
    await page.waitForFunction(() => document.querySelector("#themed")!.shadowRoot!.querySelector("svg")!.getAttribute("width") === "528", null, { timeout: 5_000 });
    expect(await page.locator('#themed [role="listitem"]').count()).toBe(15);
    await screenshot(page, "element-narrow");
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 30_000);

  it("shows a mark's whole title in its tooltip when the mark's aria-label is its short form (bump lines)", async () => {
    const { page, problems } = await open();
    await page.evaluate(() => {
      const el = document.querySelector("#themed")! as HTMLElement & { data: unknown };
      el.setAttribute("type", "bump");
      el.data = {
        rows: [
          { label: "甲", period: "2017", rank: 1, value: 9 },
          { label: "乙", period: "2017", rank: 2, value: 8 },
          { label: "甲", period: "2018", rank: 2, value: 9.5 },
          { label: "乙", period: "2018", rank: 1, value: 10 },
        ],
        options: { highlight: "甲" },
      };
    });
    await waitForMarks(page, "#themed", 2);
    const mark = page.locator('#themed [role="listitem"][data-key="甲"]');
    expect(await mark.getAttribute("aria-label")).toBe("甲: 2017年 第1位 → 2018年 第2位");
    // the keyboard's way there: the chart's Tab stop (its first mark), then the arrow keys
    await page.locator('#themed [role="listitem"]').first().focus();
    for (let k = 0; k < 2 && (await page.evaluate(() => document.querySelector("#themed")!.shadowRoot!.activeElement?.getAttribute("data-key"))) !== "甲"; k++) await page.keyboard.press("ArrowDown");
    expect(await mark.evaluate((m) => m === (m.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    expect((await state(page, "#themed")).tip).toBe("甲: 2017年 第1位 → 2018年 第2位\n2017年: 第1位 (9)\n2018年: 第2位 (9.5)");
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 30_000);

  it("re-renders when src, type, the inline JSON or the data property change", async () => {
    const { page, problems } = await open();
    const texts = async () => (await drawn(page)).svgTexts;
    // src → another file
    await page.evaluate(() => document.querySelector("#themed")!.setAttribute("src", "./investment.json"));
    await page.waitForFunction(() => document.querySelector("#themed")!.shadowRoot!.querySelector("svg > title")?.textContent?.startsWith("固定资产投资"), null, { timeout: 5_000 });
    expect(await texts()).toContain("249.2亿元");
    // type → unknown: the message shows instead of the chart; back → the chart again
    await page.evaluate(() => document.querySelector("#themed")!.setAttribute("type", "pie"));
    const error = await page.evaluate(() => {
      const root = document.querySelector("#themed")!.shadowRoot!;
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      return { text: alert.hidden ? null : alert.textContent, svg: root.querySelector("svg") !== null };
    });
    expect(error.svg).toBe(false);
    expect(error.text).toMatch(/^duibiao-chart: type must be one of ranking(, \w+)*; got "pie"$/);
    await page.evaluate(() => document.querySelector("#themed")!.setAttribute("type", "ranking"));
    await waitForMarks(page, "#themed", 15);
    // the inline JSON edited in place
    await page.evaluate(() => {
      document.querySelector("#inline script")!.textContent = JSON.stringify({ rows: [{ label: "甲", value: 3 }, { label: "乙", value: 5 }, { label: "丙", value: 4 }], options: { title: "三行" } });
    });
    await waitForMarks(page, "#inline", 3);
    // the data property wins over src
    await page.evaluate(() => {
      (document.querySelector("#themed") as HTMLElement & { data: unknown }).data = { rows: [{ label: "子", value: 1 }, { label: "丑", value: 2 }], options: { highlight: "子" } };
    });
    await waitForMarks(page, "#themed", 2);
    expect(await texts()).toEqual(expect.arrayContaining(["甲", "乙", "丙", "子", "丑"]));
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await page.context().close();
  }, 30_000);

  it("shows a message and fires duibiao-error when src cannot be loaded or the JSON is bad", async () => {
    const { page } = await open();
    const result = await page.evaluate(async () => {
      const el = document.createElement("duibiao-chart");
      el.setAttribute("type", "ranking");
      const failed = new Promise<string>((resolve) => el.addEventListener("duibiao-error", (e) => resolve(String((e as CustomEvent).detail.error?.message))));
      el.setAttribute("src", "./no-such-file.json");
      document.body.append(el);
      const fetchError = await failed;
      const bad = document.createElement("duibiao-chart");
      bad.setAttribute("type", "ranking");
      bad.innerHTML = '<script type="application/json">{"rows": [</script>';
      document.body.append(bad);
      const alertOf = (e: Element) => e.shadowRoot!.querySelector('[role="alert"]')!.textContent;
      return { fetchError, shown: alertOf(el), bad: alertOf(bad) };
    });
    expect(result.fetchError).toMatch(/no-such-file\.json failed: HTTP 404/);
    expect(result.shown).toBe(`duibiao-chart: ${result.fetchError}`);
    expect(result.bad).toMatch(/^duibiao-chart: the inline JSON is not valid/);
    await page.context().close();
  }, 30_000);
});
