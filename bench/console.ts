// Benchmark 5: the console's renderer in Chromium, served by the console's real UI server
// with a real server behind it: first contentful paint and time until the charge button is
// on screen, against the same browser painting a minimal page from a bare HTTP server; and
// the size of the JavaScript the renderer ships.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { makeResult } from './lib/result.ts';
import { startBenchStack } from './lib/stack.ts';
import { median } from './lib/stats.ts';
import { withTempDir } from './lib/temp.ts';
import { BenchSkipped, type BenchOptions, type BenchResult } from './lib/types.ts';

const RENDERER_DIR = resolve(import.meta.dirname, '..', 'out', 'renderer');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOAD_TIMEOUT_MS = 15_000;

/** The floor page: the same browser, one text node and the button, nothing to load. */
const FLOOR_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body>' +
  '<p>Handshake POS</p><button data-testid="charge-button">Charge</button></body></html>';

/**
 * Installed before any page script: notes when the charge button first has a box on screen
 * and when it first is enabled, in the page's own clock (ms since navigation start).
 */
const WATCH_CHARGE_BUTTON = `
  window.__bench = { visibleMs: null, enabledMs: null };
  const check = () => {
    const button = document.querySelector('[data-testid="charge-button"]');
    if (!button) return;
    const box = button.getBoundingClientRect();
    if (window.__bench.visibleMs === null && box.width > 0 && box.height > 0) {
      window.__bench.visibleMs = performance.now();
    }
    if (window.__bench.enabledMs === null && !button.disabled) {
      window.__bench.enabledMs = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true,
  });
`;

/** What WATCH_CHARGE_BUTTON keeps in the page. */
interface Watched {
  readonly visibleMs: number | null;
  readonly enabledMs: number | null;
}


interface PageTiming {
  readonly firstContentfulPaintMs: number;
  readonly chargeButtonVisibleMs: number;
  /** When the last script finished downloading (resource timing). */
  readonly scriptsLoadedMs: number;
  readonly domContentLoadedMs: number;
  /** When the first answer of the console's tRPC API arrived (what the register waits for). */
  readonly firstApiAnswerMs: number;
}

/**
 * Reads the page's own timeline (navigation and resource entries). A string, not a
 * function: the TypeScript loader would wrap a function's inner helpers in code the page
 * does not have, and the Node typings have no DOM.
 */
const READ_TIMELINE = `(() => {
  const resources = performance.getEntriesByType('resource');
  const ends = (match) => resources.filter(match).map((entry) => entry.responseEnd);
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    scriptsLoadedMs: Math.max(0, ...ends((entry) => entry.name.endsWith('.js'))),
    domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : 0,
    firstApiAnswerMs: Math.min(
      Number.MAX_SAFE_INTEGER, ...ends((entry) => entry.name.includes('/trpc/')),
    ),
  };
})()`;

type Timeline = Omit<PageTiming, 'firstContentfulPaintMs' | 'chargeButtonVisibleMs'>;

async function loadOnce(
  browser: Browser,
  url: string,
  afterLoad?: (page: Page) => Promise<void>,
): Promise<PageTiming> {
  // A new context each time: an empty cache, like the console's first start.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_CHARGE_BUTTON);
    await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
    // Page-side predicates are functions (a string would need eval, which the CSP forbids)
    // that reach the page's globals through globalThis: the Node typings have no DOM. They
    // are sent to the page as source, so they can use nothing from this module.
    const visible = await page.waitForFunction(
      () => (globalThis as unknown as { __bench: Watched }).__bench.visibleMs,
      undefined,
      { timeout: LOAD_TIMEOUT_MS, polling: 'raf' },
    );
    const fcp = await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      undefined,
      { timeout: LOAD_TIMEOUT_MS },
    );
    const timing = {
      chargeButtonVisibleMs: Number(await visible.jsonValue()),
      firstContentfulPaintMs: Number(await fcp.jsonValue()),
      ...(await page.evaluate<Timeline>(READ_TIMELINE)),
    };
    await afterLoad?.(page);
    return timing;
  } finally {
    await context.close();
  }
}

