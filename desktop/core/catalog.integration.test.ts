// The console's catalog cache and charges with lines, against a real server and ledger:
// owner edits reach the server and are re-cached, a snapshot applies whole or not at all,
// the register sells from the cache while the server is away, and a sale's lines are
// checked, signed and settled, ending up in the event's report.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { enrollWallet, pay } from '../../wallet/client.ts';
import { applySnapshot, type CatalogSnapshot } from './catalog.ts';
import type { RunningConsole } from './console.ts';
import { ConsoleLedger } from './ledger.ts';
import { consoleRouter } from './router.ts';
import { ConsoleRejection } from './rejection.ts';
import { enrolledConsole, serverIn, waitFor, walletRuntime } from './testing/stack.ts';

let dir: string;
let server: RunningServer;
let running: RunningConsole;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hspos-catalog-'));
  server = await serverIn(dir, 50_000)(0);
  ({ running } = await enrolledConsole(server, dir));
});

afterEach(async () => {
  await running.stop();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const reasonIn = (error: unknown) =>
  error instanceof TRPCError && error.cause instanceof ConsoleRejection
    ? error.cause.reason
    : String(error);

/** The reason a core call was refused with, or a description of what happened instead. */
function reasonOf(call: () => unknown): string {
  try {
    call();
    return 'not refused';
  } catch (error) {
    return reasonIn(error);
  }
}

async function seedLunch(eventId: string | null = null) {
  const catalog = running.core.catalog;
  let view = await catalog.upsertCategory({ eventId, name: 'Meals', position: 0 });
  const category = view.categories.find((candidate) => candidate.eventId === eventId);
  const categoryId = category?.categoryId ?? '';
  view = await catalog.upsertItem({
    eventId,
    categoryId,
    name: 'Bibimbap',
    priceMinor: 6_500,
    quickKey: 'B',
    position: 0,
  });
  view = await catalog.upsertItem({
    eventId,
    categoryId,
    name: 'Kimbap',
    priceMinor: 3_500,
    quickKey: 'K',
    position: 1,
  });
  return view;
}

describe('catalog cache', () => {
  it('owner edits go to the server and come back into the cache', async () => {
    const view = await seedLunch();
    expect(view.onSale.items.map((item) => [item.name, item.quickKey])).toEqual([
      ['Bibimbap', 'B'],
      ['Kimbap', 'K'],
    ]);
    expect(view.version).toBe(3);
    // Nothing changed on the server: the next round only compares versions.
    expect(await running.core.catalog.refresh()).toBe(false);
    const itemId = view.onSale.items[0]?.itemId ?? '';
    const archived = await running.core.catalog.archiveItem(itemId);
    expect(archived.onSale.items.map((item) => item.name)).toEqual(['Kimbap']);
  });

  it('picks up the server’s changes on a sync round', async () => {
    const view = await seedLunch();
    const info = running.core.info();
    if (!info.enrolled) throw new Error('not enrolled');
    const owner = { role: 'merchant_owner', merchantId: info.merchantId } as const;
    // An owner edits from elsewhere (an owner session on the server): no console call.
    server.services.upsertItem(owner, {
      itemId: 'AAAAAAAAAAAAAAAAAAAAAA',
      eventId: null,
      categoryId: view.categories[0]?.categoryId ?? '',
      name: 'Coffee',
      priceMinor: 2_000,
      quickKey: 'C',
      position: 2,
    });
    const names = () => running.core.catalog.current().onSale.items.map((item) => item.name);
    expect(await waitFor(names, (now) => now.includes('Coffee'))).toContain('Coffee');
  });

  it('names the server’s refusals (duplicate quick key, price out of range)', async () => {
    const view = await seedLunch();
    const categoryId = view.categories[0]?.categoryId ?? '';
    const item = { eventId: null, categoryId, name: 'Ramyeon', position: 2 };
    const refusal = (edit: { priceMinor: number; quickKey: string }) =>
      running.core.catalog.upsertItem({ ...item, ...edit }).then(() => 'not refused', reasonIn);
    expect(await refusal({ priceMinor: 4_000, quickKey: 'B' })).toBe('quick_key_taken');
    expect(await refusal({ priceMinor: 0, quickKey: 'R' })).toBe('price_out_of_range');
    expect(running.core.catalog.current().items).toHaveLength(2);
  });

  it('applies a snapshot whole or not at all', async () => {
    const before = await seedLunch();
    const broken: CatalogSnapshot = {
      version: before.version + 1,
      events: [],
      categories: [{ categoryId: 'c1', eventId: null, name: 'New', position: 0 }],
      // Two rows with one id: the second insert fails after the first rows were written.
      items: ['A', 'B'].map((name, position) => ({
        itemId: 'i1',
        eventId: null,
        categoryId: 'c1',
        name,
        priceMinor: 1,
        quickKey: null,
        position,
      })),
    };
    // A second handle on the same ledger file, as a crash-free stand-in for a failing pull.
    const ledger = new ConsoleLedger(join(dir, 'console.db'));
    expect(() => ledger.transaction((tx) => applySnapshot(tx, broken, Date.now()))).toThrow();
    ledger.close();
    const after = running.core.catalog.current();
    expect(after.version).toBe(before.version);
    expect(after.items.map((item) => item.name)).toEqual(['Bibimbap', 'Kimbap']);
  });

  it('sells from the cache while the server is away, under the active event', async () => {
    const created = await running.core.catalog.createEvent({
      name: 'Festival',
      startsOn: '2026-05-01',
      endsOn: '2026-05-02',
    });
    const eventId = created.events[0]?.eventId ?? '';
    await seedLunch(eventId);
    running.core.catalog.selectEvent(eventId);
    await server.stop();
    // Edits need the server (it is authoritative); selling does not.
    const edit = running.core.catalog.createEvent({
      name: 'Later',
      startsOn: '2026-06-01',
      endsOn: '2026-06-01',
    });
    expect(await edit.then(() => 'not refused', reasonIn)).toBe('catalog_offline');
    const view = running.core.catalog.current();
    expect(view.activeEvent?.eventId).toBe(eventId);
    const [bibimbap, kimbap] = view.onSale.items;
    const charge = running.core.charge({
      lines: [
        { label: bibimbap?.name ?? '', quantity: 2, unitPriceMinor: bibimbap?.priceMinor ?? 0 },
        { label: kimbap?.name ?? '', quantity: 1, unitPriceMinor: kimbap?.priceMinor ?? 0 },
      ],
    });
    expect(charge.amountMinor).toBe(16_500);
    const stored = running.core.todaysPayments()[0];
    expect(stored?.reference).toBe(`event:${eventId}`);
    expect(running.core.chargeStatus(charge.paymentId).lines).toHaveLength(2);
    server = await serverIn(dir, 50_000)(Number(new URL(server.url).port));
  });
});

describe('charge with lines', () => {
  it('refuses bad lines: empty, not adding up, too large', () => {
    const core = running.core;
    expect(reasonOf(() => core.charge({ lines: [] }))).toBe('lines_invalid');
    expect(reasonOf(() => core.charge({}))).toBe('lines_invalid');
    const line = { label: 'Coffee', quantity: 2, unitPriceMinor: 2_000 };
    const notTheSum = { lines: [line], amountMinor: 3_999 };
    expect(reasonOf(() => core.charge(notTheSum))).toBe('lines_invalid');
    const huge = { label: 'Gold', quantity: 10_000, unitPriceMinor: 1_000_000_000 };
    expect(reasonOf(() => core.charge({ lines: [huge, huge] }))).toBe('lines_invalid');
    const many = Array.from({ length: 101 }, () => ({ ...line, quantity: 1 }));
    expect(reasonOf(() => core.charge({ lines: many }))).toBe('lines_invalid');
    expect(core.todaysPayments()).toHaveLength(0);
    // A free amount still works, and lines with their own sum given agree.
    expect(core.charge({ amountMinor: 1_500 }).amountMinor).toBe(1_500);
    expect(core.charge({ lines: [line], amountMinor: 4_000 }).amountMinor).toBe(4_000);
  });

  it('settles a cart: the server keeps the lines and the event report counts them', async () => {
    const created = await running.core.catalog.createEvent({
      name: 'Festival',
      startsOn: '2026-05-01',
      endsOn: '2026-05-02',
    });
    const eventId = created.events[0]?.eventId ?? '';
    running.core.catalog.selectEvent(eventId);
    const wallet = await enrollWallet(server.url, walletRuntime);
    const lines = [
      { label: 'Bibimbap', quantity: 2, unitPriceMinor: 6_500 },
      { label: 'Coffee', quantity: 1, unitPriceMinor: 2_000 },
    ];
    const charge = running.core.charge({ lines });
    const result = await pay(wallet, charge.pairingUri, walletRuntime, {
      approve: (request) => request.body.lines.length === 2,
    });
    expect(result.status).toBe('settled');
    const settled = (state: string) => state === 'settled';
    await waitFor(() => running.core.chargeStatus(charge.paymentId).state, settled);
    const report = await running.core.catalog.report(eventId);
    expect(report).toMatchObject({ paymentCount: 1, grossMinor: 15_000 });
    expect(report.items).toEqual([
      { label: 'Bibimbap', quantity: 2, grossMinor: 13_000 },
      { label: 'Coffee', quantity: 1, grossMinor: 2_000 },
    ]);
    // A closed event cannot be made active again.
    await running.core.catalog.closeEvent(eventId);
    expect(running.core.catalog.current().activeEvent).toBeNull();
    expect(reasonOf(() => running.core.catalog.selectEvent(eventId))).toBe('event_closed');
  });
});

describe('catalog procedures by role', () => {
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'not refused',
      (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
    );

  it('anyone signed in reads the catalog; only the owner edits and picks the event', async () => {
    const view = await seedLunch();
    const caller = consoleRouter.createCaller({ core: running.core });
    expect(await codeOf(caller.catalog.current())).toBe('UNAUTHORIZED');
    running.core.session.signInStaff({ role: 'cashier', staffId: 2, name: 'Joon' });
    expect((await caller.catalog.current()).onSale.items).toHaveLength(2);
    const categoryId = view.categories[0]?.categoryId ?? '';
    const item = { eventId: null, categoryId, name: 'Tea', priceMinor: 1_500, quickKey: 't' };
    expect(await codeOf(caller.catalog.upsertItem({ ...item, position: 3 }))).toBe('FORBIDDEN');
    expect(await codeOf(caller.events.select({ eventId: null }))).toBe('FORBIDDEN');
    // A cashier charges a cart; the router refuses malformed lines before the core sees them.
    const line = { label: 'Tea', quantity: 0, unitPriceMinor: 1_500 };
    expect(await codeOf(caller.charges.create({ lines: [line] }))).toBe('BAD_REQUEST');
    const sale = await caller.charges.create({ lines: [{ ...line, quantity: 3 }] });
    expect(sale.amountMinor).toBe(4_500);
    running.core.session.signInStaff({ role: 'owner', staffId: 1, name: 'Mina' });
    const after = await caller.catalog.upsertItem({ ...item, position: 3 });
    expect(after.onSale.items.find((entry) => entry.name === 'Tea')?.quickKey).toBe('T');
  });
});
