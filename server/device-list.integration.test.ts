// admin.listDevices over real HTTP: the administrator sees every console with its merchant
// and status, filters by merchant and status, never sees keys; other roles are refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from './testing/fixture.ts';
import { BAD_REQUEST, FORBIDDEN, key, refused } from './testing/refused.ts';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.stop();
});

describe('admin.listDevices', () => {
  it('lists consoles with merchant name and status, and follows a revoke', async () => {
    const { merchantId, deviceId } = f.enrolled;
    const listed = await f.admin.admin.listDevices.query({});
    expect(listed).toEqual([
      {
        deviceId,
        merchantId,
        merchantName: 'University Cafeteria',
        label: 'Register 1',
        status: 'active',
        enrolledAt: expect.any(Number),
      },
    ]);
    expect(Object.keys(listed[0] ?? {})).not.toContain('publicKey');
    await f.admin.admin.revokeDevice.mutate({ deviceId });
    expect(await f.admin.admin.listDevices.query({ status: 'active' })).toEqual([]);
    const revoked = await f.admin.admin.listDevices.query({ status: 'revoked', merchantId });
    expect(revoked.map((row) => [row.deviceId, row.status])).toEqual([[deviceId, 'revoked']]);
  });

  it('filters by merchant: another merchant has no consoles', async () => {
    const other = await f.admin.admin.createMerchant.mutate({
      name: 'Piano Tutor',
      category: 'tutor',
      currency: 'KRW',
    });
    expect(await f.admin.admin.listDevices.query({ merchantId: other.merchantId })).toEqual([]);
    expect(await f.admin.admin.listDevices.query({ merchantId: key() })).toEqual([]);
  });

  it('refuses owners, anonymous callers and unknown input fields', async () => {
    const owner = await f.ownerClient();
    await refused(f, () => owner.admin.listDevices.query({}), FORBIDDEN);
    await refused(f, () => f.anonymous.admin.listDevices.query({}), FORBIDDEN);
    const sneaky = { status: 'active', publicKey: 'x' } as unknown as { status: 'active' };
    await refused(f, () => f.admin.admin.listDevices.query(sneaky), BAD_REQUEST);
    const badStatus = { status: 'lost' } as unknown as { status: 'active' };
    await refused(f, () => f.admin.admin.listDevices.query(badStatus), BAD_REQUEST);
  });
});
