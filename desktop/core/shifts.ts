// Shifts: the cashier opens one with the cash float in the drawer and closes it with a
// blind count. Closing is refused while any payment (or refund) is still on its way to the
// server, so nobody walks away from a register whose takings the server has not seen.
//
// The count is blind: the renderer never gets the expected figure before the count is
// recorded. Expected cash = the opening float + cash taken at this console during the
// shift. This console takes no cash today (every sale is paid from a phone wallet through
// the server, and refunds go back to the wallet), so expected cash is the float; a cash
// sale, if one is ever added, is summed into it in closeShift.
import { desc, eq, isNull } from 'drizzle-orm';
import { TRPCError } from '@trpc/server';
import * as schema from '../../db/console/schema.ts';
import type { ConsoleLedger } from './ledger.ts';
import { type ConsoleDb, pendingCount } from './outbox.ts';

/** An open shift as the renderer sees it: no float, no expected figure (the count is blind). */
export interface ShiftInfo {
  readonly id: number;
  readonly openedAt: number;
  readonly closedAt: number | null;
  readonly openedBy: string | null;
}

/** A closed shift's count, shown only after the count was recorded. */
export interface ShiftClosed extends ShiftInfo {
  readonly closedAt: number;
  readonly countedCashMinor: number;
  readonly expectedCashMinor: number;
  /** counted − expected: negative when cash is missing. */
  readonly varianceMinor: number;
}

type ShiftRow = typeof schema.shifts.$inferSelect;

function infoOf(row: ShiftRow): ShiftInfo {
  return { id: row.id, openedAt: row.openedAt, closedAt: row.closedAt, openedBy: row.openedBy };
}

function openRow(db: ConsoleDb): ShiftRow | undefined {
  return db
    .select()
    .from(schema.shifts)
    .where(isNull(schema.shifts.closedAt))
    .orderBy(desc(schema.shifts.id))
    .get();
}

export function currentShift(ledger: ConsoleLedger): ShiftInfo | null {
  const row = openRow(ledger.db);
  return row ? infoOf(row) : null;
}

export function openShift(
  ledger: ConsoleLedger,
  input: { nowMs: number; openingFloatMinor: number; openedBy: string },
): ShiftInfo {
  const open = openRow(ledger.db);
  if (open) return infoOf(open);
  const row = ledger.db
    .insert(schema.shifts)
    .values({
      openedAt: input.nowMs,
      openingFloatMinor: input.openingFloatMinor,
      openedBy: input.openedBy,
    })
    .returning()
    .get();
  return infoOf(row);
}

export function closeShift(
  ledger: ConsoleLedger,
  input: { nowMs: number; countedCashMinor: number; closedBy: string },
): ShiftClosed {
  return ledger.transaction((tx) => {
    const open = openRow(tx);
    if (!open) throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'No shift is open.' });
    const unsynced = pendingCount(tx);
    if (unsynced > 0) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message:
          `${unsynced} payment${unsynced === 1 ? ' has' : 's have'} not reached the server ` +
          'yet. The shift can close once they have synced.',
      });
    }
    // No cash is taken at this console (see the file comment): the drawer holds the float.
    const expectedCashMinor = open.openingFloatMinor;
    const varianceMinor = input.countedCashMinor - expectedCashMinor;
    tx.update(schema.shifts)
      .set({
        closedAt: input.nowMs,
        countedCashMinor: input.countedCashMinor,
        expectedCashMinor,
        varianceMinor,
        closedBy: input.closedBy,
      })
      .where(eq(schema.shifts.id, open.id))
      .run();
    return {
      ...infoOf(open),
      closedAt: input.nowMs,
      countedCashMinor: input.countedCashMinor,
      expectedCashMinor,
      varianceMinor,
    };
  });
}
