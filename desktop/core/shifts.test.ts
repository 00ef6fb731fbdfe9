// The shift's blind count on a real console ledger: the open shift shows no float and no
// expected figure; closing records counted, expected and variance together, and is refused
// (nothing recorded) while anything waits in the outbox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as schema from '../../db/console/schema.ts';
import { ConsoleLedger } from './ledger.ts';
import { enqueue } from './outbox.ts';
import { closeShift, currentShift, openShift } from './shifts.ts';

let dir: string;
let ledger: ConsoleLedger;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hspos-shifts-'));
  ledger = new ConsoleLedger(join(dir, 'console.db'));
});
afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('shift count', () => {
  it('keeps the count blind until it is recorded, then answers expected and variance', () => {
    openShift(ledger, { nowMs: 1_000, openingFloatMinor: 50_000, openedBy: 'Joon' });
    const open = currentShift(ledger);
    expect(open).toEqual({ id: 1, openedAt: 1_000, closedAt: null, openedBy: 'Joon' });
    const closed = closeShift(ledger, { nowMs: 2_000, countedCashMinor: 48_500, closedBy: 'Joon' });
    expect(closed).toMatchObject({ countedCashMinor: 48_500, expectedCashMinor: 50_000, varianceMinor: -1_500 });
    const row = ledger.db.select().from(schema.shifts).get();
    expect(row).toMatchObject({ closedAt: 2_000, varianceMinor: -1_500, closedBy: 'Joon' });
    expect(currentShift(ledger)).toBeNull();
  });

  it('opens one shift at a time: a second open returns the open one', () => {
    const first = openShift(ledger, { nowMs: 1_000, openingFloatMinor: 10_000, openedBy: 'Joon' });
    expect(openShift(ledger, { nowMs: 5_000, openingFloatMinor: 0, openedBy: 'Mina' })).toEqual(first);
  });

  it('refuses to close, recording nothing, while a refund waits for the server', () => {
    openShift(ledger, { nowMs: 1_000, openingFloatMinor: 20_000, openedBy: 'Joon' });
    enqueue(ledger.db, { id: 'refund-1', kind: 'refund', payload: {}, nowMs: 1_500 });
    expect(() => closeShift(ledger, { nowMs: 2_000, countedCashMinor: 20_000, closedBy: 'Joon' })).toThrow(
      /1 payment has not reached the server/,
    );
    expect(ledger.db.select().from(schema.shifts).get()).toMatchObject({ closedAt: null, countedCashMinor: null });
  });

  it('refuses to close when no shift is open', () => {
    expect(() => closeShift(ledger, { nowMs: 1, countedCashMinor: 0, closedBy: 'Joon' })).toThrow(/No shift is open/);
  });
});
