// Staff and PINs on a real console ledger (SQLite file), through the console router as the
// renderer calls it: who may call what, the PIN throttle and lock, and what is stored.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as schema from '../../db/console/schema.ts';
import { ConsoleCore } from './console-core.ts';
import { ConsoleLedger } from './ledger.ts';
import { ConsoleRejection } from './rejection.ts';
import { consoleRouter } from './router.ts';
import { PIN_LOCK_AFTER_FAILURES, PIN_LOCK_MS, pinDelayMs, StaffStore } from './staff.ts';
import { hashPin, verifyPin } from './staff-pins.ts';

let dir: string;
let ledger: ConsoleLedger;
let core: ConsoleCore;
let nowMs: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hspos-staff-'));
  ledger = new ConsoleLedger(join(dir, 'console.db'));
  nowMs = 1_800_000_000_000;
  core = new ConsoleCore({
    ledger,
    // Never called: these tests stay inside the console.
    serverUrl: 'http://127.0.0.1:9',
    clock: { nowMs: () => nowMs },
    random: (length) => new Uint8Array(randomBytes(length)),
  });
  // Enrollment needs a server; what these tests need of it is only that it happened.
  vi.spyOn(core, 'info').mockReturnValue({
    enrolled: true,
    merchantId: 'merchant',
    merchantName: 'Cafeteria',
    deviceId: 'device',
    currency: 'KRW',
    serverUrl: 'http://127.0.0.1:9',
    serverReachable: false,
  });
  await core.staff.setupOwner({ name: 'Mina', pin: '1357' });
  await core.staff.addCashier({ name: 'Joon', pin: '2468' });
});

