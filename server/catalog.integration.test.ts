// The catalog and events over real HTTP: a console's signed snapshot (skipped when its
// version is current), owner edits, each named rejection with nothing written, and an
// event's report from payments whose request reference names the event.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from './testing/fixture.ts';
import { BAD_REQUEST, FORBIDDEN, key, refused as refusedOn } from './testing/refused.ts';
import { MAX_ITEM_PRICE_MINOR } from './domain/catalog.ts';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.stop();
});

const refused = (call: () => Promise<unknown>, expected: { code: string; reason?: string }) =>
  refusedOn(f, call, expected);

type Owner = Awaited<ReturnType<Fixture['ownerClient']>>;

async function seedCategory(owner: Owner, eventId: string | null = null) {
  const categoryId = key();
  await owner.catalog.upsertCategory.mutate({ categoryId, eventId, name: 'Meals', position: 0 });
  return categoryId;
}

describe('catalog', () => {
  it('a console reads its merchant’s snapshot and skips an unchanged one', async () => {
    const owner = await f.ownerClient();
    const categoryId = await seedCategory(owner);
    const itemId = key();
    await owner.catalog.upsertItem.mutate({
      itemId,
      eventId: null,
      categoryId,
      name: 'Bibimbap',
      priceMinor: 6_500,
      quickKey: 'b',
      position: 0,
    });
    const snapshot = await f.anonymous.catalog.snapshot.mutate(
      f.deviceCall('catalog.snapshot', {}),
    );
    if (!snapshot.changed) throw new Error('expected a full snapshot');
    expect(snapshot.version).toBe(2);
    expect(snapshot.items).toEqual([
      expect.objectContaining({ itemId, name: 'Bibimbap', priceMinor: 6_500, quickKey: 'B' }),
    ]);
    expect(snapshot.categories).toEqual([expect.objectContaining({ categoryId, eventId: null })]);
    const again = await f.anonymous.catalog.snapshot.mutate(
      f.deviceCall('catalog.snapshot', { knownVersion: 2 }),
    );
    expect(again).toEqual({ changed: false, version: 2 });
    // Archived items leave the register but the version moves, so consoles refresh.
    await owner.catalog.archiveItem.mutate({ itemId });
    const after = await owner.catalog.get.query({});
    expect(after).toMatchObject({ changed: true, version: 3, items: [] });
  });

  it('device-signed edits land in the console’s own merchant', async () => {
    const categoryId = key();
    await f.anonymous.catalog.upsertCategoryByDevice.mutate(
      f.deviceCall('catalog.upsertCategoryByDevice', {
        categoryId,
        eventId: null,
        name: 'Drinks',
        position: 1,
      }),
    );
    const owner = await f.ownerClient();
    expect(await owner.catalog.get.query({})).toMatchObject({
      categories: [{ categoryId, name: 'Drinks' }],
    });
  });

  it('checks a device signature over the payload as sent, not as the schema tidied it', async () => {
    // The schema trims the name; the console signed it with its spaces.
    const categoryId = key();
    const call = f.deviceCall('catalog.upsertCategoryByDevice', {
      categoryId,
      eventId: null,
      name: '  Drinks ',
      position: 1,
    });
    await f.anonymous.catalog.upsertCategoryByDevice.mutate(call);
    const owner = await f.ownerClient();
    expect(await owner.catalog.get.query({})).toMatchObject({
      categories: [{ categoryId, name: 'Drinks' }],
    });
    // A payload changed after signing still fails, however close to the signed one.
    const altered = f.deviceCall('catalog.upsertCategoryByDevice', {
      categoryId: key(),
      eventId: null,
      name: 'Snacks',
      position: 2,
    });
    await refused(
      () =>
        f.anonymous.catalog.upsertCategoryByDevice.mutate({
          ...altered,
          payload: { ...altered.payload, name: 'Snacks ' },
        }),
      { code: 'UNAUTHORIZED', reason: 'unauthenticated' },
    );
  });

  it('refuses duplicate quick keys, prices out of range, unknown and foreign ids', async () => {
    const owner = await f.ownerClient();
    const categoryId = await seedCategory(owner);
    const item = (overrides: Record<string, unknown> = {}) => ({
      itemId: key(),
      eventId: null,
      categoryId,
      name: 'Kimbap',
      priceMinor: 3_500,
      quickKey: 'K',
      position: 0,
      ...overrides,
    });
    await owner.catalog.upsertItem.mutate(item());
    await refused(() => owner.catalog.upsertItem.mutate(item({ quickKey: 'k' })), {
      code: 'CONFLICT',
      reason: 'quick_key_taken',
    });
    for (const priceMinor of [0, -100, MAX_ITEM_PRICE_MINOR + 1]) {
      await refused(() => owner.catalog.upsertItem.mutate(item({ priceMinor, quickKey: null })), {
        code: 'BAD_REQUEST',
        reason: 'price_out_of_range',
      });
    }
    for (const bad of [{ priceMinor: 1.5 }, { quickKey: 'KK' }, { quickKey: '1' }, { extra: 1 }]) {
      await refused(() => owner.catalog.upsertItem.mutate(item(bad) as never), BAD_REQUEST);
    }
    await refused(() => owner.catalog.upsertItem.mutate(item({ categoryId: key() })), {
      code: 'NOT_FOUND',
      reason: 'not_found',
    });
    await refused(() => owner.catalog.archiveItem.mutate({ itemId: key() }), {
      code: 'NOT_FOUND',
      reason: 'not_found',
    });
    // Another merchant's owner can neither see nor touch this merchant's items.
    const { merchantId: other } = await f.admin.admin.createMerchant.mutate({
      name: 'Book Shop',
      category: 'retail',
      currency: 'KRW',
    });
    const stranger = await f.ownerClient(other);
    const strangerCategory = await seedCategory(stranger);
    const mine = (await owner.catalog.get.query({})) as { items: { itemId: string }[] };
    const itemId = mine.items[0]?.itemId ?? '';
    await refused(
      () => stranger.catalog.upsertItem.mutate(item({ itemId, categoryId: strangerCategory })),
      FORBIDDEN,
    );
    await refused(() => stranger.catalog.archiveItem.mutate({ itemId }), FORBIDDEN);
    await refused(() => stranger.catalog.upsertItem.mutate(item({ quickKey: null })), FORBIDDEN);
    const theirs = { merchantId: f.enrolled.merchantId };
    await refused(() => stranger.catalog.get.query(theirs), FORBIDDEN);
  });

  it('keeps event catalogs apart from the everyday one', async () => {
    const owner = await f.ownerClient();
    const everyday = await seedCategory(owner);
    const eventId = key();
    await owner.events.create.mutate({
      eventId,
      name: 'Spring Festival',
      startsOn: '2026-11-24',
      endsOn: '2026-11-25',
    });
    const festival = await seedCategory(owner, eventId);
    const item = { itemId: key(), eventId, categoryId: festival, name: 'Tteokbokki' };
    // The same quick key may exist in the everyday catalog and in an event's.
    await owner.catalog.upsertItem.mutate({
      ...item,
      itemId: key(),
      eventId: null,
      categoryId: everyday,
      priceMinor: 4_000,
      quickKey: 'T',
      position: 0,
    });
    const festivalItem = { ...item, priceMinor: 4_000, quickKey: 'T', position: 0 };
    await owner.catalog.upsertItem.mutate(festivalItem);
    await refused(
      () =>
        owner.catalog.upsertItem.mutate({
          ...item,
          itemId: key(),
          categoryId: everyday,
          priceMinor: 1_000,
          quickKey: null,
          position: 1,
        }),
      { code: 'BAD_REQUEST', reason: 'catalog_mismatch' },
    );
    await owner.events.close.mutate({ eventId });
    await refused(
      () => owner.catalog.upsertItem.mutate({ ...festivalItem, priceMinor: 5_000 }),
      { code: 'PRECONDITION_FAILED', reason: 'event_closed' },
    );
    const snapshot = await owner.catalog.get.query({});
    expect(snapshot).toMatchObject({ events: [{ eventId, status: 'closed' }] });
  });

  it('refuses bad events and conflicting retries', async () => {
    const owner = await f.ownerClient();
    const event = { eventId: key(), name: 'Fair', startsOn: '2026-11-25', endsOn: '2026-11-24' };
    await refused(() => owner.events.create.mutate(event), {
      code: 'BAD_REQUEST',
      reason: 'event_dates_invalid',
    });
    const notADay = { ...event, startsOn: '2026-02-30' };
    await refused(() => owner.events.create.mutate(notADay), BAD_REQUEST);
    const good = { ...event, endsOn: '2026-11-26' };
    const first = await owner.events.create.mutate(good);
    expect(await owner.events.create.mutate(good)).toEqual(first);
    await refused(() => owner.events.create.mutate({ ...good, name: 'Other' }), {
      code: 'CONFLICT',
      reason: 'idempotency_conflict',
    });
    await refused(() => owner.events.close.mutate({ eventId: key() }), {
      code: 'NOT_FOUND',
      reason: 'not_found',
    });
    await refused(() => owner.events.report.query({ eventId: key() }), {
      code: 'NOT_FOUND',
      reason: 'not_found',
    });
  });
});

