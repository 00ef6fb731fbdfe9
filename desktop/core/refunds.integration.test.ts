// Refunds and voids from the console against a real server: the owner's PIN above the
// limit, the refundId kept across a server outage (queued, sent once), the server's refusal
// recorded with its reason, and the shift's blind count with its variance.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as schema from '../../db/console/schema.ts';
import type { RunningServer } from '../../server/app.ts';
import { enrollWallet, pay } from '../../wallet/client.ts';
import type { RunningConsole } from './console.ts';
import { ConsoleLedger } from './ledger.ts';
import { ConsoleRejection } from './rejection.ts';
import type { SignedIn } from './session.ts';
import { enrolledConsole, serverIn, waitFor, walletRuntime } from './testing/stack.ts';

let dir: string;
let server: RunningServer;
let running: RunningConsole;
const serverOn = (port: number) => serverIn(dir, 50_000)(port);
let cashier: SignedIn;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hspos-refunds-'));
  server = await serverOn(0);
  ({ running } = await enrolledConsole(server, dir));
  await running.core.staff.setupOwner({ name: 'Mina', pin: '1357' });
  const added = await running.core.staff.addCashier({ name: 'Joon', pin: '2468' });
  cashier = { role: 'cashier', staffId: added.staffId, name: added.name };
});

afterEach(async () => {
  await running.stop();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A settled payment of `amountMinor` at this console, paid by a fresh wallet. */
async function paid(amountMinor: number): Promise<{ paymentId: string; walletId: string }> {
  const wallet = await enrollWallet(server.url, walletRuntime);
  const charge = running.core.charge({ amountMinor, reference: '' });
  expect((await pay(wallet, charge.pairingUri, walletRuntime)).status).toBe('settled');
  await waitFor(() => running.core.chargeStatus(charge.paymentId).state, (state) => state === 'settled');
  return { paymentId: charge.paymentId, walletId: wallet.walletId };
}

async function reasonOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof ConsoleRejection) return error.cause.reason;
    throw error;
  }
  throw new Error('not refused');
}

const balance = (walletId: string) => server.services.walletBalanceMinor(walletId, 'KRW');

/** A second connection to the console's ledger file, to read (or stage) what the core wrote. */
function withLedger<T>(work: (ledger: ConsoleLedger) => T): T {
  const ledger = new ConsoleLedger(join(dir, 'console.db'));
  try {
    return work(ledger);
  } finally {
    ledger.close();
  }
}

function eventsOf(paymentId: string) {
  return withLedger((ledger) =>
    ledger.db.select().from(schema.events).where(eq(schema.events.paymentId, paymentId)).all(),
  );
}

