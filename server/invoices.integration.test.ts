// Invoices on a real server and SQLite file: the status graph, link pay, payments at the
// console against the same invoice, never more than the total, and who may see what.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ed25519KeyPair, signBody, DOMAIN_TAGS, toBase64Url, paymentRequestSchema } from '../protocol/index.ts';
import { invoiceReference } from '../protocol/invoice-link.ts';
import { DAY_MS } from './domain/calendar.ts';
import { systemRandom } from './runtime.ts';
import { startFixture, type Fixture } from './testing/fixture.ts';
import { invoicesOf, LESSON, refusal } from './testing/invoices.ts';
import { key } from './testing/refused.ts';

let f: Fixture;
let inv: ReturnType<typeof invoicesOf>;
beforeEach(async () => {
  f = await startFixture();
  inv = invoicesOf(f);
});
afterEach(async () => f.stop());

describe('invoice link pay', () => {
  it('goes sent → viewed → paid, answers a retry with the same receipt and never charges twice', async () => {
    const studentId = await inv.student();
    const invoice = await inv.sent(studentId);
    expect(invoice).toMatchObject({ status: 'sent', remainingMinor: 30_000, overdue: false });
    const opened = await inv.api.open.mutate({ token: invoice.token });
    expect(opened.invoice).toMatchObject({ status: 'viewed', merchantName: 'University Cafeteria' });
    expect(opened.request).toEqual(invoice.request);
    const wallet = await f.newWallet(50_000);
    const authorization = f.authorize(wallet, opened.request!);
    const paid = await inv.api.pay.mutate({ token: invoice.token, authorization });
    expect(paid.status).toBe('settled');
    const again = await inv.api.pay.mutate({ token: invoice.token, authorization });
    expect(again).toEqual(paid);
    expect(f.balanceOf(wallet.walletId)).toBe(20_000);
    expect(await inv.get(invoice.invoiceId)).toMatchObject({ status: 'paid', paidMinor: 30_000, remainingMinor: 0 });
    expect((await inv.api.open.mutate({ token: invoice.token })).request).toBeNull();
  });

  it('refuses a wrong token and the link of a void invoice alike', async () => {
    const invoice = await inv.sent(await inv.student());
    expect(await refusal(inv.api.open.mutate({ token: toBase64Url(systemRandom(32)) }))).toMatchObject({ code: 'NOT_FOUND' });
    await inv.api.void.mutate(inv.sign('void', { invoiceId: invoice.invoiceId }));
    expect(await refusal(inv.api.open.mutate({ token: invoice.token }))).toMatchObject({ code: 'NOT_FOUND', reason: 'not_found' });
  });

  it('answers a short balance without spending the link: the same link pays after a top-up', async () => {
    const invoice = await inv.sent(await inv.student());
    const wallet = await f.newWallet(10_000);
    const first = await inv.api.pay.mutate({ token: invoice.token, authorization: f.authorize(wallet, invoice.request) });
    expect(first).toMatchObject({ status: 'declined', reason: 'insufficient_funds' });
    expect(await f.anonymous.payments.status.query({ paymentId: invoice.request.body.paymentId })).toEqual({ status: 'unknown' });
    await f.admin.admin.topUp.mutate({ topUpId: key(), walletId: wallet.walletId, amountMinor: 30_000, currency: 'KRW' });
    f.clock.advance(30_000);
    const second = await inv.api.pay.mutate({ token: invoice.token, authorization: f.authorize(wallet, invoice.request) });
    expect(second.status).toBe('settled');
  });

  it('refuses an authorization for another request under the link', async () => {
    const invoice = await inv.sent(await inv.student());
    const wallet = await f.newWallet(50_000);
    const other = f.request(30_000);
    const answer = await inv.api.pay.mutate({ token: invoice.token, authorization: f.authorize(wallet, other) });
    expect(answer).toMatchObject({ status: 'declined', reason: 'request_mismatch' });
    expect(f.balanceOf(wallet.walletId)).toBe(50_000);
  });
});

