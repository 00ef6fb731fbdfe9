// The console's admin procedures as the renderer calls them (a tRPC caller on a real core),
// against a real server: the administrator role is required, the sign-in shows in
// auth.status without any token, and a session the server ended is reported as ended.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_TTL_MS } from '../../../server/domain/auth.ts';
import { ADMIN_TOKEN, type Fixture, startFixture } from '../../../server/testing/fixture.ts';
import { startConsole, type RunningConsole } from '../console.ts';
import { consoleRouter } from '../router.ts';

let f: Fixture;
let dir: string;
let running: RunningConsole;
let caller: ReturnType<typeof consoleRouter.createCaller>;
beforeEach(async () => {
  f = await startFixture();
  dir = mkdtempSync(join(tmpdir(), 'hspos-admin-console-'));
  running = await startConsole({ serverUrl: f.server.url, dataDir: dir });
  caller = consoleRouter.createCaller({ core: running.core });
});
afterEach(async () => {
  await running.stop();
  await f.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function code(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof TRPCError ? error.code : 'no error';
}

describe('console admin router', () => {
  it('refuses admin calls until an administrator signs in, then serves them', async () => {
    expect(await code(caller.admin.merchants.list())).toBe('UNAUTHORIZED');
    expect(await code(caller.admin.csv({ table: 'merchants' }))).toBe('UNAUTHORIZED');
    await caller.admin.session.signIn({ username: 'admin', password: ADMIN_TOKEN });
    const status = await caller.auth.status();
    expect(status.signedIn).toEqual({ role: 'administrator', name: 'admin' });
    const token = running.core.session.administratorToken() ?? 'missing';
    expect(JSON.stringify(status)).not.toContain(token);
    const merchants = await caller.admin.merchants.list();
    expect(merchants.map((row) => row.name)).toEqual(['University Cafeteria']);
    const csv = await caller.admin.csv({ table: 'merchants' });
    expect(csv.text).toContain('University Cafeteria');
    expect(csv.text).not.toContain(token);
  });

  it('rejects bad input before anything reaches the server', async () => {
    await caller.admin.session.signIn({ username: 'admin', password: ADMIN_TOKEN });
    const reversed = caller.admin.report({ from: '2026-11-30', to: '2026-11-01' });
    expect(await code(reversed)).toBe('BAD_REQUEST');
    expect(await code(caller.admin.report({ from: '2026-02-30', to: '2026-03-01' }))).toBe(
      'BAD_REQUEST',
    );
    const extra = { table: 'merchants', merchantId: f.enrolled.merchantId } as never;
    expect(await code(caller.admin.csv(extra))).toBe('BAD_REQUEST');
  });

  it('reports a session the server ended, and signs the administrator out', async () => {
    await caller.admin.session.signIn({ username: 'admin', password: ADMIN_TOKEN });
    expect(await caller.admin.session.ended()).toEqual({ ended: false });
    f.clock.advance(SESSION_TTL_MS + 1);
    expect(await code(caller.admin.merchants.list())).toBe('UNAUTHORIZED');
    expect((await caller.auth.status()).signedIn).toBeNull();
    expect(await caller.admin.session.ended()).toEqual({ ended: true });
    await caller.admin.session.signOut();
    expect(await caller.admin.session.ended()).toEqual({ ended: false });
  });
});
