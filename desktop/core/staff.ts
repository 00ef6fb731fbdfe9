// The people who use this console and their PINs. A PIN identifies a person here (PINs are
// unique on the console), so a wrong PIN cannot be counted per person: the console counts
// wrong PINs in a row, waits longer after each beyond a few, and locks PIN entry for a while
// after many. Every check hashes the PIN against every active person, so the time taken
// says nothing about which PIN, or whether any, was close.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import * as schema from '../../db/console/schema.ts';
import type { ConsoleLedger } from './ledger.ts';
import { refuse } from './rejection.ts';
import type { StaffRole, StaffSignedIn } from './session.ts';
import { hashPin, verifyPin } from './staff-pins.ts';

/** Wrong PINs in a row that cost nothing: a slip of the finger. */
export const PIN_FREE_FAILURES = 3;
/** After this many wrong PINs in a row, PIN entry is locked for PIN_LOCK_MS. */
export const PIN_LOCK_AFTER_FAILURES = 10;
export const PIN_LOCK_MS = 15 * 60_000;
/** The longest wait between tries before the lock. */
const MAX_PIN_DELAY_MS = 30_000;
/** Staff on one console: a bound on the rows every PIN check hashes against. */
export const MAX_STAFF = 50;
export const DEFAULT_REFUND_LIMIT_MINOR = 10_000;

export interface StaffMember {
  readonly staffId: number;
  readonly name: string;
  readonly role: StaffRole;
  readonly createdAt: number;
}

/** How long to wait after `failures` wrong PINs in a row (0 while they are free). */
export function pinDelayMs(failures: number): number {
  if (failures >= PIN_LOCK_AFTER_FAILURES) return PIN_LOCK_MS;
  if (failures < PIN_FREE_FAILURES) return 0;
  return Math.min(MAX_PIN_DELAY_MS, 1000 * 2 ** (failures - PIN_FREE_FAILURES));
}

type StaffRow = typeof schema.staff.$inferSelect;

function memberOf(row: StaffRow): StaffMember {
  return { staffId: row.id, name: row.name, role: row.role, createdAt: row.createdAt };
}

export class StaffStore {
  constructor(
    private readonly ledger: ConsoleLedger,
    private readonly nowMs: () => number,
  ) {}

  private get db() {
    return this.ledger.db;
  }

  private activeRows(): StaffRow[] {
    return this.db
      .select()
      .from(schema.staff)
      .where(isNull(schema.staff.removedAt))
      .orderBy(asc(schema.staff.id))
      .all();
  }

  list(): StaffMember[] {
    return this.activeRows().map(memberOf);
  }

  hasOwner(): boolean {
    return this.activeRows().some((row) => row.role === 'owner');
  }

  settings(): typeof schema.consoleSettings.$inferSelect {
    const table = schema.consoleSettings;
    const row = this.db.select().from(table).where(eq(table.id, 1)).get();
    return (
      row ?? {
        id: 1,
        refundLimitMinor: DEFAULT_REFUND_LIMIT_MINOR,
        pinFailures: 0,
        lastPinFailureAt: null,
      }
    );
  }

  private ensureSettings(): void {
    this.db.insert(schema.consoleSettings).values({ id: 1 }).onConflictDoNothing().run();
  }

  refundLimitMinor(): number {
    return this.settings().refundLimitMinor;
  }

  setRefundLimit(refundLimitMinor: number): number {
    this.ensureSettings();
    this.db
      .update(schema.consoleSettings)
      .set({ refundLimitMinor })
      .where(eq(schema.consoleSettings.id, 1))
      .run();
    return refundLimitMinor;
  }

  /** The first owner, once, right after enrollment. */
  async setupOwner(input: { name: string; pin: string }): Promise<StaffMember> {
    if (this.hasOwner()) throw refuse('CONFLICT', 'owner_exists', 'The owner is already set up.');
    return this.add({ ...input, role: 'owner' });
  }

  /** The owner adds a cashier. */
  async addCashier(input: { name: string; pin: string }): Promise<StaffMember> {
    if (!this.hasOwner()) {
      throw refuse('PRECONDITION_FAILED', 'owner_missing', 'Set up the owner first.');
    }
    return this.add({ ...input, role: 'cashier' });
  }

