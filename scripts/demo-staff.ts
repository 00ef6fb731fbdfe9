// The demo's staff (`npm start`) and every enrolled journey-test stack (e2e/stack.ts): an
// owner and a cashier with known PINs, set up through the console core as the owner's first
// screen would. Does nothing when the console already has an owner.
import type { ConsoleCore } from '../desktop/core/console-core.ts';

export const DEMO_STAFF = {
  owner: { name: 'Owner', pin: '1357' },
  cashier: { name: 'Cashier', pin: '2468' },
} as const;

/** Sets up the demo owner and cashier through `core`; false when an owner was already there. */
export async function seedDemoStaff(core: ConsoleCore): Promise<boolean> {
  if (core.staff.hasOwner()) return false;
  await core.staff.setupOwner(DEMO_STAFF.owner);
  await core.staff.addCashier(DEMO_STAFF.cashier);
  return true;
}
