// `npm start`: the whole product on this machine — the server on its embedded SQLite
// (./data/server.db) and the console. The first run seeds a demo merchant, enrolls this
// console for it, and enrolls a funded demo wallet (./data/wallet.json).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startConsole } from '../desktop/core/console.ts';
import { startServer } from '../server/app.ts';
import { adminTokenFor, serverConfigSchema } from '../server/config.ts';
import { enrollWallet } from '../wallet/client.ts';
import { launchConsole } from './console-launcher.ts';
import { seedDemoCatalog } from './demo-catalog.ts';
import { DEMO_STAFF, seedDemoStaff } from './demo-staff.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: process.env.HSPOS_DATA ?? './data' },
    port: { type: 'string', default: process.env.HSPOS_PORT ?? '4100' },
    'ui-port': { type: 'string', default: '4200' },
    'hub-host': { type: 'string', default: '127.0.0.1' },
    'hub-port': { type: 'string', default: '4201' },
  },
});
const dataDir = resolve(values.data);
mkdirSync(dataDir, { recursive: true });
const server = await startServer(
  serverConfigSchema.parse({
    port: values.port,
    dbPath: join(dataDir, 'server.db'),
    adminToken: adminTokenFor(dataDir),
    // This is a demo server: every new wallet starts with 100,000 KRW.
    demoGrantMinor: 100_000,
  }),
);
console.log(`server: listening on ${server.url} (database ${join(dataDir, 'server.db')})`);

const consoleDir = join(dataDir, 'console');
const seeding = await startConsole({ serverUrl: server.url, dataDir: consoleDir });
if (!seeding.core.info().enrolled) {
  const { merchantId } = server.services.createMerchant({
    name: 'University Cafeteria',
    category: 'cafeteria',
    currency: 'KRW',
  });
  const { code } = server.services.createEnrollmentCode({ merchantId, label: 'Register 1' });
  await seeding.core.enroll(code, 'Register 1');
  console.log('start: seeded the demo merchant "University Cafeteria" and enrolled this console');
}
// Demo staff, so the PIN screen can be tried at once; a real shop sets its own owner.
if (await seedDemoStaff(seeding.core)) {
  console.log('start: seeded the demo staff (owner and cashier)');
}
if (await seedDemoCatalog(seeding.core)) console.log('start: seeded a small cafeteria catalog');
await seeding.stop();

const walletPath = join(dataDir, 'wallet.json');
if (!existsSync(walletPath)) {
  const wallet = await enrollWallet(server.url, {
    nowMs: () => Date.now(),
    random: (length) => new Uint8Array(randomBytes(length)),
  });
  writeFileSync(walletPath, `${JSON.stringify(wallet, null, 2)}\n`, { mode: 0o600 });
  console.log(`start: enrolled a demo wallet with 100,000 KRW (${walletPath})`);
}

const launched = await launchConsole({
  serverUrl: server.url,
  dataDir: consoleDir,
  uiPort: Number(values['ui-port']),
  hubHost: values['hub-host'],
  hubPort: Number(values['hub-port']),
});
console.log(
  `start: sign in with PIN ${DEMO_STAFF.cashier.pin} (cashier) or ${DEMO_STAFF.owner.pin} (owner)`,
);
console.log(
  'start: administrators choose "Administrator" there: user admin, password in ' +
    join(dataDir, 'admin-token'),
);
console.log(
  "start: charge an amount in the console, copy the payment link under the QR code, then run\n" +
    "         npm run wallet -- pay '<payment link>'",
);
const stop = () =>
  void launched
    .stop()
    .then(() => server.stop())
    .then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