describe('event report', () => {
  it('sums the event’s settled payments, refunds, fees and items; others stay out', async () => {
    const owner = await f.ownerClient();
    const eventId = key();
    await owner.events.create.mutate({
      eventId,
      name: 'Spring Festival',
      startsOn: '2026-11-24',
      endsOn: '2026-11-24',
    });
    // 2.5 % + 10 per payment, so the fees are not zero.
    await f.admin.fees.createSchedule.mutate({
      scheduleId: key(),
      category: 'cafeteria',
      currency: 'KRW',
      basisPoints: 250,
      fixedMinor: 10,
      minimumMinor: 0,
      capMinor: null,
      effectiveFrom: f.clock.nowMs(),
    });
    const wallet = await f.newWallet(100_000);
    const pay = async (amountMinor: number, body: Record<string, unknown>) => {
      const request = f.request(amountMinor, body);
      const outcome = await f.anonymous.payments.authorize.mutate({
        request,
        authorization: f.authorize(wallet, request),
      });
      if (outcome.status !== 'settled') throw new Error(outcome.reason);
      f.clock.advance(31_000);
      return request.body.paymentId;
    };
    const reference = `event:${eventId}`;
    const first = await pay(10_500, {
      reference,
      lines: [
        { label: 'Tteokbokki', quantity: 2, unitPriceMinor: 4_000 },
        { label: 'Soda', quantity: 1, unitPriceMinor: 2_500 },
      ],
    });
    const one = (label: string, unitPriceMinor: number) => [{ label, quantity: 1, unitPriceMinor }];
    const second = await pay(4_000, { reference, lines: one('Tteokbokki', 4_000) });
    const voided = await pay(2_500, { reference, lines: one('Soda', 2_500) });
    await pay(9_000, { reference: 'lunch' });
    await owner.payments.refund.mutate({ refundId: key(), paymentId: first, amountMinor: 2_500 });
    await owner.payments.void.mutate({ paymentId: voided });

    const report = await owner.events.report.query({ eventId });
    const fees = f.server.services.sqlite
      .prepare('SELECT sum(fee_minor - fee_refunded_minor) AS fee FROM payments WHERE id IN (?, ?)')
      .get(first, second) as { fee: number };
    expect(report).toMatchObject({
      currency: 'KRW',
      event: { eventId, name: 'Spring Festival', status: 'open' },
      paymentCount: 2,
      grossMinor: 14_500,
      refundMinor: 2_500,
      voidCount: 1,
      voidMinor: 2_500,
    });
    expect(report.feeMinor).toBe(fees.fee);
    expect(report.feeMinor).toBeGreaterThan(0);
    expect(report.netMinor).toBe(14_500 - 2_500 - report.feeMinor);
    expect(report.items).toEqual([
      { label: 'Tteokbokki', quantity: 3, grossMinor: 12_000 },
      { label: 'Soda', quantity: 1, grossMinor: 2_500 },
    ]);
    // The console reads the same report with a signed call.
    const byDevice = await f.anonymous.events.reportByDevice.mutate(
      f.deviceCall('events.reportByDevice', { eventId }),
    );
    expect(byDevice).toEqual(report);
  });

  it('finds an event’s payments through the reference index', () => {
    const plan = f.server.services.sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM payments WHERE merchant_id = ?
         AND json_extract("payments"."request", '$.body.reference') = ?`,
      )
      .all('m', 'event:x') as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toContain('payments_reference');
  });
});
