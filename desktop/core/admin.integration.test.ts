// The console's administrator proxy against a real server on 127.0.0.1: sign-in keeps the
// token in the core, calls are forwarded with it, an ended session signs the administrator
// out with a clear message, an unreachable server is a typed error, and the CSV export
// holds exactly the rows the server lists.
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_TTL_MS } from '../../server/domain/auth.ts';
import { ADMIN_TOKEN, type Fixture, startFixture } from '../../server/testing/fixture.ts';
import {
  AdministratorSession,
  SERVER_UNREACHABLE_MESSAGE,
  SESSION_ENDED_MESSAGE,
  WRONG_PASSWORD_MESSAGE,
} from './admin.ts';
import { exportCsv } from './admin-tables.ts';
import { ConsoleSession } from './session.ts';

let f: Fixture;
let store: ConsoleSession;
let admin: AdministratorSession;
beforeEach(async () => {
  f = await startFixture();
  store = new ConsoleSession(Date.now);
  admin = new AdministratorSession(f.server.url, store);
});
afterEach(async () => {
  await f.stop();
});

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const signIn = () => admin.signIn({ username: 'admin', password: ADMIN_TOKEN });

describe('AdministratorSession', () => {
  it('refuses calls before sign-in and a wrong password, holding no token', async () => {
    expect((await failure(admin.call((s) => s.admin.listMerchants.query()))).code).toBe(
      'UNAUTHORIZED',
    );
    const wrong = await failure(admin.signIn({ username: 'admin', password: 'not-the-password' }));
    expect([wrong.code, wrong.message]).toEqual(['BAD_REQUEST', WRONG_PASSWORD_MESSAGE]);
    expect(admin.signedIn()).toBeNull();
    expect(store.administratorToken()).toBeNull();
  });

  it('signs in, answers only the name, and forwards calls with the held token', async () => {
    const answer = await signIn();
    expect(answer).toEqual({ name: 'admin' });
    const token = store.administratorToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(JSON.stringify(answer)).not.toContain(token);
    expect(admin.signedIn()).toEqual({ name: 'admin' });
    const merchants = await admin.call((s) => s.admin.listMerchants.query());
    expect(merchants.map((row) => row.name)).toEqual(['University Cafeteria']);
    const devices = await admin.call((s) => s.admin.listDevices.query({}));
    expect(devices.map((row) => row.deviceId)).toEqual([f.enrolled.deviceId]);
  });

  it('signs out with a clear message once the server ends the session', async () => {
    await signIn();
    f.clock.advance(SESSION_TTL_MS + 1);
    const ended = await failure(admin.call((s) => s.admin.listMerchants.query()));
    expect([ended.code, ended.message]).toEqual(['UNAUTHORIZED', SESSION_ENDED_MESSAGE]);
    expect(admin.signedIn()).toBeNull();
    expect(store.administratorToken()).toBeNull();
  });

  it('passes on the server’s refusal with its code, and stays signed in', async () => {
    await signIn();
    const refused = await failure(
      admin.call((s) => s.admin.revokeDevice.mutate({ deviceId: 'AAAAAAAAAAAAAAAAAAAAAA' })),
    );
    expect(refused.code).toBe('NOT_FOUND');
    expect(admin.signedIn()).toEqual({ name: 'admin' });
  });

  it('signs out: the server forgets the session too', async () => {
    await signIn();
    const token = store.administratorToken() ?? '';
    await admin.signOut();
    expect(admin.signedIn()).toBeNull();
    expect(f.server.services.resolveSession(token)).toBeNull();
  });

  it('answers BAD_GATEWAY with a typed message when the server cannot be reached', async () => {
    const away = new AdministratorSession('http://127.0.0.1:9', new ConsoleSession(Date.now));
    const unreachable = await failure(away.signIn({ username: 'admin', password: ADMIN_TOKEN }));
    expect([unreachable.code, unreachable.message]).toEqual([
      'BAD_GATEWAY',
      SERVER_UNREACHABLE_MESSAGE,
    ]);
  });
});

describe('exportCsv', () => {
  it('writes the rows the server lists, for the same filter', async () => {
    await signIn();
    await admin.call((s) =>
      s.admin.createMerchant.mutate({
        name: '=CMD("x"), 김밥천국',
        category: 'snack',
        currency: 'KRW',
      }),
    );
    const merchants = await admin.call((s) => exportCsv(s, { table: 'merchants' }));
    expect(merchants.filename).toBe('hspos-merchants.csv');
    const lines = merchants.text.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('merchant_id,name,category,currency,created_at');
    expect(lines).toHaveLength(4);
    expect(merchants.text).toContain(`"'=CMD(""x""), 김밥천국",snack,KRW,`);
    const devices = await admin.call((s) =>
      exportCsv(s, { table: 'devices', merchantId: f.enrolled.merchantId }),
    );
    expect(devices.text).toContain(`${f.enrolled.deviceId},${f.enrolled.merchantId},`);
    expect(devices.text).toContain(',Register 1,active,2026-11-24T03:00:00.000Z');
  });

  it('names a report export by its range and writes a header row when empty', async () => {
    await signIn();
    const report = await admin.call((s) =>
      exportCsv(s, { table: 'reportDays', from: '2026-11-01', to: '2026-11-30' }),
    );
    expect(report.filename).toBe('hspos-reportDays-2026-11-01_2026-11-30.csv');
    expect(report.text.replace('\uFEFF', '').split('\r\n')[0]).toMatch(
      /^business_day,currency,payments,gross_minor,fee_minor,/,
    );
  });
});
