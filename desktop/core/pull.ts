// The pull half of sync: the server's word on this merchant's payments since the cursor.
// A payment this console still thought in flight becomes settled when the server shows its
// signed receipt; refunds and voids done elsewhere are recorded. Each page is applied in one
// transaction together with the new cursor, so a crash re-pulls, never skips.
import { eq } from 'drizzle-orm';
import * as schema from '../../db/console/schema.ts';
import {
  type Receipt,
  paymentRequestSchema,
  requestHash,
  verifyReceipt,
  type RandomSource,
} from '../../protocol/index.ts';
import { nodeSignatures } from '../../platform/node-signatures.ts';
import { signAsConsole } from './device-calls.ts';
import { applyUpdate, type ConsoleLedger } from './ledger.ts';
import { markDone } from './outbox.ts';
import type { ServerClient } from './server-client.ts';

const SIGNATURES = nodeSignatures();

/** Pages per pull: a long backlog continues at the next round. */
const MAX_PAGES_PER_PULL = 10;

interface Change {
  readonly seq: number;
  readonly kind: string;
  readonly payment: {
    readonly paymentId: string;
    readonly status: 'settled' | 'declined';
    readonly refundedMinor: number;
    readonly voidedAt: number | null;
    readonly receipt: Receipt | null;
  };
}

export async function pullChanges(input: {
  ledger: ConsoleLedger;
  server: ServerClient;
  nowMs: () => number;
  random: RandomSource;
}): Promise<void> {
  const identity = input.ledger.identity();
  if (!identity) return;
  for (let page = 0; page < MAX_PAGES_PER_PULL; page++) {
    const call = signAsConsole(identity, {
      path: 'payments.changes',
      payload: { cursor: input.ledger.pullCursor(), limit: 500 },
      nowMs: input.nowMs(),
      random: input.random,
    });
    const answer = await input.server.payments.changes.mutate(call);
    applyChanges(input.ledger, answer.changes, answer.cursor, identity.serverPublicKey, input.nowMs());
    if (!answer.more) return;
  }
}

function applyChanges(
  ledger: ConsoleLedger,
  changes: readonly Change[],
  cursor: number,
  serverPublicKey: string,
  nowMs: number,
): void {
  ledger.transaction((tx) => {
    for (const { payment } of changes) {
      const local = tx.select().from(schema.payments).where(eq(schema.payments.id, payment.paymentId)).get();
      // Another console's payment: not ours to record.
      if (!local) continue;
      const inFlight = local.state === 'authorizing' || local.state === 'offline_pending';
      const receipt = payment.receipt;
      if (inFlight && payment.status === 'settled' && receipt) {
        const request = paymentRequestSchema.parse(JSON.parse(local.request));
        const genuine =
          verifyReceipt(receipt, serverPublicKey, SIGNATURES) &&
          receipt.body.paymentId === local.id &&
          receipt.body.requestHash === requestHash(request);
        if (genuine) {
          applyUpdate(tx, local.id, { state: 'settled', reason: null, receipt }, nowMs);
          markDone(tx, local.id, nowMs);
        }
      }
      if (payment.refundedMinor !== local.refundedMinor || payment.voidedAt !== local.voidedAt) {
        tx.update(schema.payments)
          .set({ refundedMinor: payment.refundedMinor, voidedAt: payment.voidedAt })
          .where(eq(schema.payments.id, local.id))
          .run();
      }
    }
    tx.insert(schema.syncState)
      .values({ id: 1, pullCursor: cursor })
      .onConflictDoUpdate({ target: schema.syncState.id, set: { pullCursor: cursor } })
      .run();
  });
}