/** Types one digit and waits for the charge button to enable: the register takes input. */
async function checkInteractive(page: Page): Promise<void> {
  await page.getByTestId('key-5').click({ timeout: LOAD_TIMEOUT_MS });
  await page.waitForFunction(
    () => (globalThis as unknown as { __bench: Watched }).__bench.enabledMs,
    undefined,
    { timeout: LOAD_TIMEOUT_MS },
  );
}

async function serveFloorPage(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(FLOOR_HTML);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

function bundleSizes(): { rawKiB: number; gzipKiB: number; files: number } {
  const assets = join(RENDERER_DIR, 'assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const name of scripts) {
    const content = readFileSync(join(assets, name));
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  return { rawKiB: raw / 1024, gzipKiB: gzip / 1024, files: scripts.length };
}

async function measurePages(uiUrl: string, samples: number) {
  const floorServer = await serveFloorPage();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const floorUrl = `http://127.0.0.1:${(floorServer.address() as AddressInfo).port}/`;
    // One unmeasured load of each warms the browser process, not the pages' caches.
    await loadOnce(browser, floorUrl);
    await loadOnce(browser, uiUrl, checkInteractive);
    const console: PageTiming[] = [];
    const floor: PageTiming[] = [];
    for (let index = 0; index < samples; index++) {
      floor.push(await loadOnce(browser, floorUrl));
      console.push(await loadOnce(browser, uiUrl, checkInteractive));
    }
    return { console, floor };
  } finally {
    await browser.close();
    floorServer.closeAllConnections();
    await new Promise<void>((done) => floorServer.close(() => done()));
  }
}

export async function consoleBench(options: BenchOptions): Promise<BenchResult[]> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new BenchSkipped('no renderer build in out/renderer: run `npm run build` first');
  }
  if (!existsSync(CHROMIUM_PATH)) throw new BenchSkipped(`no Chromium at ${CHROMIUM_PATH}`);
  const bundle = bundleSizes();
  const samples = options.quick ? 3 : 10;
  const pages = await withTempDir('console', async (dir) => {
    const stack = await startBenchStack({ dir, rendererDir: RENDERER_DIR });
    try {
      if (!stack.console.uiUrl) throw new Error('console: the UI server did not start');
      return await measurePages(stack.console.uiUrl, samples);
    } finally {
      await stack.stop();
    }
  });
  const medianOf = (timings: readonly PageTiming[], key: keyof PageTiming) =>
    median(timings.map((timing) => timing[key]));
  return [
    makeResult({
      name: 'console first paint',
      value: medianOf(pages.console, 'firstContentfulPaintMs'),
      unit: 'ms',
      floor: medianOf(pages.floor, 'firstContentfulPaintMs'),
      floorComposition:
        'first-contentful-paint of a one-paragraph page from a bare node:http server,' +
        ' same browser',
      target: { text: '≤ 1,000 ms', maxValue: 1_000 },
      detail: { samples },
    }),
    makeResult({
      name: 'console interactive',
      value: medianOf(pages.console, 'chargeButtonVisibleMs'),
      unit: 'ms',
      floor: medianOf(pages.floor, 'chargeButtonVisibleMs'),
      floorComposition: 'the same minimal page: its static charge button on screen',
      detail: {
        samples,
        meaning: 'charge button on screen; a typed digit then enables it',
        scriptsLoadedMedianMs: medianOf(pages.console, 'scriptsLoadedMs'),
        domContentLoadedMedianMs: medianOf(pages.console, 'domContentLoadedMs'),
        firstApiAnswerMedianMs: medianOf(pages.console, 'firstApiAnswerMs'),
      },
    }),
    makeResult({
      name: 'renderer JS (raw)',
      value: bundle.rawKiB,
      unit: 'KiB',
      detail: { files: bundle.files },
    }),
    makeResult({
      name: 'renderer JS (gzip)',
      value: bundle.gzipKiB,
      unit: 'KiB',
      detail: { files: bundle.files },
    }),
  ];
}
