// Screenshots of the register's sync and shift states for docs/screenshots/, taken against
// the real stack: `npx electron-vite build && npx tsx e2e/screenshots.ts`.
//
// Two states cannot be reached with the real parts yet, because the server does not issue
// offline allowances to wallets: a payment accepted offline and a refused offline approval.
// For those shots only, the page's answers from the console are rewritten (see `rewrite`);
// the page itself is the real build.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { reasonText } from '../protocol/index.ts';
import { pay } from '../wallet/client.ts';
import { CashierPage } from './pages/cashier.ts';
import { StatusBarPage } from './pages/status-bar.ts';
import { type Stack, startStack, walletRuntime } from './stack.ts';

const OUTPUT_DIR = resolve('docs/screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const OFFLINE_PAY = { timeoutMs: 1_500, statusAttempts: 0 } as const;

type Json = Record<string, unknown>;

/** Rewrites one procedure's answers inside tRPC's batched HTTP responses. */
async function rewrite<T>(page: Page, procedure: string, change: (data: T) => T) {
  await page.route(/\/trpc\//, async (route) => {
    const url = new URL(route.request().url());
    const paths = url.pathname.replace(/^.*\/trpc\//, '').split(',');
    if (!paths.includes(procedure)) return route.fallback();
    const response = await route.fetch();
    // Only for pictures: the shape is the console's, read back as it was sent.
    const body = (await response.json()) as Array<{ result?: { data: T } }>;
    paths.forEach((path, index) => {
      const result = body[index]?.result;
      if (path === procedure && result !== undefined) result.data = change(result.data);
    });
    return route.fulfill({ response, json: body });
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${OUTPUT_DIR}/${name}.png` });
  console.log(`saved docs/screenshots/${name}.png`);
}

/** Server away mid-sale: the approval waits; Close shift is refused. */
async function offlineShots(stack: Stack, page: Page): Promise<void> {
  const cashier = new CashierPage(page);
  const status = new StatusBarPage(page);
  await cashier.open(stack.uiUrl);
  await status.openShift();
  const wallet = await stack.newWallet();
  await cashier.enterAmount(4500);
  await pay(wallet, await cashier.charge(), walletRuntime);
  await expect(cashier.receipt).toBeVisible();
  await cashier.newSale();
  await shot(page, 'register-online');

  await stack.server.stop();
  await cashier.enterAmount(3000);
  await pay(wallet, await cashier.charge(), walletRuntime, OFFLINE_PAY);
  await expect(cashier.awaitingServer).toBeVisible();
  await status.expectUnsynced(1);
  await shot(page, 'register-offline');
  await status.requestCloseShift();
  await expect(status.shiftError).toBeVisible();
  await shot(page, 'register-shift-close-refused');
}

/** A backlog draining over a slow link: the progress bar. */
async function backlogShot(stack: Stack, page: Page): Promise<void> {
  const cashier = new CashierPage(page);
  const status = new StatusBarPage(page);
  await cashier.open(stack.uiUrl);
  const wallets = await Promise.all(Array.from({ length: 6 }, () => stack.newWallet()));
  await stack.server.stop();
  await Promise.all(
    wallets.map((wallet, index) => {
      const charge = stack.console.core.charge({ amountMinor: 2000 + index * 500, reference: '' });
      return pay(wallet, charge.pairingUri, walletRuntime, OFFLINE_PAY);
    }),
  );
  await status.expectUnsynced(wallets.length);
  stack.link.delayMs = 1_000;
  await stack.restartServer();
  await expect(status.progress).toBeVisible();
  await shot(page, 'register-sync-backlog');
}

/** Rewritten answers (see the file comment): paid offline, offline refused, quarantined. */
async function offlineApprovalShots(stack: Stack, page: Page): Promise<void> {
  const cashier = new CashierPage(page);
  let scene: { state: string; reason: string | null } = { state: 'offline_pending', reason: null };
  const open = new Set(['awaiting_customer', 'awaiting_approval']);
  await rewrite<Json>(page, 'charges.status', (data) => ({
    ...data,
    ...scene,
    reasonText: scene.reason === null ? null : reasonText('offline_limit_reached'),
  }));
  await rewrite<Json[]>(page, 'payments.today', (rows) =>
    rows.map((row) => (open.has(String(row['state'])) ? { ...row, ...scene } : row)),
  );
  await rewrite<Json>(page, 'sync.status', (data) => ({
    ...data,
    online: false,
    unsynced: 1,
    quarantined: scene.reason === null ? 0 : 1,
  }));
  await cashier.open(stack.uiUrl);
  await cashier.enterAmount(6500);
  await cashier.charge();
  await expect(cashier.offlineBadge).toBeVisible();
  await shot(page, 'register-paid-offline');

  await cashier.newSale();
  scene = { state: 'authorizing', reason: 'offline_limit_reached' };
  await cashier.enterAmount(12000);
  await cashier.charge();
  await expect(cashier.awaitingServer).toHaveAttribute('data-kind', 'offline-refused');
  await shot(page, 'register-offline-refused');
}

async function withStack(run: (stack: Stack, page: Page) => Promise<void>): Promise<void> {
  const stack = await startStack({ retry: { resolveIntervalMs: 200 } });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await run(stack, page);
  } finally {
    await browser.close();
    await stack.stop();
  }
}

mkdirSync(OUTPUT_DIR, { recursive: true });
await withStack(offlineShots);
await withStack(backlogShot);
await withStack(offlineApprovalShots);