  private async add(input: { name: string; pin: string; role: StaffRole }): Promise<StaffMember> {
    const rows = this.activeRows();
    if (rows.length >= MAX_STAFF) {
      throw refuse('PRECONDITION_FAILED', 'staff_full', `At most ${MAX_STAFF} people per console.`);
    }
    const taken = await Promise.all(rows.map((row) => verifyPin(input.pin, row.pinHash)));
    if (taken.some(Boolean)) {
      throw refuse('CONFLICT', 'pin_taken', 'Someone on this console already uses that PIN.');
    }
    const pinHash = await hashPin(input.pin);
    const row = this.ledger.transaction((tx) => {
      // Checked again after the hash: two first-owner setups at once make one owner.
      const owners = tx
        .select({ id: schema.staff.id })
        .from(schema.staff)
        .where(and(eq(schema.staff.role, 'owner'), isNull(schema.staff.removedAt)))
        .all();
      if (input.role === 'owner' && owners.length > 0) {
        throw refuse('CONFLICT', 'owner_exists', 'The owner is already set up.');
      }
      return tx
        .insert(schema.staff)
        .values({ name: input.name, role: input.role, pinHash, createdAt: this.nowMs() })
        .returning()
        .get();
    });
    return memberOf(row);
  }

  /** The owner removes a cashier; the owner cannot remove themself (nobody would be left). */
  remove(staffId: number): void {
    const row = this.activeRows().find((candidate) => candidate.id === staffId);
    if (!row || row.role !== 'cashier') {
      throw refuse('NOT_FOUND', 'staff_not_found', 'No such cashier on this console.');
    }
    this.db
      .update(schema.staff)
      .set({ removedAt: this.nowMs() })
      .where(and(eq(schema.staff.id, staffId), isNull(schema.staff.removedAt)))
      .run();
  }

  /**
   * Whose PIN this is, under the throttle. A wrong PIN counts toward the lock, as does a
   * cashier's PIN where an owner's is needed (an approval dialog is a place to guess too).
   */
  async identify(pin: string, needed: readonly StaffRole[]): Promise<StaffSignedIn> {
    const nowMs = this.nowMs();
    const { pinFailures, lastPinFailureAt } = this.settings();
    const rows = this.activeRows();
    // Hash first, decide after: a locked console spends the same time as an open one.
    const matches = await Promise.all(rows.map((row) => verifyPin(pin, row.pinHash)));
    const waitUntil = (lastPinFailureAt ?? 0) + pinDelayMs(pinFailures);
    if (nowMs < waitUntil) {
      const locked = pinFailures >= PIN_LOCK_AFTER_FAILURES;
      const seconds = Math.ceil((waitUntil - nowMs) / 1000);
      throw locked
        ? refuse('TOO_MANY_REQUESTS', 'pin_locked', `PIN entry is locked for ${seconds} s.`)
        : refuse('TOO_MANY_REQUESTS', 'pin_throttled', `Wait ${seconds} s before the next try.`);
    }
    const row = rows.find((_, index) => matches[index] === true);
    if (!row) {
      this.recordFailure(nowMs);
      throw refuse('BAD_REQUEST', 'pin_wrong', 'That PIN is not right.');
    }
    if (!needed.includes(row.role)) {
      this.recordFailure(nowMs);
      throw refuse('FORBIDDEN', 'pin_not_owner', 'This needs an owner’s PIN.');
    }
    this.resetFailures();
    return { role: row.role, staffId: row.id, name: row.name };
  }

  private recordFailure(nowMs: number): void {
    this.ensureSettings();
    this.db
      .update(schema.consoleSettings)
      .set({ pinFailures: sql`${schema.consoleSettings.pinFailures} + 1`, lastPinFailureAt: nowMs })
      .where(eq(schema.consoleSettings.id, 1))
      .run();
  }

  private resetFailures(): void {
    this.db
      .update(schema.consoleSettings)
      .set({ pinFailures: 0, lastPinFailureAt: null })
      .where(eq(schema.consoleSettings.id, 1))
      .run();
  }
}
