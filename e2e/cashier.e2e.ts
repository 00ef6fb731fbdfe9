// The cashier's first journey: charge 4,500 KRW, a phone pays the QR's URI, the receipt
// appears on screen; and a declined payment shows its reason in plain words.
import { expect, test } from '@playwright/test';
import { pay } from '../wallet/client.ts';
import { CashierPage } from './pages/cashier.ts';
import { type Stack, startStack, walletRuntime } from './stack.ts';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

test('charges 4,500 KRW and shows the receipt once the wallet pays', async ({ page }) => {
  const cashier = new CashierPage(page);
  await cashier.open(stack.uiUrl);
  await cashier.enterAmount(4500);
  await expect(cashier.amount).toContainText('4,500');
  const uri = await cashier.charge();
  expect(uri).toMatch(/^hspos:\/\/pay\?/);
  const wallet = await stack.newWallet();
  const result = await pay(wallet, uri, walletRuntime);
  expect(result.status).toBe('settled');
  await expect(cashier.receipt).toBeVisible();
  await expect(cashier.receipt).toContainText('4,500');
  if (result.status === 'settled') {
    await expect(cashier.receipt).toContainText(result.receipt.body.transactionId.slice(0, 8));
  }
  await cashier.newSale();
  await expect(cashier.todaysPayments).toContainText('4,500');
});

test('shows a customer’s refusal in plain words', async ({ page }) => {
  const cashier = new CashierPage(page);
  await cashier.open(stack.uiUrl);
  await cashier.enterAmount(12000);
  const uri = await cashier.charge();
  const wallet = await stack.newWallet();
  const result = await pay(wallet, uri, walletRuntime, { approve: () => false });
  expect(result).toMatchObject({ status: 'declined', reason: 'customer_cancelled' });
  await expect(cashier.decline).toBeVisible();
  await expect(cashier.decline).toContainText('The customer declined the payment.');
});

test('refuses the console API without the per-launch token', async ({ request }) => {
  const origin = new URL(stack.uiUrl).origin;
  const response = await request.get(`${origin}/trpc/console.info`);
  expect(response.status()).toBe(401);
});