describe('invoice paid by two means', () => {
  it('a partial charge at the console, then the rest from a renewed link; never beyond the total', async () => {
    const invoice = await inv.sent(await inv.student());
    const wallet = await f.newWallet(100_000);
    const atConsole = inv.linkRequest(invoice.invoiceId, 10_000, { expiresAt: f.clock.nowMs() + 120_000 });
    const charge = await f.anonymous.payments.authorize.mutate({ request: atConsole, authorization: f.authorize(wallet, atConsole) });
    expect(charge.status).toBe('settled');
    expect(await inv.get(invoice.invoiceId)).toMatchObject({ status: 'partially_paid', paidMinor: 10_000, requestExpiresAt: null });
    // The old link request asked for 30,000: paying it now would pay beyond the total.
    f.clock.advance(30_000);
    const stale = await f.anonymous.payments.authorize.mutate({ request: invoice.request, authorization: f.authorize(wallet, invoice.request) });
    expect(stale).toMatchObject({ status: 'declined', reason: 'invoice_amount_exceeds_remaining' });
    expect((await inv.api.open.mutate({ token: invoice.token })).request).toBeNull();
    const renewed = inv.linkRequest(invoice.invoiceId, 20_000);
    await inv.api.renewRequest.mutate(inv.sign('renewRequest', { invoiceId: invoice.invoiceId, request: renewed }));
    const opened = await inv.api.open.mutate({ token: invoice.token });
    f.clock.advance(30_000);
    const rest = await inv.api.pay.mutate({ token: invoice.token, authorization: f.authorize(wallet, opened.request!) });
    expect(rest.status).toBe('settled');
    expect(await inv.get(invoice.invoiceId)).toMatchObject({ status: 'paid', paidMinor: 30_000 });
    expect(f.balanceOf(wallet.walletId)).toBe(70_000);
    f.clock.advance(30_000);
    const extra = inv.linkRequest(invoice.invoiceId, 1, { expiresAt: f.clock.nowMs() + 120_000 });
    const refused = await f.anonymous.payments.authorize.mutate({ request: extra, authorization: f.authorize(wallet, extra) });
    expect(refused).toMatchObject({ status: 'declined', reason: 'invoice_not_payable' });
    expect(f.balanceOf(wallet.walletId)).toBe(70_000);
  });

  it('refuses a renewed request that is not exactly what is left', async () => {
    const invoice = await inv.sent(await inv.student());
    const wrong = inv.linkRequest(invoice.invoiceId, 29_999);
    const answer = await refusal(inv.api.renewRequest.mutate(inv.sign('renewRequest', { invoiceId: invoice.invoiceId, request: wrong })));
    expect(answer).toMatchObject({ code: 'BAD_REQUEST', reason: 'invoice_request_invalid' });
    const tooLong = inv.linkRequest(invoice.invoiceId, 30_000, { expiresAt: f.clock.nowMs() + 100 * DAY_MS });
    expect(await refusal(inv.api.renewRequest.mutate(inv.sign('renewRequest', { invoiceId: invoice.invoiceId, request: tooLong }))))
      .toMatchObject({ reason: 'invoice_request_invalid' });
    const otherReference = inv.linkRequest(invoice.invoiceId, 30_000, { reference: invoiceReference(key()) });
    expect(await refusal(inv.api.renewRequest.mutate(inv.sign('renewRequest', { invoiceId: invoice.invoiceId, request: otherReference }))))
      .toMatchObject({ reason: 'invoice_request_invalid' });
  });
});