describe('refunds at the console', () => {
  it('lets a cashier refund up to the limit alone; the money goes back once', async () => {
    const { paymentId, walletId } = await paid(8_000);
    const outcome = await running.core.refunds.request(cashier, { paymentId, kind: 'refund', amountMinor: 3_000 });
    expect(outcome).toMatchObject({ state: 'done', approvedBy: null, amountMinor: 3_000 });
    expect(balance(walletId)).toBe(50_000 - 8_000 + 3_000);
    expect(running.core.todaysPayments()[0]?.refundedMinor).toBe(3_000);
  });

  it('refuses above the limit without an owner, and with a cashier’s or a wrong PIN', async () => {
    const { paymentId, walletId } = await paid(20_000);
    const input = { paymentId, kind: 'refund' as const, amountMinor: 15_000 };
    expect(await reasonOf(() => running.core.refunds.request(cashier, input))).toBe('owner_approval_required');
    expect(await reasonOf(() => running.core.refunds.request(cashier, { ...input, ownerPin: '2468' }))).toBe('pin_not_owner');
    expect(await reasonOf(() => running.core.refunds.request(cashier, { ...input, ownerPin: '9999' }))).toBe('pin_wrong');
    expect(balance(walletId)).toBe(30_000);
    expect(running.core.refunds.forPayment(paymentId)).toEqual([]);
    const approved = await running.core.refunds.request(cashier, { ...input, ownerPin: '1357' });
    expect(approved).toMatchObject({ state: 'done', approvedBy: 'Mina' });
    expect(balance(walletId)).toBe(45_000);
    const events = eventsOf(paymentId);
    expect(events).toContainEqual(expect.objectContaining({ kind: 'refund_requested' }));
    expect(JSON.parse(events.find((event) => event.kind === 'refund_requested')!.data)).toMatchObject({
      requestedBy: 'Joon',
      approvedBy: 'Mina',
    });
  });

  it('records the server’s refusal in words: more than is left', async () => {
    const { paymentId } = await paid(5_000);
    const outcome = await running.core.refunds.request(cashier, { paymentId, kind: 'refund', amountMinor: 6_000 });
    expect(outcome).toMatchObject({ state: 'refused', reason: 'refund_exceeds_remaining' });
    expect(running.core.syncStatus().unsynced).toBe(0);
  });

  it('records one of two refunds asked at once for the same payment', async () => {
    const { paymentId, walletId } = await paid(20_000);
    const port = Number(new URL(server.url).port);
    // Away, so the first stays pending while the second is checked (no timing luck needed).
    await server.stop();
    const input = { paymentId, kind: 'refund' as const, amountMinor: 12_000, ownerPin: '1357' };
    const answers = await Promise.allSettled([
      running.core.refunds.request(cashier, input),
      running.core.refunds.request(cashier, input),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(running.core.refunds.forPayment(paymentId)).toHaveLength(1);
    server = await serverOn(port);
    await waitFor(() => running.core.syncStatus().unsynced, (count) => count === 0, 15_000);
    expect(balance(walletId)).toBe(50_000 - 20_000 + 12_000);
  });

  it('voids with the owner’s PIN only', async () => {
    const { paymentId, walletId } = await paid(4_000);
    expect(await reasonOf(() => running.core.refunds.request(cashier, { paymentId, kind: 'void' }))).toBe(
      'owner_approval_required',
    );
    const voided = await running.core.refunds.request(cashier, { paymentId, kind: 'void', ownerPin: '1357' });
    expect(voided).toMatchObject({ state: 'done', kind: 'void', amountMinor: 4_000 });
    expect(balance(walletId)).toBe(50_000);
    expect(running.core.todaysPayments()[0]?.voidedAt).not.toBeNull();
    expect(await reasonOf(() => running.core.refunds.request(cashier, { paymentId, kind: 'void', ownerPin: '1357' }))).toBe(
      'payment_not_refundable',
    );
  });

  it('keeps a refund queued while the server is away and sends it once, with the same id', async () => {
    const { paymentId, walletId } = await paid(9_000);
    const port = Number(new URL(server.url).port);
    await server.stop();
    const queued = await running.core.refunds.request(cashier, { paymentId, kind: 'refund', amountMinor: 2_000 });
    expect(queued.state).toBe('pending');
    expect(running.core.syncStatus().unsynced).toBe(1);
    expect(running.core.refunds.pending().map((refund) => refund.refundId)).toEqual([queued.refundId]);
    // A second refund of the same payment waits for the first: no doubled refund by retry.
    expect(await reasonOf(() => running.core.refunds.request(cashier, { paymentId, kind: 'refund', amountMinor: 2_000 }))).toBe(
      'refund_in_flight',
    );
    server = await serverOn(port);
    const done = await waitFor(
      () => running.core.refunds.forPayment(paymentId)[0]?.state,
      (state) => state === 'done',
    );
    expect(done).toBe('done');
    expect(running.core.refunds.pending()).toEqual([]);
    expect(running.core.refunds.forPayment(paymentId)).toHaveLength(1);
    expect(running.core.refunds.forPayment(paymentId)[0]?.refundId).toBe(queued.refundId);
    expect(balance(walletId)).toBe(50_000 - 9_000 + 2_000);
    const info = running.core.info();
    if (!info.enrolled) throw new Error('enrolled in beforeEach');
    const atServer = server.services.listRefunds({ role: 'merchant_owner', merchantId: info.merchantId }, { limit: 10 });
    expect(JSON.stringify(atServer)).toContain(queued.refundId);
  });

  it('resends an answered-but-lost refund with the same id: the server answers from its record', async () => {
    const { paymentId, walletId } = await paid(7_000);
    const outcome = await running.core.refunds.request(cashier, { paymentId, kind: 'refund', amountMinor: 1_000 });
    // As if the answer had been lost: the item is pending again with the same refundId.
    withLedger((ledger) =>
      ledger.db
        .update(schema.outbox)
        .set({ state: 'pending', doneAt: null })
        .where(eq(schema.outbox.id, outcome.refundId))
        .run(),
    );
    expect(running.core.syncStatus().unsynced).toBe(1);
    await running.core.sync.kick();
    await waitFor(() => running.core.syncStatus().unsynced, (count) => count === 0);
    expect(running.core.syncStatus().unsynced).toBe(0);
    expect(balance(walletId)).toBe(50_000 - 7_000 + 1_000);
  });
});
