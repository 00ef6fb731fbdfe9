// Screenshots of the register in Korean and in large text for docs/screenshots/, against the
// real stack: `npx electron-vite build && npx tsx e2e/screenshots-i18n.ts`. Korean text needs
// a Hangul font on the machine (Debian: fonts-nanum or fonts-noto-cjk), or it draws as boxes.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { pay } from '../wallet/client.ts';
import { CashierPage } from './pages/cashier.ts';
import { DisplaySettingsPage } from './pages/display-settings.ts';
import { StatusBarPage } from './pages/status-bar.ts';
import { startStack, walletRuntime } from './stack.ts';

const OUTPUT_DIR = resolve('docs/screenshots');
const VIEWPORT = { width: 1280, height: 800 };

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${OUTPUT_DIR}/${name}.png` });
  console.log(`saved docs/screenshots/${name}.png`);
}

mkdirSync(OUTPUT_DIR, { recursive: true });
const stack = await startStack();
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-US' });
  const cashier = new CashierPage(page);
  const display = new DisplaySettingsPage(page);
  await cashier.open(stack.uiUrl);
  await new StatusBarPage(page).openShift();
  await display.chooseLanguage('ko');

  // A paid sale in today's list, then a receipt on screen: the register mid-queue.
  const wallet = await stack.newWallet();
  await cashier.enterAmount(4500);
  await pay(wallet, await cashier.charge(), walletRuntime);
  await expect(cashier.receipt).toBeVisible();
  await page.getByTestId('new-sale-button').click();
  await cashier.enterAmount(6000);
  await pay(wallet, await cashier.charge(), walletRuntime);
  await expect(cashier.receipt).toBeVisible();
  await shot(page, 'register-ko');

  await page.getByTestId('new-sale-button').click();
  await display.chooseLanguage('en');
  await display.setLargeText(true);
  await cashier.enterAmount(3500);
  await shot(page, 'register-large-text');
} finally {
  await browser.close();
  await stack.stop();
}
