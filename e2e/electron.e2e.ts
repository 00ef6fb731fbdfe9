// The built Electron app (out/main/index.js) against a real server on 127.0.0.1: the window's
// secure web preferences, a renderer with no Node, the CSP, and window.open and navigation
// blocked. Where the Electron binary is not installed the test skips and says why.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  _electron as electron,
  type ElectronApplication,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { startServer, type RunningServer } from '../server/app.ts';
import { serverConfigSchema } from '../server/config.ts';

const ROOT = resolve(import.meta.dirname, '..');
const MAIN_ENTRY = join(ROOT, 'out', 'main', 'index.js');

/**
 * The Electron binary, found as scripts/console-launcher.ts electronBinary() finds it: through
 * the package's path.txt, because require('electron') would try to download a missing binary.
 */
function electronBinaryPath(): string | null {
  const packageDir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(packageDir, 'dist');
  const path = join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(path) ? path : null;
}

const binaryPath = electronBinaryPath();

test.skip(
  binaryPath === null,
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); install it to run this test',
);

let server: RunningServer;
let dataDir: string;
let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  if (binaryPath === null) return;
  if (!existsSync(MAIN_ENTRY)) throw new Error(`${MAIN_ENTRY} is missing: run electron-vite build`);
  dataDir = mkdtempSync(join(tmpdir(), 'hspos-electron-'));
  server = await startServer(
    serverConfigSchema.parse({
      dbPath: join(dataDir, 'server.db'),
      adminToken: randomBytes(24).toString('base64url'),
      demoGrantMinor: 100_000,
      port: 0,
    }),
  );
  const consoleDataDir = join(dataDir, 'console');
  // Chromium refuses its own sandbox to root (as in a CI container); the window's `sandbox`
  // preference, which this test checks, still applies to the renderer.
  const chromiumSwitches = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  app = await electron.launch({
    executablePath: binaryPath,
    args: [...chromiumSwitches, MAIN_ENTRY, '--server', server.url, '--data', consoleDataDir],
    cwd: ROOT,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  await server?.stop();
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
});

test('the window is isolated and sandboxed, with no Node integration', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows();
    // Undocumented but long-lived: the only way to read back a window's applied preferences.
    const contents: unknown = window?.webContents;
    const read = (contents as { getLastWebPreferences?: () => unknown } | undefined)
      ?.getLastWebPreferences;
    return typeof read === 'function' ? read.call(contents) : null;
  });
  expect(preferences, 'webContents.getLastWebPreferences() answered').not.toBeNull();
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
  });
});

test("the renderer has no require, no process and only the bridge's invoke", async () => {
  // Expressions as strings: this file is type-checked for Node, without the DOM library.
  const globals = await page.evaluate<Record<string, unknown>>(`({
    require: typeof window.require,
    process: typeof window.process,
    module: typeof window.module,
    bridgeKeys: Object.keys(window.handshake ?? {}),
  })`);
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    bridgeKeys: ['invoke'],
  });
});

test('the page carries a strict Content-Security-Policy', async () => {
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  // Enforced, not just written: an inline script does not run.
  const inlineRan = await page.evaluate<boolean>(`(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inlineRan = "yes"';
    document.body.append(script);
    return document.body.dataset.inlineRan === 'yes';
  })()`);
  expect(inlineRan).toBe(false);
});

test('window.open and navigation away are blocked', async () => {
  const appUrl = page.url();
  const blocked = await page.evaluate<boolean>(`window.open('https://example.com/') === null`);
  expect(blocked, 'window.open returned null').toBe(true);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  await page.evaluate(`window.location.href = 'https://example.com/'`);
  // will-navigate is cancelled in main; give a navigation the time it would have taken.
  await page.waitForTimeout(500);
  expect(page.url()).toBe(appUrl);
});
