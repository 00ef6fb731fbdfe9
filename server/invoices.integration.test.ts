// Invoices on a real server and SQLite file: the status graph, link pay, payments at the
// console against the same invoice, never more than the total, and who may see what.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DOMAIN_TAGS,
  ed25519KeyPair,
  paymentRequestSchema,
  signBody,
  signDeviceCall,
  toBase64Url,
} from '../protocol/index.ts';
import { invoiceReference } from '../protocol/invoice-link.ts';
import { DAY_MS } from './domain/calendar.ts';
import { systemRandom } from './runtime.ts';
import { startFixture, type Fixture } from './testing/fixture.ts';
import { invoicesOf, LESSON } from './testing/invoices.ts';
import { key, refusal } from './testing/refused.ts';

let f: Fixture;
let inv: ReturnType<typeof invoicesOf>;
beforeEach(async () => {
  f = await startFixture();
  inv = invoicesOf(f);
});
afterEach(async () => f.stop());

/** A console request that lives two minutes, as at the register. */
const atRegister = (invoiceId: string, amountMinor: number) =>
  inv.linkRequest(invoiceId, amountMinor, { expiresAt: f.clock.nowMs() + 120_000 });

describe('invoice link pay', () => {
  it('goes sent → viewed → paid, answers a retry alike, never charges twice', async () => {
    const studentId = await inv.student();
    const invoice = await inv.sent(studentId);
    expect(invoice).toMatchObject({ status: 'sent', remainingMinor: 30_000, overdue: false });
    const opened = await inv.open(invoice.token);
    const merchantName = 'University Cafeteria';
    expect(opened.invoice).toMatchObject({ status: 'viewed', merchantName });
    expect(opened.request).toEqual(invoice.request);
    const wallet = await f.newWallet(50_000);
    const authorization = f.authorize(wallet, opened.request!);
    const paid = await inv.api.pay.mutate({ token: invoice.token, authorization });
    expect(paid.status).toBe('settled');
    const again = await inv.api.pay.mutate({ token: invoice.token, authorization });
    expect(again).toEqual(paid);
    expect(f.balanceOf(wallet.walletId)).toBe(20_000);
    expect(await inv.get(invoice.invoiceId))
      .toMatchObject({ status: 'paid', paidMinor: 30_000, remainingMinor: 0 });
    expect((await inv.open(invoice.token)).request).toBeNull();
  });

  it('refuses a wrong token and the link of a void invoice alike', async () => {
    const invoice = await inv.sent(await inv.student());
    const wrong = toBase64Url(systemRandom(32));
    expect(await refusal(inv.open(wrong))).toMatchObject({ code: 'NOT_FOUND' });
    await inv.void(invoice.invoiceId);
    expect(await refusal(inv.open(invoice.token)))
      .toMatchObject({ code: 'NOT_FOUND', reason: 'not_found' });
  });

  it('answers a short balance without spending the link: it pays after a top-up', async () => {
    const invoice = await inv.sent(await inv.student());
    const wallet = await f.newWallet(10_000);
    const pay = () => {
      const authorization = f.authorize(wallet, invoice.request);
      return inv.api.pay.mutate({ token: invoice.token, authorization });
    };
    expect(await pay()).toMatchObject({ status: 'declined', reason: 'insufficient_funds' });
    const paymentId = invoice.request.body.paymentId;
    expect(await f.anonymous.payments.status.query({ paymentId })).toEqual({ status: 'unknown' });
    await f.admin.admin.topUp.mutate({
      topUpId: key(),
      walletId: wallet.walletId,
      amountMinor: 30_000,
      currency: 'KRW',
    });
    f.clock.advance(30_000);
    expect((await pay()).status).toBe('settled');
  });

  it('refuses an authorization for another request under the link', async () => {
    const invoice = await inv.sent(await inv.student());
    const wallet = await f.newWallet(50_000);
    const authorization = f.authorize(wallet, f.request(30_000));
    const answer = await inv.api.pay.mutate({ token: invoice.token, authorization });
    expect(answer).toMatchObject({ status: 'declined', reason: 'request_mismatch' });
    expect(f.balanceOf(wallet.walletId)).toBe(50_000);
  });
});

