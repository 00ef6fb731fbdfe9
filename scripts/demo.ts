// `npm run demo -- --payments N [--data DIR]`: the whole payment path on real parts — the
// server and a headless console core on free ports with fresh databases, N headless
// wallets paying through the real hub — then both ledgers reconciled.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startConsole } from '../desktop/core/console.ts';
import { startServer } from '../server/app.ts';
import { serverConfigSchema } from '../server/config.ts';
import { enrollWallet, pay, type WalletRuntime } from '../wallet/client.ts';
import { reconcile } from './reconcile.ts';
import { existsSync } from 'node:fs';

const FINAL = new Set(['settled', 'declined', 'expired', 'failed']);

async function waitForFinal(check: () => string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = check();
    if (FINAL.has(state) || Date.now() > deadline) return state;
    await new Promise((done) => setTimeout(done, 5));
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { payments: { type: 'string', default: '20' }, data: { type: 'string' } },
  });
  const count = Number(values.payments);
  if (!Number.isSafeInteger(count) || count < 1 || count > 100_000) {
    console.error('demo: --payments must be a whole number from 1 to 100000');
    return 2;
  }
  const dataDir = values.data ? resolve(values.data) : mkdtempSync(join(tmpdir(), 'hspos-demo-'));
  for (const name of ['server.db', 'console.db']) {
    if (existsSync(join(dataDir, name))) {
      console.error(`demo: ${join(dataDir, name)} exists; the demo needs fresh databases`);
      return 2;
    }
  }
  const server = await startServer(
    serverConfigSchema.parse({
      port: 0,
      dbPath: join(dataDir, 'server.db'),
      adminToken: randomBytes(24).toString('base64url'),
      demoGrantMinor: 1_000_000,
    }),
  );
  const running = await startConsole({ serverUrl: server.url, dataDir });
  const runtime: WalletRuntime = { nowMs: () => Date.now(), random: (n) => new Uint8Array(randomBytes(n)) };
  try {
    const { merchantId } = server.services.createMerchant({
      name: 'University Cafeteria',
      category: 'cafeteria',
      currency: 'KRW',
    });
    const { code } = server.services.createEnrollmentCode({ merchantId, label: 'Demo register' });
    await running.core.enroll(code, 'Demo register');
    let settled = 0;
    let declined = 0;
    for (let index = 0; index < count; index++) {
      const wallet = await enrollWallet(server.url, runtime);
      const amountMinor = 1_000 + 100 * (randomBytes(1)[0]! % 150);
      const charge = running.core.charge({ amountMinor, reference: `demo ${index + 1}` });
      const result = await pay(wallet, charge.pairingUri, runtime);
      const state = await waitForFinal(() => running.core.chargeStatus(charge.paymentId).state, 10_000);
      if (result.status === 'settled' && state === 'settled') settled++;
      else {
        declined++;
        const status = running.core.chargeStatus(charge.paymentId);
        console.error(`demo: payment ${index + 1} ${state}: ${status.reasonText ?? result.status}`);
      }
    }
    await running.stop();
    const report = reconcile(join(dataDir, 'server.db'), join(dataDir, 'console.db'), merchantId);
    if (report.differences.length > 0) {
      for (const difference of report.differences) console.error(`demo: ${difference}`);
      console.log(`demo: ${settled} settled, ${declined} declined, ledgers differ`);
      return 1;
    }
    console.log(`demo: ${settled} settled, ${declined} declined, ledgers agree`);
    return declined === 0 ? 0 : 1;
  } finally {
    await running.stop().catch(() => {});
    await server.stop();
    if (!values.data) rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
