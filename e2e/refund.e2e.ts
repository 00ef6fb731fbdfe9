// A refund with the owner's PIN: the cashier signs in, a headless wallet pays, the cashier
// refunds more than a cashier may alone, the owner's PIN is asked for (a wrong one refused),
// the refund reaches the server and the list shows it; a second refund above what is left is
// refused by the server in words. Then the shift closes with a blind count and its variance.
// A refund asked while the server is away waits in the outbox and goes through once it is back.
import { expect, test } from '@playwright/test';
import { pay } from '../wallet/client.ts';
import { CashierPage } from './pages/cashier.ts';
import { RefundDialogPage } from './pages/refund.ts';
import { documentScreen } from './pages/screenshot.ts';
import { signIn, signOut, submitPin } from './pages/sign-in.ts';
import { StatusBarPage } from './pages/status-bar.ts';
import { type Stack, STAFF, startStack, walletRuntime } from './stack.ts';

const GRANT_MINOR = 100_000;
const balanceOf = (walletId: string) => stack.server.services.walletBalanceMinor(walletId, 'KRW');

let stack: Stack;
test.beforeEach(async () => {
  // The console pings an absent server this often, so a restart is noticed quickly.
  stack = await startStack({ retry: { resolveIntervalMs: 200 } });
});
test.afterEach(async () => {
  await stack.stop();
});

const REFUND_JOURNEY =
  'a refund above the limit needs the owner’s PIN; the shift closes with a blind count';
test(REFUND_JOURNEY, async ({ page }) => {
  const cashier = new CashierPage(page);
  const status = new StatusBarPage(page);
  const refund = new RefundDialogPage(page);
  await page.goto(stack.uiUrl);
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  await documentScreen(page, 'signin-pin');
  await signIn(page, stack.uiUrl, 'cashier');
  await expect(page.getByTestId('signed-in-as')).toContainText(STAFF.cashier.name);
  await expect(page.getByTestId('tab-staff')).toHaveCount(0);
  await status.openShift(50_000);

  await cashier.enterAmount(30000);
  const uri = await cashier.charge();
  const wallet = await stack.newWallet();
  expect((await pay(wallet, uri, walletRuntime)).status).toBe('settled');
  await expect(cashier.receipt).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-paid-chimes', '1');
  await cashier.newSale();
  const row = cashier.todaysPayments.getByTestId('payment-row').first();
  await expect(page.getByTestId('summary-gross')).toHaveText('₩30,000');

  await refund.openFor(row);
  await refund.refund(20_000);
  await expect(refund.ownerPin).toBeVisible();
  await refund.approveWithPin('9999');
  await expect(refund.ownerPinError).toHaveText('That PIN is not right.');
  expect(balanceOf(wallet.walletId)).toBe(GRANT_MINOR - 30_000);
  await documentScreen(page, 'signin-owner-pin');
  await refund.approveWithPin(STAFF.owner.pin);
  await expect(refund.outcome).toHaveAttribute('data-state', 'done');
  await expect(refund.outcome).toHaveText('Refunded ₩20,000.');
  await refund.close();
  await expect(row.getByTestId('refund-badge')).toHaveText('Refunded ₩20,000');
  await expect(page.getByTestId('summary-refunds')).toHaveText('₩20,000');
  await expect(page.getByTestId('summary-net')).toHaveText('₩10,000');
  expect(balanceOf(wallet.walletId)).toBe(GRANT_MINOR - 10_000);

  // More than is left: the owner approves, the server says no, and the cashier reads why.
  await refund.openFor(row);
  await refund.refund(15_000);
  await refund.approveWithPin(STAFF.owner.pin);
  await expect(refund.outcome).toHaveAttribute('data-state', 'refused');
  await expect(refund.outcome).toContainText('more than is left to refund');
  await refund.close();

  await page.getByTestId('shift-close-button').click();
  await page.getByTestId('shift-count').fill('48000');
  await expect(page.getByTestId('shift-close-dialog')).not.toContainText('50,000');
  await documentScreen(page, 'signin-shift-count');
  await status.countAndClose(48_000);
  await expect(page.getByTestId('shift-expected')).toHaveText('₩50,000');
  await expect(page.getByTestId('shift-variance')).toHaveAttribute('data-variance', '-2000');
  await expect(page.getByTestId('shift-variance')).toContainText('Short');
  await documentScreen(page, 'signin-shift-variance');
  await page.getByTestId('shift-count-done').click();
  await expect(status.shiftState).toHaveAttribute('data-open', 'false');
});

test('the owner signs in, sees the Staff tab by F-key, and adds a cashier who can sign in', async ({
  page,
}) => {
  await signIn(page, stack.uiUrl, 'owner');
  await page.keyboard.press('F2');
  await expect(page.getByTestId('tab-staff')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('cashier-name').fill('Hana');
  await page.getByTestId('cashier-pin').fill('8642');
  await page.getByRole('button', { name: 'Add cashier' }).click();
  await expect(page.getByTestId('cashier-row')).toHaveCount(2);
  await documentScreen(page, 'signin-staff');
  await page.keyboard.press('F1');
  await expect(page.getByTestId('charge-button')).toBeVisible();
  await signOut(page);
  await submitPin(page, '8642');
  await expect(page.getByTestId('signed-in-as')).toHaveText('Hana (Cashier)');
});

test('a refund asked while the server is away waits, then goes through once it is back', async ({
  page,
}) => {
  const cashier = new CashierPage(page);
  const refund = new RefundDialogPage(page);
  await cashier.open(stack.uiUrl);
  await cashier.enterAmount(8000);
  const wallet = await stack.newWallet();
  expect((await pay(wallet, await cashier.charge(), walletRuntime)).status).toBe('settled');
  await cashier.newSale();
  const row = cashier.todaysPayments.getByTestId('payment-row').first();

  await stack.server.stop();
  await refund.openFor(row);
  await refund.refund(5_000);
  await expect(refund.outcome).toHaveAttribute('data-state', 'pending');
  await refund.close();
  await expect(row.getByTestId('refund-waiting')).toBeVisible();
  await expect(row.getByTestId('refund-button')).toHaveCount(0);

  await stack.restartServer();
  // Today's list refreshes on its own every 15 s; the refund is sent sooner than that.
  await expect(row.getByTestId('refund-badge')).toHaveText('Refunded ₩5,000', {
    timeout: 20_000,
  });
  expect(balanceOf(wallet.walletId)).toBe(GRANT_MINOR - 3_000);
});
