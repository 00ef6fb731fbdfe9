// The administrator's journeys: (a) payments made on the previous business day are closed
// into a statement, reviewed, approved and exported as CSV; (b) the report charts are drawn
// from real payments (wallets paying the console's QR) and agree with the server's totals.
import { expect, test } from '@playwright/test';
import { businessDayOf, businessDayStartMs, DAY_MS } from '../server/domain/calendar.ts';
import { newId, systemRandom } from '../server/runtime.ts';
import { pay, type WalletRuntime } from '../wallet/client.ts';
import { AdminPage, csvRows } from './pages/admin.ts';
import { DisplaySettingsPage } from './pages/display-settings.ts';
import { documentScreen } from './pages/screenshot.ts';
import { signIn, signOut } from './pages/sign-in.ts';
import { type Stack, startStack, walletRuntime } from './stack.ts';

const HOUR_MS = 3_600_000;
/** The server's business time zone, as its settings hold it (default UTC+9). */
const offsetMinutes = () => stack.server.services.env.settings.utcOffsetMinutes;

/** A clock that runs with real time from wherever the test sets it. */
function settableClock() {
  let offsetMs = 0;
  return {
    nowMs: () => Date.now() + offsetMs,
    set(atMs: number) {
      offsetMs = atMs - Date.now();
    },
    reset() {
      offsetMs = 0;
    },
  };
}

/** Today's business day moved by `days`, as 'YYYY-MM-DD'. */
function businessDay(days: number): string {
  return businessDayOf(Date.now() + days * DAY_MS, offsetMinutes());
}

/** The instant of `hour`:00 on a business day. */
function at(day: string, hour: number): number {
  return businessDayStartMs(day, offsetMinutes()) + hour * HOUR_MS;
}

const clock = settableClock();
const id = () => newId(systemRandom);
// The wallet's one-time passwords follow the server's clock, as a phone's follows the world.
const walletOnServerTime: WalletRuntime = { ...walletRuntime, nowMs: () => clock.nowMs() };

let stack: Stack;
test.beforeEach(async () => {
  clock.reset();
  stack = await startStack({ serverClock: clock });
});
test.afterEach(async () => {
  await stack.stop();
});

/** 2.5 % on cafeterias from a second after the clock's now, then the clock is there. */
function cafeteriaFee(): void {
  const fromMs = clock.nowMs() + 1_000;
  stack.server.services.createFeeSchedule({
    scheduleId: id(),
    category: 'cafeteria',
    currency: 'KRW',
    basisPoints: 250,
    fixedMinor: 0,
    minimumMinor: 0,
    capMinor: null,
    effectiveFrom: fromMs,
  });
  clock.set(fromMs);
}

/** A real payment: the console opens a charge, a wallet pays its QR through the hub. */
async function payAtConsole(amountMinor: number): Promise<string> {
  const charge = stack.console.core.charge({ amountMinor, reference: 'e2e' });
  const wallet = await stack.newWallet();
  const result = await pay(wallet, charge.pairingUri, walletOnServerTime);
  expect(result.status).toBe('settled');
  return charge.paymentId;
}

const admin = () => ({ username: 'admin', password: stack.adminPassword });

test('an administrator closes yesterday, approves its statement and exports the CSV', async ({
  page,
}) => {
  const yesterday = businessDay(-1);
  clock.set(at(yesterday, 12));
  cafeteriaFee();
  await payAtConsole(4_500);
  await payAtConsole(12_000);
  clock.reset();

  await signIn(page, stack.uiUrl, admin());
  const screens = new AdminPage(page);
  await screens.openTab('settlements');
  await page.getByTestId('close-day-input').fill(yesterday);
  await page.getByTestId('close-day').click();
  await expect(page.getByTestId('close-day-result')).toContainText('1');
  const rows = screens.rows('table-statements');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(yesterday);
  await documentScreen(page, 'admin-settlements');

  await rows.first().getByTestId('statement-review').click();
  const detail = page.getByTestId('statement-detail');
  // Fees: 2.5 % of 4,500 is 112.5 → 113; of 12,000 is 300.
  await expect(detail.getByTestId('statement-gross')).toHaveText('₩16,500');
  await expect(detail.getByTestId('statement-fee')).toHaveText('₩413');
  await expect(detail.getByTestId('statement-payout')).toHaveText('₩16,087');
  await detail.getByTestId('statement-approve').click();
  await expect(detail.getByTestId('approve-confirmation')).toContainText('₩16,087');
  await documentScreen(page, 'admin-statement');
  await detail.getByTestId('approve-confirm').click();
  await expect(detail.getByTestId('statement-status')).toHaveText('Approved');
  await detail.getByTestId('statement-close').click();

  await page.getByTestId('statement-filter').selectOption('approved');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('statement-status')).toHaveText('Approved');
  const file = await screens.downloadCsv('table-statements');
  expect(file.filename).toBe('hspos-statements.csv');
  const [header, ...records] = csvRows(file.text);
  expect(records).toHaveLength(1);
  const names = header ?? [];
  const record = Object.fromEntries(names.map((name, index) => [name, records[0]?.[index]]));
  expect(record).toMatchObject({
    business_day: yesterday,
    merchant_name: 'University Cafeteria',
    status: 'approved',
    currency: 'KRW',
    payments: '2',
    gross_minor: '16500',
    fee_minor: '413',
    payout_minor: '16087',
  });
  const server = stack.server.services.listStatements(
    { role: 'administrator', administratorId: 'e2e' },
    { limit: 10 },
  );
  expect(server.map((row) => [row.status, row.payoutMinor])).toEqual([['approved', 16_087]]);
});