describe('invoice paid by two means', () => {
  it('takes part at the console, the rest by link; never beyond the total', async () => {
    const invoice = await inv.sent(await inv.student());
    const wallet = await f.newWallet(100_000);
    const part = await inv.authorize(wallet, atRegister(invoice.invoiceId, 10_000));
    expect(part.status).toBe('settled');
    expect(await inv.get(invoice.invoiceId))
      .toMatchObject({ status: 'partially_paid', paidMinor: 10_000, requestExpiresAt: null });
    // The old link request asked for 30,000: paying it now would pay beyond the total.
    f.clock.advance(30_000);
    expect(await inv.authorize(wallet, invoice.request))
      .toMatchObject({ status: 'declined', reason: 'invoice_amount_exceeds_remaining' });
    expect((await inv.open(invoice.token)).request).toBeNull();
    await inv.renew(invoice.invoiceId, inv.linkRequest(invoice.invoiceId, 20_000));
    const opened = await inv.open(invoice.token);
    f.clock.advance(30_000);
    const authorization = f.authorize(wallet, opened.request!);
    const rest = await inv.api.pay.mutate({ token: invoice.token, authorization });
    expect(rest.status).toBe('settled');
    expect(await inv.get(invoice.invoiceId)).toMatchObject({ status: 'paid', paidMinor: 30_000 });
    expect(f.balanceOf(wallet.walletId)).toBe(70_000);
    f.clock.advance(30_000);
    expect(await inv.authorize(wallet, atRegister(invoice.invoiceId, 1)))
      .toMatchObject({ status: 'declined', reason: 'invoice_not_payable' });
    expect(f.balanceOf(wallet.walletId)).toBe(70_000);
  });

  it('refuses a renewed request that is not exactly what is left', async () => {
    const { invoiceId } = await inv.sent(await inv.student());
    const invalid = { reason: 'invoice_request_invalid' };
    expect(await refusal(inv.renew(invoiceId, inv.linkRequest(invoiceId, 29_999))))
      .toMatchObject({ code: 'BAD_REQUEST', ...invalid });
    const tooLong = { expiresAt: f.clock.nowMs() + 100 * DAY_MS };
    expect(await refusal(inv.renew(invoiceId, inv.linkRequest(invoiceId, 30_000, tooLong))))
      .toMatchObject(invalid);
    const elsewhere = { reference: invoiceReference(key()) };
    expect(await refusal(inv.renew(invoiceId, inv.linkRequest(invoiceId, 30_000, elsewhere))))
      .toMatchObject(invalid);
  });
});

describe('invoice status graph', () => {
  it('sends only a draft, voids only what has no payment; a draft takes no payment', async () => {
    const studentId = await inv.student();
    const { invoiceId, status } = await inv.draft(studentId);
    expect(status).toBe('draft');
    const wallet = await f.newWallet(100_000);
    expect(await inv.authorize(wallet, atRegister(invoiceId, 30_000)))
      .toMatchObject({ status: 'declined', reason: 'invoice_not_payable' });
    const request = inv.linkRequest(invoiceId, 30_000);
    await inv.send(invoiceId, request);
    // A retry of the same send answers the same; another request is a move off the graph.
    expect((await inv.send(invoiceId, request)).status).toBe('sent');
    const refused = { code: 'PRECONDITION_FAILED', reason: 'invoice_transition_refused' };
    expect(await refusal(inv.send(invoiceId, inv.linkRequest(invoiceId, 30_000))))
      .toMatchObject(refused);
    f.clock.advance(30_000);
    await inv.authorize(wallet, atRegister(invoiceId, 5_000));
    expect(await refusal(inv.void(invoiceId))).toMatchObject(refused);
    const another = await inv.draft(studentId);
    expect((await inv.void(another.invoiceId)).status).toBe('void');
    const late = inv.linkRequest(another.invoiceId, 30_000);
    expect(await refusal(inv.send(another.invoiceId, late))).toMatchObject(refused);
  });

  it('derives overdue from the due day and today, and filters by it', async () => {
    const invoice = await inv.sent(await inv.student(), '2026-11-25');
    expect(await inv.list('overdue')).toHaveLength(0);
    f.clock.advance(2 * DAY_MS);
    const overdue = await inv.list('overdue');
    expect(overdue.map((row) => row.invoiceId)).toEqual([invoice.invoiceId]);
    expect(overdue[0]).toMatchObject({ status: 'sent', overdue: true });
    expect(await inv.list('paid')).toHaveLength(0);
  });

  it('refuses archived students and lines beyond one payment', async () => {
    const studentId = await inv.student();
    const archived = { studentId, name: 'Minji Kim', contact: '', archived: true };
    await inv.api.saveStudent.mutate(inv.sign('saveStudent', archived));
    expect(await refusal(inv.draft(studentId))).toMatchObject({ reason: 'student_unavailable' });
    const active = await inv.student('Jisoo Park');
    const huge = [{ label: 'Year', quantity: 10_000, unitPriceMinor: 1_000_000_000 }];
    expect(await refusal(inv.draft(active, '2026-11-30', huge)))
      .toMatchObject({ reason: 'limit_exceeded' });
  });
});

