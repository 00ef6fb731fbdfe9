// The console's invoice desk against a real server: a weekly series makes its occurrence
// with a link a wallet pays, and "charge now" at the console pays part of an invoice while
// the link is re-signed for the rest.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { businessDayOf } from '../../server/domain/calendar.ts';
import { enrollWallet, pay, payInvoice } from '../../wallet/client.ts';
import { randomBytes } from 'node:crypto';
import type { RunningConsole } from './console.ts';
import { BACKGROUND_REFRESH_MS, InvoiceDesk } from './invoice-desk.ts';
import { ConsoleLedger } from './ledger.ts';
import { createServerClient } from './server-client.ts';
import { ConsoleRejection } from './rejection.ts';
import { consoleRouter } from './router.ts';
import { enrolledConsole, serverIn, waitFor, walletRuntime } from './testing/stack.ts';

const runtime = walletRuntime;
const LESSON = { label: 'Piano lesson', quantity: 1, unitPriceMinor: 30_000 };

let dir: string;
let server: RunningServer;
let running: RunningConsole;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hspos-invoices-'));
  server = await serverIn(dir, 100_000)(0);
  const merchant = { name: 'Kim Piano', category: 'education', currency: 'KRW' } as const;
  ({ running } = await enrolledConsole(server, dir, { merchant, label: 'Studio' }));
});

