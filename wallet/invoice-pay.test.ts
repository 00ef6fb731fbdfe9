// payInvoice against a real server on 127.0.0.1: the wallet checks what it approves and the
// receipt it gets, and refuses links and requests it cannot trust.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ed25519KeyPair, toBase64Url } from '../protocol/index.ts';
import { formatInvoiceLink } from '../protocol/invoice-link.ts';
import { systemRandom } from '../server/runtime.ts';
import { startFixture, type Fixture } from '../server/testing/fixture.ts';
import { invoicesOf } from '../server/testing/invoices.ts';
import { key } from '../server/testing/refused.ts';
import { enrollWallet, payInvoice, type WalletFile, type WalletRuntime } from './client.ts';
import { requestProblem } from './invoice-pay.ts';

let f: Fixture;
let runtime: WalletRuntime;
let wallet: WalletFile;

beforeEach(async () => {
  f = await startFixture();
  runtime = { nowMs: () => f.clock.nowMs(), random: systemRandom };
  wallet = await enrollWallet(f.server.url, runtime);
  await f.admin.admin.topUp.mutate({
    topUpId: key(),
    walletId: wallet.walletId,
    amountMinor: 100_000,
    currency: 'KRW',
  });
});
afterEach(async () => f.stop());

async function sentInvoice() {
  const inv = invoicesOf(f);
  const invoice = await inv.sent(await inv.student());
  const link = formatInvoiceLink({ serverUrl: f.server.url, token: invoice.token });
  return { inv, invoice, link };
}

describe('payInvoice', () => {
  it('shows the invoice, pays what is left and verifies the receipt', async () => {
    const { inv, invoice, link } = await sentInvoice();
    const shown: string[] = [];
    const saved: number[][] = [];
    const result = await payInvoice(wallet, link, runtime, {
      approve: (opened, request) => {
        shown.push(`${opened.merchantName} ${request.body.amountMinor} ${opened.lines[0]!.label}`);
        return true;
      },
      onWalletChange: (changed) => saved.push([...changed.usedOtpSteps]),
    });
    expect(result.status).toBe('settled');
    expect(shown).toEqual(['University Cafeteria 30000 Piano lesson']);
    expect(saved).toHaveLength(1);
    expect(await inv.get(invoice.invoiceId)).toMatchObject({ status: 'paid', paidMinor: 30_000 });
    expect(f.balanceOf(wallet.walletId)).toBe(70_000);
    // Paying the same link again finds nothing to pay: no second charge.
    const again = await payInvoice(wallet, link, runtime);
    expect(again).toMatchObject({ status: 'failed', reason: 'invoice_not_payable' });
    expect(f.balanceOf(wallet.walletId)).toBe(70_000);
  });

  it('sends nothing when the person declines', async () => {
    const { inv, invoice, link } = await sentInvoice();
    const result = await payInvoice(wallet, link, runtime, { approve: () => false });
    expect(result).toEqual({ status: 'declined', reason: 'customer_cancelled' });
    expect(await inv.get(invoice.invoiceId)).toMatchObject({ status: 'viewed', paidMinor: 0 });
    expect(f.balanceOf(wallet.walletId)).toBe(100_000);
  });

  it('refuses a request its server did not certify, and text that is not a link', async () => {
    const { link } = await sentInvoice();
    const other = ed25519KeyPair(systemRandom);
    const stranger = { ...wallet, serverPublicKey: toBase64Url(other.publicKey) };
    expect(await payInvoice(stranger, link, runtime))
      .toMatchObject({ status: 'failed', reason: 'bad_device_signature' });
    expect(f.balanceOf(wallet.walletId)).toBe(100_000);
    await expect(payInvoice(wallet, 'hspos://pay?token=x', runtime))
      .rejects.toThrow(/not an invoice link/);
  });

  it('refuses a request whose signature or amount does not fit the invoice', async () => {
    const { invoice } = await sentInvoice();
    const opened = await f.anonymous.invoices.open.mutate({ token: invoice.token });
    const request = opened.request!;
    const nowMs = f.clock.nowMs();
    expect(requestProblem(wallet, opened.invoice, request, nowMs)).toBeNull();
    const forged = { ...request, body: { ...request.body, amountMinor: 1 } };
    expect(requestProblem(wallet, opened.invoice, forged, nowMs))
      .toMatchObject({ reason: 'bad_device_signature' });
    const smaller = { ...opened.invoice, remainingMinor: 10_000 };
    expect(requestProblem(wallet, smaller, request, nowMs))
      .toMatchObject({ reason: 'request_mismatch' });
    const late = request.body.expiresAt + 61_000;
    expect(requestProblem(wallet, opened.invoice, request, late))
      .toMatchObject({ reason: 'session_expired' });
  });
});
