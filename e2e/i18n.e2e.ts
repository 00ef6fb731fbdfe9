// The register in Korean and in large text: the cashier switches language from the header,
// a headless wallet pays, the receipt reads in Korean; large text grows the whole page. Both
// choices survive a reload, and English is the default in the test browser (en-US).
import { expect, test } from '@playwright/test';
import { pay } from '../wallet/client.ts';
import { CashierPage } from './pages/cashier.ts';
import { DisplaySettingsPage } from './pages/display-settings.ts';
import { StatusBarPage } from './pages/status-bar.ts';
import { type Stack, startStack, walletRuntime } from './stack.ts';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

test('charges and shows the receipt in Korean, then back in English', async ({ page }) => {
  const cashier = new CashierPage(page);
  const display = new DisplaySettingsPage(page);
  const status = new StatusBarPage(page);
  await cashier.open(stack.uiUrl);
  // The default follows the browser's language; the e2e browser is English.
  expect(await page.evaluate(() => navigator.language)).toMatch(/^en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(display.languageButton('en')).toHaveAttribute('aria-pressed', 'true');

  await display.chooseLanguage('ko');
  await expect(display.languageButton('en')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('charge-button')).toHaveText('결제');
  await expect(page.getByRole('group', { name: '금액 키패드' })).toBeVisible();
  await expect(page.getByRole('button', { name: '마지막 숫자 지우기' })).toBeVisible();
  await expect(status.server).toHaveText('서버 연결됨');

  await cashier.enterAmount(4500);
  await expect(cashier.amount).toHaveText('₩4,500');
  const uri = await cashier.charge();
  await expect(page.getByTestId('charge-status')).toContainText('고객');
  const wallet = await stack.newWallet();
  const result = await pay(wallet, uri, walletRuntime);
  expect(result.status).toBe('settled');
  await expect(cashier.receipt).toBeVisible();
  await expect(cashier.receipt).toContainText('결제 완료');
  await expect(cashier.receipt).toContainText('₩4,500');
  await expect(cashier.receipt).toContainText('거래 번호');
  await expect(page.getByTestId('new-sale-button')).toHaveText('새 판매');
  await expect(cashier.todaysPayments).toContainText('1건 결제');

  // The choice is kept across a reload.
  await page.reload();
  await expect(page.getByTestId('charge-button')).toHaveText('결제');

  await display.chooseLanguage('en');
  await expect(page.getByTestId('charge-button')).toHaveText('Charge');
  await expect(cashier.todaysPayments).toContainText('1 paid');
  await expect(status.server).toHaveText('Server online');
});

test('large text grows the root font size, by keyboard too, and is kept', async ({ page }) => {
  const cashier = new CashierPage(page);
  const display = new DisplaySettingsPage(page);
  await cashier.open(stack.uiUrl);
  const normalPx = await display.rootFontSizePx();
  const normalChargePx = await display.fontSizePx('charge-button');
  await expect(display.largeTextToggle).toHaveAttribute('aria-pressed', 'false');

  // Reached from the keyboard, with a visible focus ring, and pressed with Space.
  await display.largeTextToggle.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(display.largeTextToggle).toBeFocused();
  expect(await display.focusedOutlineStyle()).toBe('solid');
  await page.keyboard.press('Space');
  await expect(display.largeTextToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/large-text/);
  const largePx = await display.rootFontSizePx();
  expect(largePx).toBeGreaterThan(normalPx);
  // The rem-based sizes follow; the keypad gets shorter so Charge stays on screen.
  expect(await display.fontSizePx('charge-button')).toBeGreaterThan(normalChargePx);
  await expect(page.getByTestId('charge-button')).toBeInViewport();

  await page.reload();
  await expect(display.largeTextToggle).toHaveAttribute('aria-pressed', 'true');
  expect(await display.rootFontSizePx()).toBe(largePx);

  await display.setLargeText(false);
  expect(await display.rootFontSizePx()).toBe(normalPx);
});