describe('invoice status graph', () => {
  it('sends only a draft, voids only what has no payment, and a draft takes no payment', async () => {
    const studentId = await inv.student();
    const draft = await inv.draft(studentId);
    expect(draft.status).toBe('draft');
    const wallet = await f.newWallet(100_000);
    const early = inv.linkRequest(draft.invoiceId, 30_000, { expiresAt: f.clock.nowMs() + 120_000 });
    const answer = await f.anonymous.payments.authorize.mutate({ request: early, authorization: f.authorize(wallet, early) });
    expect(answer).toMatchObject({ status: 'declined', reason: 'invoice_not_payable' });
    const request = inv.linkRequest(draft.invoiceId, 30_000);
    await inv.api.send.mutate(inv.sign('send', { invoiceId: draft.invoiceId, request }));
    // A retry of the same send answers the same; another request is a move off the graph.
    expect((await inv.api.send.mutate(inv.sign('send', { invoiceId: draft.invoiceId, request }))).status).toBe('sent');
    const second = inv.linkRequest(draft.invoiceId, 30_000);
    expect(await refusal(inv.api.send.mutate(inv.sign('send', { invoiceId: draft.invoiceId, request: second }))))
      .toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'invoice_transition_refused' });
    const partial = inv.linkRequest(draft.invoiceId, 5_000, { expiresAt: f.clock.nowMs() + 120_000 });
    f.clock.advance(30_000);
    await f.anonymous.payments.authorize.mutate({ request: partial, authorization: f.authorize(wallet, partial) });
    expect(await refusal(inv.api.void.mutate(inv.sign('void', { invoiceId: draft.invoiceId }))))
      .toMatchObject({ reason: 'invoice_transition_refused' });
    const another = await inv.draft(studentId);
    expect((await inv.api.void.mutate(inv.sign('void', { invoiceId: another.invoiceId }))).status).toBe('void');
    const late = inv.linkRequest(another.invoiceId, 30_000);
    expect(await refusal(inv.api.send.mutate(inv.sign('send', { invoiceId: another.invoiceId, request: late }))))
      .toMatchObject({ reason: 'invoice_transition_refused' });
  });

  it('derives overdue from the due day and today, and filters by it', async () => {
    const invoice = await inv.sent(await inv.student(), '2026-11-25');
    expect((await inv.api.list.mutate(inv.sign('list', { filter: 'overdue' }))).length).toBe(0);
    f.clock.advance(2 * DAY_MS);
    const overdue = await inv.api.list.mutate(inv.sign('list', { filter: 'overdue' }));
    expect(overdue.map((row) => row.invoiceId)).toEqual([invoice.invoiceId]);
    expect(overdue[0]).toMatchObject({ status: 'sent', overdue: true });
    expect((await inv.api.list.mutate(inv.sign('list', { filter: 'paid' }))).length).toBe(0);
  });

  it('refuses archived students and lines beyond one payment', async () => {
    const studentId = await inv.student();
    await inv.api.saveStudent.mutate(inv.sign('saveStudent', { studentId, name: 'Minji Kim', contact: '', archived: true }));
    expect(await refusal(inv.draft(studentId))).toMatchObject({ reason: 'student_unavailable' });
    const active = await inv.student('Jisoo Park');
    const huge = [{ label: 'Year', quantity: 10_000, unitPriceMinor: 1_000_000_000 }];
    expect(await refusal(inv.draft(active, '2026-11-30', huge))).toMatchObject({ reason: 'limit_exceeded' });
  });
});

describe('invoices of another merchant', () => {
  it('are invisible to its consoles and take no payment from them', async () => {
    const invoice = await inv.sent(await inv.student());
    const { merchantId } = await f.admin.admin.createMerchant.mutate({ name: 'Other Tutor', category: 'education', currency: 'KRW' });
    const { code } = await f.admin.admin.createEnrollmentCode.mutate({ merchantId, label: 'Other' });
    const keys = ed25519KeyPair(systemRandom);
    const other = await f.anonymous.devices.enroll.mutate({ code, publicKey: toBase64Url(keys.publicKey), label: 'Other' });
    const { signDeviceCall } = await import('../protocol/index.ts');
    const call = (path: string, payload: unknown) =>
      signDeviceCall({ path, deviceId: other.deviceId, payload, secretKey: keys.secretKey, nowMs: f.clock.nowMs(), random: systemRandom });
    expect(await refusal(inv.api.void.mutate(call('invoices.void', { invoiceId: invoice.invoiceId }) as never)))
      .toMatchObject({ code: 'NOT_FOUND' });
    expect(await inv.api.list.mutate(call('invoices.list', { filter: 'all' }) as never)).toEqual([]);
    const body = {
      v: 1 as const, paymentId: key(), sessionId: key(), merchantId, merchantName: other.merchantName,
      deviceId: other.deviceId, amountMinor: 1_000, currency: 'KRW' as const, lines: [],
      reference: invoiceReference(invoice.invoiceId), createdAt: f.clock.nowMs(), expiresAt: f.clock.nowMs() + 60_000,
    };
    const request = paymentRequestSchema.parse({
      body, signature: signBody(DOMAIN_TAGS.paymentRequest, body, keys.secretKey), certificate: other.certificate,
    });
    const wallet = await f.newWallet(10_000);
    const answer = await f.anonymous.payments.authorize.mutate({ request, authorization: f.authorize(wallet, request) });
    expect(answer).toMatchObject({ status: 'declined', reason: 'invoice_not_payable' });
    expect((await inv.get(invoice.invoiceId)).paidMinor).toBe(0);
  });
});