describe('invoices of another merchant', () => {
  /** A second merchant with its own enrolled console key. */
  async function otherConsole() {
    const { merchantId } = await f.admin.admin.createMerchant.mutate({
      name: 'Other Tutor',
      category: 'education',
      currency: 'KRW',
    });
    const label = 'Other';
    const { code } = await f.admin.admin.createEnrollmentCode.mutate({ merchantId, label });
    const keys = ed25519KeyPair(systemRandom);
    const publicKey = toBase64Url(keys.publicKey);
    const enrolled = await f.anonymous.devices.enroll.mutate({ code, publicKey, label: 'Other' });
    return { merchantId, keys, enrolled };
  }

  it('are invisible to its consoles and take no payment from them', async () => {
    const invoice = await inv.sent(await inv.student());
    const { merchantId, keys, enrolled } = await otherConsole();
    const call = (path: string, payload: unknown) =>
      signDeviceCall({
        path,
        deviceId: enrolled.deviceId,
        payload,
        secretKey: keys.secretKey,
        nowMs: f.clock.nowMs(),
        random: systemRandom,
      }) as never;
    const voidCall = call('invoices.void', { invoiceId: invoice.invoiceId });
    expect(await refusal(inv.api.void.mutate(voidCall))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await inv.api.list.mutate(call('invoices.list', { filter: 'all' }))).toEqual([]);
    const nowMs = f.clock.nowMs();
    const body = {
      v: 1 as const,
      paymentId: key(),
      sessionId: key(),
      merchantId,
      merchantName: enrolled.merchantName,
      deviceId: enrolled.deviceId,
      amountMinor: 1_000,
      currency: 'KRW' as const,
      lines: [],
      reference: invoiceReference(invoice.invoiceId),
      createdAt: nowMs,
      expiresAt: nowMs + 60_000,
    };
    const signature = signBody(DOMAIN_TAGS.paymentRequest, body, keys.secretKey);
    const { certificate } = enrolled;
    const request = paymentRequestSchema.parse({ body, signature, certificate });
    const wallet = await f.newWallet(10_000);
    expect(await inv.authorize(wallet, request))
      .toMatchObject({ status: 'declined', reason: 'invoice_not_payable' });
    expect((await inv.get(invoice.invoiceId)).paidMinor).toBe(0);
  });
});

describe('weekly series', () => {
  const createSeries = (seriesId: string, studentId: string, everyWeeks = 1) =>
    inv.api.createSeries.mutate(
      inv.sign('createSeries', {
        seriesId,
        studentId,
        lines: [LESSON],
        startDay: '2026-11-24',
        everyWeeks,
      }),
    );

  it('makes each occurrence once, in order, sent with its link, and moves on a week', async () => {
    const studentId = await inv.student();
    const seriesId = key();
    await createSeries(seriesId, studentId);
    const due = await inv.due();
    expect(due).toHaveLength(1);
    const first = due[0]!;
    const signed = () => inv.linkRequest(first.invoiceId, first.totalMinor);
    const make = (occurrenceDay: string, request = signed()) =>
      inv.api.makeOccurrence.mutate(
        inv.sign('makeOccurrence', { seriesId, occurrenceDay, request }),
      );
    const made = await make(first.occurrenceDay);
    expect(made).toMatchObject({ invoiceId: first.invoiceId, status: 'sent', seriesId });
    expect(made.dueDay).toBe('2026-11-24');
    expect(made.linkToken).not.toBeNull();
    // A second console signing the same occurrence gets the same invoice, not another.
    expect((await make(first.occurrenceDay)).invoiceId).toBe(first.invoiceId);
    expect(await inv.due()).toEqual([]);
    expect((await inv.series())[0]).toMatchObject({ nextDay: '2026-12-01', weekday: 2 });
    f.clock.advance(DAY_MS);
    expect((await inv.due()).map((row) => row.occurrenceDay)).toEqual(['2026-12-01']);
    const skipped = make('2026-12-08', inv.linkRequest(key(), 30_000));
    expect(await refusal(skipped)).toMatchObject({ reason: 'invoice_transition_refused' });
    await inv.api.stopSeries.mutate(inv.sign('stopSeries', { seriesId }));
    expect(await inv.due()).toEqual([]);
  });

  it('stops a series when its student is archived', async () => {
    const studentId = await inv.student();
    await createSeries(key(), studentId, 2);
    expect(await inv.due()).toHaveLength(1);
    const archived = { studentId, name: 'Minji Kim', contact: '', archived: true };
    await inv.api.saveStudent.mutate(inv.sign('saveStudent', archived));
    expect(await inv.due()).toEqual([]);
    expect((await inv.series())[0]).toMatchObject({ active: false });
  });
});
