// Offline payments on real parts: the server reserves an allowance, goes away, the console
// accepts the phone's offline approval, and settles it against the reserve when V returns.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { enrollWallet, pay, requestAllowance, type WalletFile } from '../../wallet/client.ts';
import { startConsole, type RunningConsole } from './console.ts';
import { enrolledConsole, serverIn, waitFor, walletRuntime } from './testing/stack.ts';

const runtime = walletRuntime;
const GRANT = 50_000;

let dir: string;
let server: RunningServer;
let running: RunningConsole;
const serverOn = (port: number) => serverIn(dir, GRANT)(port);
let merchantId: string;
let port: number;

async function walletWithAllowance(): Promise<WalletFile> {
  const wallet = await enrollWallet(server.url, runtime);
  return requestAllowance(wallet, { merchantId, currency: 'KRW' }, runtime);
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hspos-offline-'));
  server = await serverOn(0);
  port = Number(new URL(server.url).port);
  ({ running, merchantId } = await enrolledConsole(server, dir));
});

afterEach(async () => {
  await running.stop();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('offline payments', () => {
  it('reserves the allowance, accepts offline while V is away, and settles it once on sync', async () => {
    const wallet = await walletWithAllowance();
    expect(wallet.offline?.allowance.body).toMatchObject({ capMinor: 20_000, perPaymentMaxMinor: 10_000, maxCount: 3 });
    expect(server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(GRANT - 20_000);
    await server.stop();
    const charge = running.core.charge({ amountMinor: 4_500, reference: 'offline lunch' });
    const result = await pay(wallet, charge.pairingUri, runtime, { timeoutMs: 10_000, statusAttempts: 0 });
    expect(result.status).toBe('offline_pending');
    expect(wallet.offline).toMatchObject({ lastCounter: 1, spentMinor: 4_500 });
    expect(running.core.chargeStatus(charge.paymentId).state).toBe('offline_pending');
    expect(running.core.syncStatus().unsynced).toBe(1);
    server = await serverOn(port);
    const settled = await waitFor(() => running.core.chargeStatus(charge.paymentId), (s) => s.state === 'settled');
    expect(settled.state).toBe('settled');
    expect(running.core.syncStatus().unsynced).toBe(0);
    // Paid from the reserve: the spendable balance did not move again.
    expect(server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(GRANT - 20_000);
    const status = await server.services.paymentStatus(charge.paymentId);
    expect(status.status).toBe('settled');
    expect(server.services.checkLedger().violations).toEqual([]);
  });

  it('refuses offline above the per-payment floor and keeps the online approval queued', async () => {
    const wallet = await walletWithAllowance();
    await server.stop();
    const charge = running.core.charge({ amountMinor: 15_000, reference: '' });
    const result = await pay(wallet, charge.pairingUri, runtime, { timeoutMs: 1_500, statusAttempts: 0 });
    expect(result.status).toBe('failed');
    expect(running.core.chargeStatus(charge.paymentId)).toMatchObject({ state: 'authorizing' });
    // The online approval goes through when V is back (its request has not expired).
    server = await serverOn(port);
    const settled = await waitFor(() => running.core.chargeStatus(charge.paymentId), (s) => s.state === 'settled');
    expect(settled.state).toBe('settled');
    expect(server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(GRANT - 20_000 - 15_000);
  });

  it('lets two consoles of one merchant sync their offline backlogs at once, doubling nothing', async () => {
    const { code } = server.services.createEnrollmentCode({ merchantId, label: 'Register 2' });
    const second = await startConsole({ serverUrl: server.url, dataDir: join(dir, 'second'), retry: { resolveIntervalMs: 100 } });
    try {
      await second.core.enroll(code);
      const wallets = await Promise.all([1, 2, 3, 4].map(() => walletWithAllowance()));
      await server.stop();
      const charges: string[] = [];
      for (const [index, wallet] of wallets.entries()) {
        for (const consoleCore of [running.core, second.core]) {
          const charge = consoleCore.charge({ amountMinor: 1_000 + index, reference: '' });
          const result = await pay(wallet, charge.pairingUri, runtime, { timeoutMs: 10_000, statusAttempts: 0 });
          expect(result.status).toBe('offline_pending');
          charges.push(charge.paymentId);
        }
      }
      expect(running.core.syncStatus().unsynced + second.core.syncStatus().unsynced).toBe(8);
      server = await serverOn(port);
      await waitFor(
        () => running.core.syncStatus().unsynced + second.core.syncStatus().unsynced,
        (count) => count === 0,
      );
      for (const paymentId of charges) expect((await server.services.paymentStatus(paymentId)).status).toBe('settled');
      for (const [index, wallet] of wallets.entries()) {
        // Two payments each, from the reserve; the spendable balance moved only for the cap.
        expect(server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(GRANT - 20_000);
        expect(wallet.offline).toMatchObject({ lastCounter: 2, spentMinor: 2 * (1_000 + index) });
      }
      expect(server.services.checkLedger().violations).toEqual([]);
    } finally {
      await second.stop();
    }
  });

  it('answers a wallet asking twice with the same active allowance, reserving once', async () => {
    const wallet = await walletWithAllowance();
    const again = await requestAllowance(wallet, { merchantId, currency: 'KRW' }, runtime);
    expect(again.offline?.allowance).toEqual(wallet.offline?.allowance);
    expect(server.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(GRANT - 20_000);
  });
});