describe('weekly series', () => {
  it('makes each occurrence once, in order, sent with its link, and moves on a week', async () => {
    const studentId = await inv.student();
    const seriesId = key();
    await inv.api.createSeries.mutate(inv.sign('createSeries', { seriesId, studentId, lines: [LESSON], startDay: '2026-11-24', everyWeeks: 1 }));
    const due = await inv.api.dueOccurrences.mutate(inv.sign('dueOccurrences', {}));
    expect(due).toHaveLength(1);
    const [first] = due;
    const request = inv.linkRequest(first!.invoiceId, first!.totalMinor);
    const make = (signed = request) =>
      inv.api.makeOccurrence.mutate(inv.sign('makeOccurrence', { seriesId, occurrenceDay: first!.occurrenceDay, request: signed }));
    const made = await make();
    expect(made).toMatchObject({ invoiceId: first!.invoiceId, status: 'sent', dueDay: '2026-11-24', seriesId });
    expect(made.linkToken).not.toBeNull();
    // A second console signing the same occurrence gets the same invoice, not another.
    expect((await make(inv.linkRequest(first!.invoiceId, first!.totalMinor))).invoiceId).toBe(first!.invoiceId);
    expect(await inv.api.dueOccurrences.mutate(inv.sign('dueOccurrences', {}))).toEqual([]);
    const [series] = await inv.api.series.mutate(inv.sign('series', {}));
    expect(series).toMatchObject({ nextDay: '2026-12-01', weekday: 2 });
    f.clock.advance(DAY_MS);
    expect((await inv.api.dueOccurrences.mutate(inv.sign('dueOccurrences', {}))).map((row) => row.occurrenceDay)).toEqual(['2026-12-01']);
    const skipped = inv.linkRequest(key(), 30_000);
    expect(await refusal(inv.api.makeOccurrence.mutate(inv.sign('makeOccurrence', { seriesId, occurrenceDay: '2026-12-08', request: skipped }))))
      .toMatchObject({ reason: 'invoice_transition_refused' });
    await inv.api.stopSeries.mutate(inv.sign('stopSeries', { seriesId }));
    expect(await inv.api.dueOccurrences.mutate(inv.sign('dueOccurrences', {}))).toEqual([]);
  });

  it('stops a series when its student is archived', async () => {
    const studentId = await inv.student();
    const seriesId = key();
    await inv.api.createSeries.mutate(inv.sign('createSeries', { seriesId, studentId, lines: [LESSON], startDay: '2026-11-24', everyWeeks: 2 }));
    expect(await inv.api.dueOccurrences.mutate(inv.sign('dueOccurrences', {}))).toHaveLength(1);
    await inv.api.saveStudent.mutate(inv.sign('saveStudent', { studentId, name: 'Minji Kim', contact: '', archived: true }));
    expect(await inv.api.dueOccurrences.mutate(inv.sign('dueOccurrences', {}))).toEqual([]);
    expect((await inv.api.series.mutate(inv.sign('series', {})))[0]).toMatchObject({ active: false });
  });
});
