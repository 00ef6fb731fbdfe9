// The cafeteria's lunch rush, by keyboard only: the cashier signs in with a PIN, adds three
// items by their quick keys (one twice), Enter charges the cart, a phone pays, the receipt
// lists the lines. And an event: the owner makes one with its own catalog, sells from it,
// and its report shows the sale.
import { expect, test } from '@playwright/test';
import { seedDemoCatalog } from '../scripts/demo-catalog.ts';
import { pay } from '../wallet/client.ts';
import { documentScreen } from './pages/screenshot.ts';
import { OwnerCatalogPage, RegisterPage } from './pages/register.ts';
import { signIn } from './pages/sign-in.ts';
import { type Stack, startStack, walletRuntime } from './stack.ts';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

const ADMIN = { role: 'administrator', administratorId: 'e2e' } as const;

test('a three-item lunch checkout by keyboard only', async ({ page }) => {
  // The owner's catalog, seeded through the core as the Catalog screen would.
  await seedDemoCatalog(stack.console.core);
  await signIn(page, stack.uiUrl, 'cashier', { byKeyboard: true });
  const register = new RegisterPage(page);
  await expect(register.tile('B')).toContainText('Bibimbap');
  await register.press('b', 'k', 'c', 'b');
  await expect(register.cartLines).toHaveCount(3);
  await expect(register.line('Bibimbap')).toHaveAttribute('data-quantity', '2');
  await expect(register.cartTotal).toHaveAttribute('data-total-minor', '18500');
  await expect(register.cartTotal).toContainText('18,500');
  // + and − act on the last line touched; Delete removes it.
  await register.press('+');
  await expect(register.line('Bibimbap')).toHaveAttribute('data-quantity', '3');
  await register.press('-', 'r', 'Delete');
  await expect(register.cartLines).toHaveCount(3);
  await documentScreen(page, 'catalog-register-cart');

  const uri = await register.chargeByKeyboard();
  const wallet = await stack.newWallet();
  let seenLines: readonly { label: string; quantity: number }[] = [];
  const result = await pay(wallet, uri, walletRuntime, {
    approve: (request) => {
      seenLines = request.body.lines;
      return true;
    },
  });
  expect(result.status).toBe('settled');
  expect(seenLines.map((line) => `${line.label}×${line.quantity}`)).toEqual([
    'Bibimbap×2',
    'Kimbap×1',
    'Coffee×1',
  ]);
  const receipt = page.getByTestId('receipt');
  await expect(receipt).toBeVisible();
  await expect(register.receiptLines).toHaveCount(3);
  await expect(register.receiptLines.first()).toContainText('Bibimbap');
  await expect(register.receiptLines.first()).toContainText('13,000');
  await expect(page.getByTestId('receipt-amount')).toContainText('18,500');
  await documentScreen(page, 'catalog-receipt-lines');
  // The server's record of the payment carries the same lines (its item report reads them).
  const items = stack.server.services.topItemsReport(ADMIN, { by: 'quantity', limit: 10 });
  expect(items.map((item) => [item.label, item.quantity, item.grossMinor])).toEqual([
    ['Bibimbap', 2, 13_000],
    ['Coffee', 1, 2_000],
    ['Kimbap', 1, 3_500],
  ]);
  // Enter on the focused "New sale" starts the next customer with an empty cart.
  await register.press('Enter');
  await expect(register.cartLines).toHaveCount(0);
});

test('an owner runs an event with its own catalog and reads its report', async ({ page }) => {
  await seedDemoCatalog(stack.console.core);
  await signIn(page, stack.uiUrl, 'owner');
  const owner = new OwnerCatalogPage(page);
  await owner.openTab('events');
  const row = await owner.createEvent('Spring Festival');
  await row.getByTestId('event-edit-catalog').click();
  await owner.addCategory('Festival food');
  await owner.addItem({ name: 'Hotdog', price: '3000', quickKey: 'h' });
  await row.getByTestId('event-activate').click();
  await expect(row).toContainText(/on sale now/i);

  // F1 selects the register (its first tab); focus stays off the tab bar, so Enter charges.
  await page.keyboard.press('F1');
  await expect(page.getByTestId('tab-sell')).toHaveAttribute('aria-selected', 'true');
  const register = new RegisterPage(page);
  await expect(register.eventBanner).toContainText('Spring Festival');
  await expect(register.tiles).toHaveCount(1);
  await register.press('h', '+');
  await expect(register.cartTotal).toHaveAttribute('data-total-minor', '6000');
  const uri = await register.chargeByKeyboard();
  const result = await pay(await stack.newWallet(), uri, walletRuntime);
  expect(result.status).toBe('settled');
  await expect(page.getByTestId('receipt')).toBeVisible();

  await owner.openTab('events');
  await owner.openTab('catalog');
  await documentScreen(page, 'catalog-editor');
  await owner.openTab('events');
  await expect(row).toContainText(/on sale now/i);
  await documentScreen(page, 'catalog-events');
  await row.getByTestId('event-show-report').click();
  const report = page.getByTestId('event-report');
  await expect(report.getByTestId('report-payments')).toHaveText('1');
  await expect(report.getByTestId('report-gross')).toContainText('6,000');
  await expect(report.locator('[data-testid="report-item"][data-label="Hotdog"]')).toHaveAttribute(
    'data-quantity',
    '2',
  );
  await documentScreen(page, 'catalog-event-report');
});
