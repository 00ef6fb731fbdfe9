// `npm run chaos -- --runs N --seed S`: the real server and console core as child
// processes, headless wallets paying through the hub, and a seeded schedule of faults —
// kill -9 of either side at random points, the server unreachable for random periods,
// dropped, duplicated and delayed requests, restarts. After each run both ledgers are
// reconciled and the server's invariants checked.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { ConsoleRouter } from '../desktop/core/router.ts';
import { serverConfigSchema } from '../server/config.ts';
import { systemRuntime } from '../server/runtime.ts';
import { createServices } from '../server/services.ts';
import {
  enrollWallet,
  pay,
  type PayResult,
  requestAllowance,
  type WalletFile,
  type WalletRuntime,
} from '../wallet/client.ts';
import { checkRun, type RunFindings } from './chaos/check.ts';
import { bundle, freePort, ManagedProcess } from './chaos/processes.ts';
import { FaultProxy } from './chaos/proxy.ts';
import { SeededRandom } from './chaos/random.ts';
import { runSeed, scheduleFor, type Step } from './chaos/schedule.ts';

const PAYMENTS_PER_RUN = 8;
const GRANT_MINOR = 1_000_000;
/** After healing, the console must have synced everything within this long. */
const SETTLE_TIMEOUT_MS = 30_000;

const walletRuntime: WalletRuntime = { nowMs: () => Date.now(), random: (n) => new Uint8Array(randomBytes(n)) };

interface Stack {
  readonly dir: string;
  readonly merchantId: string;
  readonly server: ManagedProcess;
  readonly console: ManagedProcess;
  readonly proxy: FaultProxy;
  readonly serverUrl: string;
}

interface Bundles {
  readonly server: string;
  readonly console: string;
}

async function startStack(seed: number, bundles: Bundles): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'hspos-chaos-'));
  const config = serverConfigSchema.parse({
    port: 0,
    dbPath: join(dir, 'server.db'),
    adminToken: randomBytes(24).toString('base64url'),
  });
  // Seeding through the services, before the server process owns the file.
  const services = createServices(config, systemRuntime());
  const { merchantId } = services.createMerchant({ name: 'Chaos Cafeteria', category: 'cafeteria', currency: 'KRW' });
  const { code } = services.createEnrollmentCode({ merchantId, label: 'Chaos register' });
  services.close();
  const [serverPort, uiPort, hubPort] = [await freePort(), await freePort(), await freePort()];
  const proxy = new FaultProxy(() => serverPort, new SeededRandom(seed));
  await proxy.listen();
  const server = new ManagedProcess(
    'server',
    () => [bundles.server, '--port', String(serverPort), '--data', dir, '--demo-grant', String(GRANT_MINOR)],
    (line) => line.includes('listening on'),
  );
  const consoleProcess = new ManagedProcess(
    'console',
    () => [
      bundles.console,
      ...['--server', proxy.url, '--data', join(dir, 'console'), '--enroll', code],
      ...['--ui-port', String(uiPort), '--hub-port', String(hubPort), '--sync-interval-ms', '200'],
    ],
    (line) => line.startsWith('{"ready":true'),
  );
  await server.start();
  await consoleProcess.start();
  return { dir, merchantId, server, console: consoleProcess, proxy, serverUrl: `http://127.0.0.1:${serverPort}` };
}

function consoleClient(stack: Stack) {
  const ready = JSON.parse(stack.console.readyLine) as { uiUrl: string };
  const url = new URL(ready.uiUrl);
  const token = url.hash.replace('#token=', '');
  return createTRPCClient<ConsoleRouter>({
    links: [httpLink({ url: `${url.origin}/trpc`, headers: { authorization: `Bearer ${token}` } })],
  });
}

/** The chaos run's console has one owner; a restarted console has signed everybody out. */
const CHAOS_OWNER = { name: 'Chaos owner', pin: '1357' } as const;

async function signedInClient(stack: Stack) {
  const client = consoleClient(stack);
  const status = await client.auth.status.query();
  if (status.needsOwner) await client.auth.setupOwner.mutate(CHAOS_OWNER);
  else if (status.signedIn === null) await client.auth.signInWithPin.mutate({ pin: CHAOS_OWNER.pin });
  return client;
}

async function ensureUp(stack: Stack): Promise<void> {
  if (!stack.server.alive) await stack.server.start();
  if (!stack.console.alive) await stack.console.start();
}