afterEach(async () => {
  await running.stop();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const today = () => businessDayOf(Date.now(), server.services.env.settings.utcOffsetMinutes);

describe('console invoice desk', () => {
  it('makes a weekly series’ first invoice with a link that a wallet pays', async () => {
    const desk = running.core.invoices;
    const student = await desk.saveStudent({ name: 'Minji Kim', contact: '010-1234-5678' });
    const { studentId } = student;
    const weekly = { studentId, lines: [LESSON], dueDay: today(), everyWeeks: 1 };
    const created = await desk.create(weekly);
    expect(created.invoice).toMatchObject({ status: 'sent', totalMinor: 30_000, dueDay: today() });
    expect(created.invoice!.link).toMatch(/^hspos:\/\/invoice\?server=/);
    const wallet = await enrollWallet(server.url, runtime);
    const paid = await payInvoice(wallet, created.invoice!.link!, runtime);
    expect(paid.status).toBe('settled');
    const listed = await desk.list({ filter: 'all' });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ status: 'paid', paidMinor: 30_000 });
    const [series] = await desk.series();
    expect(series!.nextDay > today()).toBe(true);
  });

  it('makes a due weekly invoice from the sync rounds, at most once per interval', async () => {
    const info = running.core.info();
    if (!info.enrolled) throw new Error('not enrolled');
    const actor = { role: 'device' as const, deviceId: info.deviceId, merchantId: info.merchantId };
    // A desk of its own over the console's ledger, with a clock the test moves.
    const ledger = new ConsoleLedger(join(dir, 'console.db'));
    let nowMs = Date.now();
    let identityReads = 0;
    const desk = new InvoiceDesk({
      server: createServerClient(server.url),
      nowMs: () => nowMs,
      random: (length) => new Uint8Array(randomBytes(length)),
      identity: () => {
        identityReads += 1;
        return ledger.identity();
      },
      charge: () => {
        throw new Error('no charges in this test');
      },
    });
    const student = await desk.saveStudent({ name: 'Hana Lee', contact: '' });
    // Made elsewhere (another console of the merchant): this desk has never seen it.
    const seriesId = 'AAAAAAAAAAAAAAAAAAAAAA';
    server.services.createInvoiceSeries(actor, {
      seriesId, studentId: student.studentId, lines: [LESSON], startDay: today(), everyWeeks: 1,
    });
    await desk.refreshIfDue();
    const made = server.services.listInvoices(actor, { filter: 'all' });
    expect(made.map((row) => [row.seriesId, row.status, row.dueDay]))
      .toEqual([[seriesId, 'sent', today()]]);
    // Within the interval a round only looks at the clock (and whether it is enrolled).
    const before = identityReads;
    await desk.refreshIfDue();
    expect(identityReads - before).toBe(1);
    nowMs += BACKGROUND_REFRESH_MS;
    await desk.refreshIfDue();
    expect(identityReads - before).toBeGreaterThan(2);
    expect(server.services.listInvoices(actor, { filter: 'all' })).toHaveLength(1);
    ledger.close();
  });

  it('charges part of an invoice at the console, then the renewed link pays the rest', async () => {
    const desk = running.core.invoices;
    const student = await desk.saveStudent({ name: 'Jisoo Park', contact: '' });
    const single = { studentId: student.studentId, lines: [LESSON], dueDay: today() };
    const { invoice } = await desk.create(single);
    const wallet = await enrollWallet(server.url, runtime);
    const charge = await desk.chargeNow(invoice!.invoiceId, 10_000);
    const atConsole = await pay(wallet, charge.pairingUri, runtime);
    expect(atConsole.status).toBe('settled');
    const stateOf = () => running.core.chargeStatus(charge.paymentId).state;
    await waitFor(stateOf, (state) => state === 'settled');
    const partial = await desk.get(invoice!.invoiceId);
    expect(partial).toMatchObject({ status: 'partially_paid', paidMinor: 10_000 });
    expect(partial.remainingMinor).toBe(20_000);
    // get() re-signed the link's request for what is left; the same link pays it.
    expect(partial.requestExpiresAt).not.toBeNull();
    const rest = await payInvoice(wallet, partial.link!, runtime);
    expect(rest.status === 'settled' && rest.receipt.body.amountMinor).toBe(20_000);
    expect(await desk.get(invoice!.invoiceId)).toMatchObject({ status: 'paid', paidMinor: 30_000 });
    await expect(desk.chargeNow(invoice!.invoiceId)).rejects.toThrow(/Nothing is left/);
    expect(server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(70_000);
  });

  it('refuses a charge above what is left and voids an unpaid invoice', async () => {
    const desk = running.core.invoices;
    const student = await desk.saveStudent({ name: 'Hana Lee', contact: '' });
    const single = { studentId: student.studentId, lines: [LESSON], dueDay: today() };
    const { invoice } = await desk.create(single);
    await expect(desk.chargeNow(invoice!.invoiceId, 30_001)).rejects.toThrow(/more than is left/);
    expect((await desk.void(invoice!.invoiceId)).status).toBe('void');
    await expect(desk.void(invoice!.invoiceId)).resolves.toMatchObject({ status: 'void' });
    const voided = await desk.list({ filter: 'void' });
    expect(voided.map((row) => row.invoiceId)).toEqual([invoice!.invoiceId]);
  });
});

/** The named reason (or tRPC code) a call was refused with. */
async function refusal(call: () => Promise<unknown>): Promise<string> {
  const error = await call().then(() => null, (caught: unknown) => caught);
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.cause instanceof ConsoleRejection ? error.cause.reason : error.code;
}

describe('console invoice procedures', () => {
  it('are the owner’s: a cashier is FORBIDDEN, nobody signed in UNAUTHORIZED', async () => {
    const core = running.core;
    await core.staff.setupOwner({ name: 'Owner', pin: '1357' });
    await core.staff.addCashier({ name: 'Cashier', pin: '2468' });
    const caller = consoleRouter.createCaller({ core });
    expect(await refusal(() => caller.invoices.list({ filter: 'all' }))).toBe('UNAUTHORIZED');
    await caller.auth.signInWithPin({ pin: '2468' });
    expect(await refusal(() => caller.invoices.list({ filter: 'all' }))).toBe('FORBIDDEN');
    expect(await refusal(() => caller.invoices.saveStudent({ name: 'X' }))).toBe('FORBIDDEN');
    await caller.auth.signInWithPin({ pin: '1357' });
    expect(await caller.invoices.list({ filter: 'all' })).toEqual([]);
  });

  it('names the server’s refusals and its absence', async () => {
    const desk = running.core.invoices;
    const student = await desk.saveStudent({ name: 'Minji Kim', contact: '' });
    const { studentId } = student;
    await desk.saveStudent({ studentId, name: 'Minji Kim', contact: '', archived: true });
    const lines = [LESSON];
    expect(await refusal(() => desk.create({ studentId, lines, dueDay: today() })))
      .toBe('student_unavailable');
    await server.stop();
    expect(await refusal(() => desk.list({ filter: 'all' }))).toBe('invoices_offline');
  });
});
