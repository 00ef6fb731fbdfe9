// The tutor's journey: a student, a weekly lesson invoice sent with its link, the student's
// wallet paying from the link while the console watches, and "charge now" for part of an
// invoice at the end of a lesson.
import { expect, test } from '@playwright/test';
import { businessDayOf } from '../server/domain/calendar.ts';
import { pay, payInvoice } from '../wallet/client.ts';
import { DisplaySettingsPage } from './pages/display-settings.ts';
import { InvoicesPage } from './pages/invoices.ts';
import { documentScreen } from './pages/screenshot.ts';
import { signIn } from './pages/sign-in.ts';
import { type Stack, startStack, walletRuntime } from './stack.ts';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.stop();
});

/** Today in the server's business time zone, the day invoices fall due by. */
const serverToday = () =>
  businessDayOf(Date.now(), stack.server.services.env.settings.utcOffsetMinutes);
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test('a weekly invoice is paid from its link; the next lesson is scheduled', async ({ page }) => {
  await signIn(page, stack.uiUrl, 'owner');
  const invoices = new InvoicesPage(page);
  await invoices.open();
  await invoices.addStudent('Minji Kim', '010-1234-5678');
  const today = serverToday();
  const lesson = { label: 'Piano lesson', price: '30000', dueDay: today };
  await invoices.createInvoice({ student: 'Minji Kim', ...lesson, weekly: true });
  await expect(invoices.chip()).toHaveAttribute('data-chip', 'sent');
  await expect(invoices.detail.getByTestId('invoice-qr').getByRole('img')).toBeVisible();
  const link = await invoices.link();
  await documentScreen(page, 'invoices-detail');

  const wallet = await stack.newWallet();
  const result = await payInvoice(wallet, link, walletRuntime);
  expect(result.status).toBe('settled');
  // The detail refreshes by itself while something is left to pay.
  await expect(invoices.chip()).toHaveAttribute('data-chip', 'paid', { timeout: 10_000 });
  await invoices.closeDetail();
  await expect(invoices.chip(invoices.list)).toHaveAttribute('data-chip', 'paid');
  await expect(page.getByTestId('series-row')).toHaveAttribute('data-next-day', addDays(today, 7));
  await expect(page.getByTestId('series-row')).toContainText(addDays(today, 7));
  await documentScreen(page, 'invoices-list');
});

test('charge now takes part of an invoice; the rest is paid by link', async ({ page }) => {
  await signIn(page, stack.uiUrl, 'owner');
  const invoices = new InvoicesPage(page);
  await invoices.open();
  await invoices.addStudent('Jisoo Park', 'parent: 010-9876-5432');
  const lesson = { label: 'Math lesson', price: '30000', dueDay: serverToday() };
  await invoices.createInvoice({ student: 'Jisoo Park', ...lesson, weekly: false });
  const uri = await invoices.chargeNow('10000');
  const wallet = await stack.newWallet();
  const paid = await pay(wallet, uri, walletRuntime);
  expect(paid.status).toBe('settled');
  await expect(page.getByTestId('charge-now-panel')).toHaveAttribute('data-state', 'settled');
  await page.getByTestId('charge-now-panel').getByRole('button').click();
  await expect(invoices.chip()).toHaveAttribute('data-chip', 'partially_paid');
  await expect(invoices.detail.getByTestId('invoice-remaining')).toContainText('20,000');
  // The same screen in Korean: chips and amounts in the owner's language.
  await new DisplaySettingsPage(page).chooseLanguage('ko');
  await expect(invoices.chip()).toHaveText('일부 결제');
  await expect(invoices.detail.getByTestId('invoice-remaining')).toHaveText('남은 금액 ₩20,000');
  await documentScreen(page, 'invoices-partly-paid-ko');
  // The link was signed anew for what is left, and pays exactly that.
  const rest = await payInvoice(wallet, await invoices.link(), walletRuntime);
  expect(rest.status === 'settled' && rest.receipt.body.amountMinor).toBe(20_000);
  await expect(invoices.chip()).toHaveAttribute('data-chip', 'paid', { timeout: 10_000 });
});