async function runStep(stack: Stack, step: Step, wallet: WalletFile): Promise<{ paymentId: string; result: PayResult } | null> {
  await ensureUp(stack);
  stack.proxy.heal();
  stack.proxy.rates = step.fault.kind === 'flaky' ? step.fault.rates : stack.proxy.rates;
  if (step.fault.kind === 'outage') stack.proxy.blackhole(step.fault.durationMs);
  const charge = await (await signedInClient(stack)).charges.create.mutate({ amountMinor: step.amountMinor, reference: 'chaos' });
  const fault = step.fault;
  let crash: Promise<void> = Promise.resolve();
  // Kills are timed from the customer's approval: the window where money is in flight.
  const approve = () => {
    if (fault.kind === 'kill_console') crash = later(fault.afterMs, () => stack.console.kill());
    if (fault.kind === 'kill_server') {
      crash = later(fault.afterMs, async () => {
        await stack.server.kill();
        await later(fault.downMs, () => stack.server.start());
      });
    }
    return true;
  };
  const result = await pay(wallet, charge.pairingUri, walletRuntime, { approve, timeoutMs: 6_000, statusAttempts: 4 });
  await crash;
  return { paymentId: charge.paymentId, result };
}

function later(delayMs: number, work: () => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => setTimeout(() => work().then(resolve, reject), delayMs));
}

/** Heals everything and waits until the console's outbox is empty. */
async function settle(stack: Stack): Promise<string | null> {
  stack.proxy.heal();
  await ensureUp(stack);
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const status = await signedInClient(stack).then((client) => client.sync.status.query()).catch(() => null);
    if (status && status.unsynced === 0) return null;
    await new Promise((done) => setTimeout(done, 100));
  }
  return `the console still had unsynced payments ${SETTLE_TIMEOUT_MS} ms after healing`;
}

async function runOnce(seed: number, run: number, bundles: Bundles): Promise<RunFindings> {
  const schedule = scheduleFor(seed, run, PAYMENTS_PER_RUN);
  const stack = await startStack(runSeed(seed, run), bundles);
  const wallets: WalletFile[] = [];
  const paid: Array<{ paymentId: string; walletId: string; result: PayResult }> = [];
  try {
    // Wallets first, while nothing is failing: enrollment is not what this run tests.
    for (let index = 0; index < schedule.length; index++) {
      const wallet = await enrollWallet(stack.serverUrl, walletRuntime);
      // With an offline allowance, an outage turns into an offline payment to sync later.
      wallets.push(await requestAllowance(wallet, { merchantId: stack.merchantId, currency: 'KRW' }, walletRuntime));
    }
    for (let index = 0; index < schedule.length; index++) {
      const outcome = await runStep(stack, schedule[index]!, wallets[index]!);
      if (outcome) paid.push({ ...outcome, walletId: wallets[index]!.walletId });
    }
    const unsettled = await settle(stack);
    await stack.console.stop();
    await stack.server.stop();
    return checkRun({
      serverDb: join(stack.dir, 'server.db'),
      consoleDb: join(stack.dir, 'console', 'console.db'),
      merchantId: stack.merchantId,
      grantMinor: GRANT_MINOR,
      walletIds: wallets.map((wallet) => wallet.walletId),
      paid,
      extra: unsettled ? [unsettled] : [],
    });
  } finally {
    await stack.console.kill();
    await stack.server.kill();
    await stack.proxy.close();
    rmSync(stack.dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' } },
  });
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(runs) || runs < 1 || runs > 10_000 || !Number.isSafeInteger(seed)) {
    console.error('chaos: --runs must be 1..10000 and --seed a whole number');
    return 2;
  }
  const bundles = {
    server: await bundle('server/main.ts', 'server'),
    console: await bundle('scripts/headless-console.ts', 'console'),
  };
  const totals = { lost: 0, duplicated: 0, violations: 0 };
  for (let run = 0; run < runs; run++) {
    const runStartedMs = Date.now();
    const findings = await runOnce(seed, run, bundles);
    totals.lost += findings.lost.length;
    totals.duplicated += findings.duplicated.length;
    totals.violations += findings.violations.length;
    const first = findings.lost[0] ?? findings.duplicated[0] ?? findings.violations[0];
    if (first) {
      console.error(`chaos: seed ${seed} run ${run} failed: ${first}`);
      console.log(
        `chaos: ${run + 1} runs, ${totals.lost} lost, ${totals.duplicated} duplicated, ${totals.violations} invariant violations`,
      );
      return 1;
    }
    const faults = scheduleFor(seed, run, PAYMENTS_PER_RUN).map((step) => step.fault.kind);
    const startedMs = Date.now() - runStartedMs;
    console.log(`chaos: run ${run} ok in ${startedMs} ms; faults ${faults.join(',')}; console ${findings.summary}`);
  }
  console.log(`chaos: ${runs} runs, 0 lost, 0 duplicated, 0 invariant violations`);
  return 0;
}

process.exitCode = await main();
