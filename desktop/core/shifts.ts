// Shifts: the cashier opens one to sell and closes it at the end. Closing (or signing out)
// is refused while any payment is still on its way to the server, so nobody walks away
// from a register whose takings the server has not seen.
import { desc, eq, isNull } from 'drizzle-orm';
import { TRPCError } from '@trpc/server';
import * as schema from '../../db/console/schema.ts';
import type { ConsoleLedger } from './ledger.ts';
import { pendingCount } from './outbox.ts';

export interface ShiftInfo {
  readonly id: number;
  readonly openedAt: number;
  readonly closedAt: number | null;
}

export function currentShift(ledger: ConsoleLedger): ShiftInfo | null {
  return (
    ledger.db.select().from(schema.shifts).where(isNull(schema.shifts.closedAt)).orderBy(desc(schema.shifts.id)).get() ??
    null
  );
}

export function openShift(ledger: ConsoleLedger, nowMs: number): ShiftInfo {
  const open = currentShift(ledger);
  if (open) return open;
  return ledger.db.insert(schema.shifts).values({ openedAt: nowMs }).returning().get();
}

export function closeShift(ledger: ConsoleLedger, nowMs: number): ShiftInfo {
  const open = currentShift(ledger);
  if (!open) throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'No shift is open.' });
  const unsynced = pendingCount(ledger.db);
  if (unsynced > 0) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: `${unsynced} payment${unsynced === 1 ? ' has' : 's have'} not reached the server yet. The shift can close once they have synced.`,
    });
  }
  return ledger.db
    .update(schema.shifts)
    .set({ closedAt: nowMs })
    .where(eq(schema.shifts.id, open.id))
    .returning()
    .get();
}
