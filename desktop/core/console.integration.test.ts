// The console core with its real hub and ledger, a real server, and headless wallets
// paying over socket.io on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { enrollWallet, pay } from '../../wallet/client.ts';
import { startConsole, type RunningConsole } from './console.ts';
import { enrolledConsole, serverIn, waitFor, walletRuntime } from './testing/stack.ts';

const runtime = walletRuntime;

let dir: string;
let server: RunningServer;
let running: RunningConsole;
const serverOn = (port: number) => serverIn(dir, 50_000)(port);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hspos-console-'));
  server = await serverOn(0);
  ({ running } = await enrolledConsole(server, dir));
});

afterEach(async () => {
  await running.stop();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('console core', () => {
  it('charges 4,500 KRW: the wallet pays through the hub and both sides hold the receipt', async () => {
    const wallet = await enrollWallet(server.url, runtime);
    const charge = running.core.charge({ amountMinor: 4_500, reference: 'lunch' });
    expect(running.core.chargeStatus(charge.paymentId).state).toBe('awaiting_customer');
    const result = await pay(wallet, charge.pairingUri, runtime);
    expect(result.status).toBe('settled');
    const status = await waitFor(() => running.core.chargeStatus(charge.paymentId), (s) => s.state === 'settled');
    expect(status.receipt?.transactionId).toBe(result.status === 'settled' ? result.receipt.body.transactionId : '');
    expect(server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(45_500);
    expect(running.core.todaysPayments()[0]).toMatchObject({ paymentId: charge.paymentId, state: 'settled' });
  });

  it('records a customer’s refusal as declined, with no charge', async () => {
    const wallet = await enrollWallet(server.url, runtime);
    const charge = running.core.charge({ amountMinor: 1_000, reference: '' });
    const result = await pay(wallet, charge.pairingUri, runtime, { approve: () => false });
    expect(result).toMatchObject({ status: 'declined', reason: 'customer_cancelled' });
    const status = await waitFor(() => running.core.chargeStatus(charge.paymentId), (s) => s.state !== 'awaiting_approval');
    expect(status).toMatchObject({ state: 'declined', reason: 'customer_cancelled' });
    expect(server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(50_000);
  });

  it('lets the cashier cancel before approval; the QR code is then dead', async () => {
    const wallet = await enrollWallet(server.url, runtime);
    const charge = running.core.charge({ amountMinor: 1_000, reference: '' });
    expect(running.core.cancelCharge(charge.paymentId)).toMatchObject({ state: 'declined', reason: 'merchant_cancelled' });
    const result = await pay(wallet, charge.pairingUri, runtime, { timeoutMs: 3_000 });
    expect(result.status).toBe('failed');
    expect(server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(50_000);
  });

  it('pairs one phone per QR code: a second phone is refused', async () => {
    const first = await enrollWallet(server.url, runtime);
    const second = await enrollWallet(server.url, runtime);
    const charge = running.core.charge({ amountMinor: 2_000, reference: '' });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const firstPay = pay(first, charge.pairingUri, runtime, { approve: () => held.then(() => true) });
    await waitFor(() => running.core.chargeStatus(charge.paymentId).state, (s) => s === 'awaiting_approval');
    const intruder = await pay(second, charge.pairingUri, runtime, { timeoutMs: 3_000 });
    expect(intruder).toMatchObject({ status: 'failed', reason: 'protocol_error' });
    release();
    expect((await firstPay).status).toBe('settled');
    expect(server.services.walletBalanceMinor(second.walletId, 'KRW')).toBe(50_000);
  });

  it('keeps an approval whose outcome is unknown and settles it once when the server returns', async () => {
    const wallet = await enrollWallet(server.url, runtime);
    const port = Number(new URL(server.url).port);
    const charge = running.core.charge({ amountMinor: 3_000, reference: '' });
    await server.stop();
    const result = await pay(wallet, charge.pairingUri, runtime, { timeoutMs: 1_500 });
    expect(result.status).toBe('failed');
    const pending = await waitFor(() => running.core.chargeStatus(charge.paymentId), (s) => s.reason === 'server_unreachable');
    expect(pending).toMatchObject({ state: 'authorizing', reason: 'server_unreachable' });
    expect(running.core.info().serverReachable).toBe(false);
    server = await serverOn(port);
    const settled = await waitFor(() => running.core.chargeStatus(charge.paymentId), (s) => s.state === 'settled');
    expect(settled.state).toBe('settled');
    expect(server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(47_000);
  });

  it('refuses to close the shift while a payment has not reached the server', async () => {
    const COUNT = { countedCashMinor: 49_000, closedBy: 'Cashier' };
    const wallet = await enrollWallet(server.url, runtime);
    const port = Number(new URL(server.url).port);
    running.core.shift.open({ openingFloatMinor: 50_000, openedBy: 'Cashier' });
    const charge = running.core.charge({ amountMinor: 2_500, reference: '' });
    await server.stop();
    await pay(wallet, charge.pairingUri, runtime, { timeoutMs: 1_000, statusAttempts: 0 });
    await waitFor(() => running.core.syncStatus().unsynced, (count) => count === 1);
    expect(() => running.core.shift.close(COUNT)).toThrow(/1 payment has not reached the server/);
    expect(running.core.shift.current()?.closedAt).toBeNull();
    server = await serverOn(port);
    await waitFor(() => running.core.syncStatus().unsynced, (count) => count === 0);
    expect(running.core.chargeStatus(charge.paymentId).state).toBe('settled');
    expect(running.core.shift.close(COUNT)).toMatchObject({ expectedCashMinor: 50_000, varianceMinor: -1_000 });
  });

  it('pulls a refund made at the server into its own ledger', async () => {
    const wallet = await enrollWallet(server.url, runtime);
    const charge = running.core.charge({ amountMinor: 6_000, reference: '' });
    expect((await pay(wallet, charge.pairingUri, runtime)).status).toBe('settled');
    const info = running.core.info();
    if (!info.enrolled) throw new Error('enrolled in beforeEach');
    server.services.refund({ role: 'merchant_owner', merchantId: info.merchantId }, { refundId: 'AAAAAAAAAAAAAAAAAAAAAA', paymentId: charge.paymentId, amountMinor: 2_000 });
    const row = await waitFor(
      () => running.core.todaysPayments().find((payment) => payment.paymentId === charge.paymentId),
      (payment) => payment?.refundedMinor === 2_000,
    );
    expect(row?.refundedMinor).toBe(2_000);
  });

  it('refuses to charge before enrollment and explains a bad enrollment code', async () => {
    const other = await startConsole({ serverUrl: server.url, dataDir: join(dir, 'other') });
    try {
      expect(other.core.info()).toMatchObject({ enrolled: false });
      expect(() => other.core.charge({ amountMinor: 100, reference: '' })).toThrow(/enroll/);
      await expect(other.core.enroll('AAAA-BBBB-CCCC')).rejects.toThrow(/unknown, used or expired/);
    } finally {
      await other.stop();
    }
  });
});