test('the report charts are drawn from real payments and agree with the server', async ({
  page,
}) => {
  const [first, second, third] = [businessDay(-3), businessDay(-2), businessDay(-1)];
  clock.set(at(first, 10));
  cafeteriaFee();
  await payAtConsole(4_500);
  await payAtConsole(3_000);
  clock.set(at(second, 14));
  await payAtConsole(12_000);
  clock.set(at(third, 18));
  const refunded = await payAtConsole(7_000);
  const administrator = { role: 'administrator', administratorId: 'e2e' } as const;
  await stack.server.services.refund(administrator, {
    refundId: id(),
    paymentId: refunded,
    amountMinor: 2_000,
  });
  clock.reset();

  await signIn(page, stack.uiUrl, admin());
  const screens = new AdminPage(page);
  await screens.openTab('reports');
  await screens.setReportRange(first, third);
  // One bar per business day and per business hour that had payments.
  await expect(screens.bars('chart-days', 'bar-revenue')).toHaveCount(3);
  await expect(screens.bars('chart-hours', 'bar-count')).toHaveCount(3);
  await expect(screens.bars('chart-merchants', 'bar-revenue')).toHaveCount(1);
  await expect(screens.bars('chart-categories', 'bar-fee')).toHaveCount(1);

  // The table beside each chart shows the server's own totals, fee on every row.
  const range = { from: first, to: third };
  const days = stack.server.services.totalsReport(administrator, { ...range, groupBy: 'day' });
  expect(days.map((row) => [row.key, row.grossMinor, row.feeMinor, row.refundMinor])).toEqual([
    [first, 7_500, 188, 0],
    [second, 12_000, 300, 0],
    [third, 7_000, 175, 2_000],
  ]);
  const won = (minor: number) => `₩${minor.toLocaleString('en-US')}`;
  const dayRows = screens.rows('table-days');
  await expect(dayRows).toHaveCount(3);
  for (const [index, row] of days.entries()) {
    const cells = dayRows.nth(index).locator('td');
    await expect(cells.nth(0)).toHaveText(row.key);
    await expect(cells.nth(1)).toHaveText(String(row.paymentCount));
    await expect(cells.nth(2)).toHaveText(won(row.grossMinor));
    await expect(cells.nth(3)).toHaveText(won(row.feeMinor));
    await expect(cells.nth(4)).toHaveText(won(row.refundMinor));
  }
  const total = screens.table('table-days').getByTestId('admin-total-row').locator('td');
  await expect(total.nth(2)).toHaveText(won(26_500));
  await expect(total.nth(3)).toHaveText(won(663));
  await expect(screens.table('table-refund-ratio').getByTestId('admin-total-row')).toContainText(
    '7.5%',
  );
  const hourRows = screens.rows('table-hours');
  await expect(hourRows).toHaveCount(3);
  await expect(hourRows.nth(0)).toContainText('10:00');
  await expect(hourRows.nth(0)).toContainText(won(188));
  await page.getByTestId('report-from').blur();
  await documentScreen(page, 'admin-reports');
  // The same report in Korean, then back to English for the checks that follow.
  const display = new DisplaySettingsPage(page);
  await display.chooseLanguage('ko');
  await expect(dayRows).toHaveCount(3);
  await documentScreen(page, 'admin-reports-ko');
  await display.chooseLanguage('en');

  const file = await screens.downloadCsv('table-days');
  expect(file.filename).toBe(`hspos-reportDays-${first}_${third}.csv`);
  const [header, ...records] = csvRows(file.text);
  const column = (name: string) => (header ?? []).indexOf(name);
  const money = (cells: string[]) => [
    cells[0],
    cells[column('gross_minor')],
    cells[column('fee_minor')],
  ];
  expect(records.map(money)).toEqual([
    [first, '7500', '188'],
    [second, '12000', '300'],
    [third, '7000', '175'],
  ]);

  // The refund is in the audit, with the fee it returned, and in its CSV.
  await screens.openTab('refunds');
  const refunds = screens.rows('table-refunds');
  await expect(refunds).toHaveCount(1);
  await expect(refunds.first()).toContainText(won(2_000));
  await expect(refunds.first()).toContainText(won(50));
  await documentScreen(page, 'admin-refunds');
  const audit = await screens.downloadCsv('table-refunds');
  const [auditHeader, auditRow] = csvRows(audit.text);
  expect(auditRow?.[(auditHeader ?? []).indexOf('amount_minor')]).toBe('2000');
  expect(auditRow?.[(auditHeader ?? []).indexOf('fee_refund_minor')]).toBe('50');
  expect(auditRow?.[(auditHeader ?? []).indexOf('payment_id')]).toBe(refunded);
});

