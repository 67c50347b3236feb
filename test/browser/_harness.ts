/**
 * Shared by the browser tests (test/browser/*.test.ts): a static server for the repository, a headless
 * Chromium (Debian's /usr/bin/chromium driven by playwright-core; never `npx playwright install`), pages
 * that record what went wrong on them, and the rule for a machine without Chromium: with CI set the
 * tests fail, otherwise they are skipped with a loud message.
 *
 * The pages load dist/: `npm test` builds before Vitest runs; alone, run `npm run build` first.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { describe, it } from "vitest";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CHROMIUM = process.env.DUIBIAO_CHROMIUM || "/usr/bin/chromium";
export const SCREENSHOTS = path.join(root, "test/output/browser");
const ci = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";

/** The built files the pages load. */
const NEEDED = ["dist/charts.js", "dist/element.js", "dist/duibiao.global.js"];

/**
 * `describe` for tests that need Chromium. Without it: in CI, one failing test says so; elsewhere the
 * suite is skipped and a warning says why, loudly.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  const why = `${CHROMIUM} is missing: the browser tests need Debian's chromium (apt-get install -y chromium fonts-noto-cjk; .ci/run installs both)`;
  if (ci) {
    describe(name, () => {
      it("has Chromium to run in", () => {
        throw new Error(`${why}. CI is set, so this fails rather than skips.`);
      });
    });
    return;
  }
  console.warn(`\n${"!".repeat(100)}\n!! SKIPPED: ${name}\n!! ${why}.\n!! With CI set this fails.\n${"!".repeat(100)}\n`);
  describe.skip(name, body);
}

/** Fails with a useful message when dist/ has not been built. */
export function assertBuilt(): void {
  const missing = NEEDED.filter((f) => !existsSync(path.join(root, f)));
  if (missing.length) throw new Error(`${missing.join(", ")} missing: run \`npm run build\` first (npm test does)`);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
};

/** A static server for the repository on 127.0.0.1 and a random port (file:// blocks module scripts). */
export async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let file: string;
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
      file = path.join(root, path.normalize(pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Headless Chromium, with the flags that keep it quiet and quick in a container. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** What went wrong on a page: console errors, uncaught exceptions, failed requests, dialogs (alert …). */
export interface PageProblems {
  readonly errors: string[];
  readonly dialogs: string[];
}

/** A new page (own context) that records its problems; dialogs are recorded and dismissed. */
export async function openPage(browser: Browser, url: string, viewport = { width: 900, height: 800 }): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport, locale: "zh-CN", deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], dialogs: [] };
  page.on("console", (m) => {
    if (m.type() === "error") problems.errors.push(`console.error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.errors.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => problems.errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("dialog", (d) => {
    problems.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  return { page, problems };
}

/** Saves a full-page screenshot to test/output/browser/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** What a page shows, shadow roots included: the text of every SVG `<text>`, and how many `<img>` there are. */
export interface Drawn {
  readonly svgTexts: string[];
  readonly images: number;
}

/** Reads {@link Drawn} from the page, walking into every open shadow root. */
export function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    const svgTexts: string[] = [];
    let images = 0;
    for (let i = 0; i < roots.length; i++) {
      for (const el of Array.from(roots[i].querySelectorAll("*"))) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        if (el.localName === "img") images++;
        if (el.localName === "text" && el.namespaceURI === "http://www.w3.org/2000/svg") svgTexts.push(el.textContent ?? "");
      }
    }
    return { svgTexts, images };
  });
}

/** Waits until the `<duibiao-chart>` matching `selector` has drawn `n` marks (or any, without n). */
export async function waitForMarks(page: Page, selector: string, n?: number): Promise<void> {
  await page.waitForFunction(
    ([sel, count]) => {
      const marks = document.querySelector(sel)?.shadowRoot?.querySelectorAll('[role="listitem"]').length ?? 0;
      return count === null ? marks > 0 : marks === count;
    },
    [selector, n ?? null] as const,
    { timeout: 10_000 },
  );
}

/** The hostile label every example page carries: it must show as text and never become an element. */
export const HOSTILE = "<img src=x onerror=alert(1)>";