afterEach(async () => {
  await core.stop();
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

const caller = () => consoleRouter.createCaller({ core });

/** The named reason (or tRPC code) a call was refused with. */
async function refusal(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return error.cause instanceof ConsoleRejection ? error.cause.reason : error.code;
  }
  throw new Error('the call was not refused');
}

describe('console roles', () => {
  it('answers UNAUTHORIZED to everything but sign-in while nobody is signed in', async () => {
    expect(await refusal(() => caller().shift.current())).toBe('UNAUTHORIZED');
    expect(await refusal(() => caller().payments.today())).toBe('UNAUTHORIZED');
    expect(await refusal(() => caller().charges.create({ amountMinor: 100 }))).toBe('UNAUTHORIZED');
    expect((await caller().auth.status()).signedIn).toBeNull();
  });

  it('lets a cashier sell but not keep staff (FORBIDDEN); the owner keeps staff', async () => {
    expect(await caller().auth.signInWithPin({ pin: '2468' })).toEqual({ role: 'cashier', name: 'Joon' });
    expect(await caller().shift.current()).toBeNull();
    expect(await refusal(() => caller().auth.staff.list())).toBe('FORBIDDEN');
    expect(await refusal(() => caller().auth.staff.setRefundLimit({ refundLimitMinor: 1 }))).toBe('FORBIDDEN');
    await caller().auth.signInWithPin({ pin: '1357' });
    expect((await caller().auth.staff.list()).map((member) => member.name)).toEqual(['Mina', 'Joon']);
    await caller().auth.signOut();
    expect(await refusal(() => caller().auth.staff.list())).toBe('UNAUTHORIZED');
  });

  it('keeps an administrator out of owner calls, hides the token, and ends at expiry', async () => {
    core.session.signInAdministrator({ name: 'admin', serverToken: 'secret-token', expiresAt: nowMs + 60_000 });
    expect(await refusal(() => caller().auth.staff.list())).toBe('FORBIDDEN');
    const status = await caller().auth.status();
    expect(status.signedIn).toEqual({ role: 'administrator', name: 'admin' });
    expect(JSON.stringify(status)).not.toContain('secret-token');
    nowMs += 60_000;
    expect((await caller().auth.status()).signedIn).toBeNull();
    expect(await refusal(() => caller().shift.current())).toBe('UNAUTHORIZED');
  });

  it('refuses a second owner, a PIN already in use and a PIN of the wrong shape', async () => {
    expect(await refusal(() => core.staff.setupOwner({ name: 'Other', pin: '9999' }))).toBe('owner_exists');
    expect(await refusal(() => core.staff.addCashier({ name: 'Copy', pin: '2468' }))).toBe('pin_taken');
    core.session.signInStaff({ role: 'owner', staffId: 1, name: 'Mina' });
    expect(await refusal(() => caller().auth.staff.addCashier({ name: 'Short', pin: '123' }))).toBe('BAD_REQUEST');
    expect(await refusal(() => caller().auth.staff.addCashier({ name: 'Letters', pin: '12ab' }))).toBe('BAD_REQUEST');
  });

  it('makes one owner of two first-owner setups at once', async () => {
    const fresh = new ConsoleLedger(join(dir, 'fresh.db'));
    const store = new StaffStore(fresh, () => nowMs);
    try {
      const answers = await Promise.allSettled([
        store.setupOwner({ name: 'A', pin: '1111' }),
        store.setupOwner({ name: 'B', pin: '2222' }),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(store.list()).toHaveLength(1);
    } finally {
      fresh.close();
    }
  });

  it('signs a removed cashier out at once and never in again', async () => {
    await caller().auth.signInWithPin({ pin: '2468' });
    const joon = core.staff.list().find((member) => member.name === 'Joon')!;
    core.staff.remove(joon.staffId);
    core.session.signOutStaff(joon.staffId);
    expect(core.session.current()).toBeNull();
    expect(await refusal(() => caller().auth.signInWithPin({ pin: '2468' }))).toBe('pin_wrong');
    expect(await refusal(async () => core.staff.remove(1))).toBe('staff_not_found');
  });
});

describe('PIN throttle and lock', () => {
  it('waits after a few wrong PINs, even for the right one, then lets it in and resets', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await refusal(() => core.staff.identify('0000', ['cashier', 'owner']))).toBe('pin_wrong');
    }
    expect(await refusal(() => core.staff.identify('2468', ['cashier']))).toBe('pin_throttled');
    nowMs += pinDelayMs(3);
    expect((await core.staff.identify('2468', ['cashier'])).name).toBe('Joon');
    expect(core.staff.settings().pinFailures).toBe(0);
  });

  it('locks PIN entry after many wrong PINs in a row, for the lock time', async () => {
    for (let failures = 0; failures < PIN_LOCK_AFTER_FAILURES; failures++) {
      nowMs += pinDelayMs(failures);
      expect(await refusal(() => core.staff.identify('0000', ['owner']))).toBe('pin_wrong');
    }
    nowMs += 60_000;
    expect(await refusal(() => core.staff.identify('1357', ['owner']))).toBe('pin_locked');
    nowMs += PIN_LOCK_MS;
    expect((await core.staff.identify('1357', ['owner'])).role).toBe('owner');
  });

  it('counts a cashier’s PIN typed where an owner’s is needed', async () => {
    expect(await refusal(() => core.staff.identify('2468', ['owner']))).toBe('pin_not_owner');
    expect(core.staff.settings().pinFailures).toBe(1);
  });

  it('keeps the count in the ledger, so restarting the core does not reset it', async () => {
    for (let attempt = 0; attempt < 3; attempt++) await refusal(() => core.staff.identify('0000', ['owner']));
    const row = ledger.db.select().from(schema.consoleSettings).get();
    expect(row?.pinFailures).toBe(3);
  });
});

describe('PIN hashes', () => {
  it('stores a salted scrypt hash, never the PIN, and compares it exactly', async () => {
    const rows = ledger.db.select().from(schema.staff).all();
    expect(rows.every((row) => row.pinHash.startsWith('scrypt$') && !row.pinHash.includes('1357'))).toBe(true);
    const first = await hashPin('1357');
    expect(await hashPin('1357')).not.toBe(first);
    expect(await verifyPin('1357', first)).toBe(true);
    expect(await verifyPin('1358', first)).toBe(false);
    expect(await verifyPin('1357', 'scrypt$99$AAAA$BBBB')).toBe(false);
    expect(await verifyPin('1357', 'plain')).toBe(false);
  });
});