test('an administrator adds a merchant, issues its enrollment code and lists consoles', async ({
  page,
}) => {
  await signIn(page, stack.uiUrl, admin());
  const screens = new AdminPage(page);
  await screens.openTab('merchants');
  await page.getByTestId('new-merchant-name').fill('김밥천국, 신촌점');
  await page.getByTestId('new-merchant-category').fill('snack');
  await page.getByTestId('merchant-create').click();
  const merchants = screens.rows('table-merchant-list');
  await expect(merchants).toHaveCount(2);
  await merchants.filter({ hasText: '김밥천국' }).getByTestId('merchant-issue-code').click();
  await page.getByTestId('enrollment-label').fill('Counter');
  await page.getByTestId('enrollment-issue').click();
  const codePattern = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;
  await expect(page.getByTestId('enrollment-code')).toHaveText(codePattern);
  await page.getByTestId('enrollment-close').click();
  await expect(screens.rows('table-devices')).toHaveCount(1);
  await expect(screens.rows('table-devices').first()).toContainText('Register 1');
  await documentScreen(page, 'admin-merchants');

  const file = await screens.downloadCsv('table-merchant-list');
  expect(file.text).toContain('"김밥천국, 신촌점",snack,KRW,');
  const devices = await screens.downloadCsv('table-devices');
  expect(csvRows(devices.text)[1]).toEqual(
    expect.arrayContaining(['University Cafeteria', 'Register 1', 'active']),
  );

  // The header's Sign out ends the server session too, not only the console's memory of it.
  const token = stack.console.core.session.administratorToken() ?? '';
  expect(stack.server.services.resolveSession(token)).not.toBeNull();
  await signOut(page);
  expect(stack.server.services.resolveSession(token)).toBeNull();
});

test('an ended server session signs the administrator out; an absent server is named', async ({
  page,
}) => {
  await signIn(page, stack.uiUrl, admin());
  const screens = new AdminPage(page);
  await screens.openTab('merchants');
  // The server goes away: an export says so in words, and the administrator stays signed in.
  await stack.server.stop();
  await page.getByTestId('csv-table-devices').click();
  await expect(page.getByTestId('csv-error-table-devices')).toContainText(
    'The server cannot be reached',
  );
  await stack.restartServer();
  // Thirteen hours later on the server's clock the session (12 h) is over.
  clock.set(Date.now() + 13 * HOUR_MS);
  await page.getByTestId('csv-table-devices').click();
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  await page.getByTestId('sign-in-path-administrator').click();
  await expect(page.getByTestId('admin-session-ended')).toContainText('session has ended');
});

test('an administrator adds a fee schedule version and issues a gift-certificate batch', async ({
  page,
}) => {
  // The administrator's form is pictured filled in, before it is sent.
  await signIn(page, stack.uiUrl, admin(), {
    beforeSubmit: () => documentScreen(page, 'admin-sign-in'),
  });
  const screens = new AdminPage(page);
  await screens.openTab('fees');
  await page.getByTestId('fee-category').fill('cafeteria');
  await page.getByTestId('fee-percent').fill('1.5');
  await page.getByTestId('fee-fixed').fill('10');
  await page.getByTestId('fee-cap').fill('500');
  await page.getByTestId('fee-create').click();
  const versions = screens.rows('table-fees').filter({ hasText: 'cafeteria' });
  await expect(versions).toHaveCount(1);
  await expect(versions.first()).toContainText('1.50%');
  await expect(versions.first()).toContainText('₩500');
  await versions.first().scrollIntoViewIfNeeded();
  await documentScreen(page, 'admin-fees');
  const schedules = stack.server.services.listFeeSchedules({ category: 'cafeteria' });
  expect(schedules.map((row) => [row.basisPoints, row.fixedMinor, row.capMinor])).toEqual([
    [150, 10, 500],
  ]);

  await screens.openTab('gifts');
  await page.getByTestId('gift-label').fill('신입생 환영');
  await page.getByTestId('gift-count').fill('3');
  await page.getByTestId('gift-value').fill('5000');
  await page.getByTestId('gift-issue').click();
  await expect(page.getByTestId('gift-codes').locator('li')).toHaveCount(3);
  await expect(screens.rows('table-gifts')).toHaveCount(1);
  await expect(screens.rows('table-gifts').first()).toContainText('₩15,000');
  await documentScreen(page, 'admin-gifts');
  const batches = await screens.downloadCsv('table-gifts');
  expect(csvRows(batches.text)[1]).toEqual(
    expect.arrayContaining(['신입생 환영', '3', '5000', '15000', 'KRW']),
  );
});
