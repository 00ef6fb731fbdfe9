// Offline-first at the till: the server goes away mid-sale, the approved payment waits in
// the console's outbox, the shift cannot close until it has synced, and everything settles
// once the server is back. Real server, real console core, headless wallets.
import { expect, test } from '@playwright/test';
import { pay } from '../wallet/client.ts';
import { CashierPage } from './pages/cashier.ts';
import { StatusBarPage } from './pages/status-bar.ts';
import { type Stack, startStack, walletRuntime } from './stack.ts';

/** The console pings an absent server this often, so a restart is noticed quickly. */
const RESOLVE_INTERVAL_MS = 200;
/** The wallet gives up on the console this soon, and does not ask the (absent) server. */
const OFFLINE_PAY = { timeoutMs: 1_500, statusAttempts: 0 } as const;
const DEMO_GRANT_MINOR = 100_000;

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack({ retry: { resolveIntervalMs: RESOLVE_INTERVAL_MS } });
});
test.afterEach(async () => {
  await stack.stop();
});

test('keeps a payment safe while the server is away; the shift closes once it synced', async ({
  page,
}) => {
  const cashier = new CashierPage(page);
  const status = new StatusBarPage(page);
  await cashier.open(stack.uiUrl);
  await status.expectOnline(true);
  await status.expectUnsynced(0);
  await status.openShift();
  const wallet = await stack.newWallet();

  await stack.server.stop();
  await cashier.enterAmount(3000);
  const uri = await cashier.charge();
  const result = await pay(wallet, uri, walletRuntime, OFFLINE_PAY);
  expect(result.status).toBe('failed');

  await expect(cashier.awaitingServer).toContainText('Server unreachable');
  await expect(cashier.awaitingServer).toContainText('the payment is safe');
  await expect(cashier.decline).toBeHidden();
  await status.expectOnline(false);
  await status.expectUnsynced(1);
  await expect(status.unsynced).toHaveText('1 payment waiting to sync');

  await status.requestCloseShift();
  await expect(status.shiftError).toContainText('1 payment has not reached the server yet');
  await expect(status.shiftState).toHaveAttribute('data-open', 'true');

  await stack.restartServer();
  await expect(cashier.receipt).toBeVisible();
  await expect(cashier.receipt).toContainText('3,000');
  await expect(cashier.offlineBadge).toBeHidden();
  await status.expectOnline(true);
  await status.expectUnsynced(0);
  await expect(status.lastSync).toContainText('synced');
  expect(stack.server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(
    DEMO_GRANT_MINOR - 3000,
  );

  await status.requestCloseShift();
  await expect(status.shiftState).toHaveAttribute('data-open', 'false');
  await expect(status.shiftError).toBeHidden();
  await cashier.newSale();
  await expect(cashier.todaysPayments).toContainText('1 paid');
});

test('shows a progress bar while a backlog of payments syncs', async ({ page }) => {
  const cashier = new CashierPage(page);
  const status = new StatusBarPage(page);
  await cashier.open(stack.uiUrl);
  // More than one outbox chunk (approvals go 10 to a batched call), so the drain has steps.
  const backlogSize = 12;
  const wallets = await Promise.all(Array.from({ length: backlogSize }, () => stack.newWallet()));

  await stack.server.stop();
  // Charges opened by the core directly: the screen holds one QR at a time, a shop's queue
  // of phones does not wait for it.
  await Promise.all(
    wallets.map((wallet, index) => {
      const charge = stack.console.core.charge({ amountMinor: 1000 + index, reference: '' });
      return pay(wallet, charge.pairingUri, walletRuntime, OFFLINE_PAY);
    }),
  );
  await status.expectUnsynced(backlogSize);
  await expect(status.unsynced).toHaveText(`${backlogSize} payments waiting to sync`);
  await expect(cashier.todaysPayments).toContainText('Waiting for server');

  // Each call to the server now takes a while, so the drain is slow enough to watch.
  stack.link.delayMs = 1_200;
  await stack.restartServer();
  await expect(status.progress).toBeVisible();
  await expect(status.progress).toHaveAttribute('aria-valuemax', String(backlogSize));
  await expect(status.progress).toHaveAttribute('aria-valuenow', /^\d+$/);
  await status.expectUnsynced(0);
  await expect(status.progress).toBeHidden();
  await expect(cashier.todaysPayments).toContainText(`${backlogSize} paid`);
});
