// Benchmark 1: handshake latency. Sequential payments through the real pairing hub, a
// headless wallet and the real server on loopback, from the cashier's charge to the moment
// both sides hold the receipt; against the floor of what the path cannot avoid.
import { nobleSignatures } from '../protocol/index.ts';
import type { PaymentRequest } from '../protocol/index.ts';
import { enrollWallet, pay, type WalletFile } from '../wallet/client.ts';
import { fastSuite } from './lib/documents.ts';
import { measureCryptoCosts } from './lib/crypto-floor.ts';
import { measureSocketCosts, measureTrpcRoundTripMs } from './lib/net-floor.ts';
import { makeResult } from './lib/result.ts';
import { measureSingleRowCommitMs } from './lib/sqlite-floor.ts';
import { startBenchStack, walletRuntime, type BenchStack } from './lib/stack.ts';
import { median, nowMs, percentile } from './lib/stats.ts';
import { withTempDir } from './lib/temp.ts';
import type { BenchOptions, BenchResult } from './lib/types.ts';

/** Where one payment's time goes, in ms; the phases follow each other without gaps. */
interface PaymentTiming {
  readonly totalMs: number;
  /** core.charge(): session keys, signed request, the charge's first ledger commit. */
  readonly chargeMs: number;
  /** Wallet session, socket.io connect, hello, encrypted request, request verified. */
  readonly requestToPhoneMs: number;
  /** The wallet signs its authorization with an OTP. */
  readonly approveMs: number;
  /** Authorization frame to the console, its ledger commit, the HTTP call to the server. */
  readonly toServerMs: number;
  /** payments.authorize in the server: checks, the ledger transaction, the receipt. */
  readonly serverMs: number;
  /** Receipt back over HTTP, checked and stored by the console, forwarded, verified. */
  readonly receiptMs: number;
}

interface Probe {
  approvedAtMs: number;
  signedAtMs: number;
  serverStartMs: number;
  serverEndMs: number;
}

/** Times the server's domain call without changing it: a wrapper around services.authorize. */
function probeServer(stack: BenchStack, probe: Probe): void {
  const services = stack.server.services;
  const authorize = services.authorize;
  services.authorize = (input) => {
    probe.serverStartMs = nowMs();
    try {
      return authorize(input);
    } finally {
      probe.serverEndMs = nowMs();
    }
  };
}

async function onePayment(
  stack: BenchStack,
  wallet: WalletFile,
  probe: Probe,
): Promise<PaymentTiming> {
  const core = stack.console.core;
  const startMs = nowMs();
  const charge = core.charge({ amountMinor: 4_500, reference: 'bench' });
  const chargedMs = nowMs();
  const result = await pay(wallet, charge.pairingUri, walletRuntime, {
    approve: (_request: PaymentRequest) => {
      probe.approvedAtMs = nowMs();
      return true;
    },
    onWalletChange: () => {
      probe.signedAtMs = nowMs();
    },
    timeoutMs: 10_000,
  });
  const endMs = nowMs();
  // The console stores the receipt before it forwards it, so it is settled by now.
  const consoleState = core.chargeStatus(charge.paymentId).state;
  if (result.status !== 'settled' || consoleState !== 'settled') {
    throw new Error(`handshake: payment ended ${result.status} / console ${consoleState}`);
  }
  return {
    totalMs: endMs - startMs,
    chargeMs: chargedMs - startMs,
    requestToPhoneMs: probe.approvedAtMs - chargedMs,
    approveMs: probe.signedAtMs - probe.approvedAtMs,
    toServerMs: probe.serverStartMs - probe.signedAtMs,
    serverMs: probe.serverEndMs - probe.serverStartMs,
    receiptMs: endMs - probe.serverEndMs,
  };
}

async function runPayments(stack: BenchStack, options: BenchOptions): Promise<PaymentTiming[]> {
  const warmupCount = options.quick ? 10 : 30;
  const count = options.quick ? 60 : 500;
  const timeLimitMs = options.quick ? 12_000 : 120_000;
  const probe: Probe = { approvedAtMs: 0, signedAtMs: 0, serverStartMs: 0, serverEndMs: 0 };
  probeServer(stack, probe);
  const timings: PaymentTiming[] = [];
  const deadlineMs = nowMs() + timeLimitMs;
  for (let index = 0; index < warmupCount + count && nowMs() < deadlineMs; index++) {
    // A fresh wallet per payment, enrolled outside the timed part: the OTP allows a wallet
    // five payments per 30 s, and a real queue is many customers, one payment each.
    const wallet = await enrollWallet(stack.server.url, walletRuntime);
    const timing = await onePayment(stack, wallet, probe);
    if (index >= warmupCount) timings.push(timing);
  }
  return timings;
}

function medianOf(timings: readonly PaymentTiming[], key: keyof PaymentTiming): number {
  return median(timings.map((timing) => timing[key]));
}

export async function handshakeBench(options: BenchOptions): Promise<BenchResult[]> {
  return withTempDir('handshake', async (dir) => {
    const stack = await startBenchStack({ dir });
    try {
      const timings = await runPayments(stack, options);
      if (timings.length === 0) throw new Error('handshake: no payment finished in time');
      const bounds = { count: options.quick ? 100 : 400, timeLimitMs: 3_000, warmupCount: 20 };
      const commitMs = measureSingleRowCommitMs(dir, bounds);
      const socket = await measureSocketCosts({ ...bounds, count: options.quick ? 40 : 150 });
      const httpMs = await measureTrpcRoundTripMs(stack.server.url, bounds);
      const cryptoBounds = { count: options.quick ? 30 : 100, timeLimitMs: 3_000, warmupCount: 5 };
      const crypto = measureCryptoCosts(fastSuite, cryptoBounds);
      const nobleCrypto = measureCryptoCosts(nobleSignatures, cryptoBounds);
      const floorMs =
        socket.connectMs + 2 * socket.ackRoundTripMs + httpMs + crypto.perPaymentMs + commitMs;
      const floorComposition =
        'socket.io connect + 2 acked socket.io round trips' +
        ' (hello→request, authorization→receipt)' +
        ' + 1 tRPC HTTP round trip (system.info) + protocol crypto (3 Ed25519 signs, 7 verifies' +
        ' with node:crypto; 2 X25519+HKDF channel setups; 3 AEAD frames; 6 document hashes;' +
        ' 2 TOTP) + 1 single-row IMMEDIATE commit (WAL, synchronous=FULL)';
      const detail = {
        payments: timings.length,
        chargeMedianMs: medianOf(timings, 'chargeMs'),
        requestToPhoneMedianMs: medianOf(timings, 'requestToPhoneMs'),
        approveMedianMs: medianOf(timings, 'approveMs'),
        toServerMedianMs: medianOf(timings, 'toServerMs'),
        serverMedianMs: medianOf(timings, 'serverMs'),
        receiptMedianMs: medianOf(timings, 'receiptMs'),
        floorSocketConnectMs: socket.connectMs,
        floorSocketAckRoundTripMs: socket.ackRoundTripMs,
        floorHttpRoundTripMs: httpMs,
        floorCryptoMs: crypto.perPaymentMs,
        floorCommitMs: commitMs,
        cryptoWithNobleSignaturesMs: nobleCrypto.perPaymentMs,
        nobleVerifyMs: nobleCrypto.verifyMs,
        nodeVerifyMs: crypto.verifyMs,
        x25519ChannelSetupMs: crypto.channelSetupMs,
        x25519NodeCryptoChannelSetupMs: crypto.nodeChannelSetupMs,
      };
      const totals = timings.map((timing) => timing.totalMs);
      return [
        makeResult({
          name: 'handshake p50',
          value: median(totals),
          unit: 'ms',
          floor: floorMs,
          floorComposition,
          target: { text: '≤ 5× floor', maxRatio: 5 },
          detail,
        }),
        makeResult({
          name: 'handshake p99',
          value: percentile(totals, 99),
          unit: 'ms',
          floor: floorMs,
          floorComposition: 'the same floor as handshake p50',
          detail: { payments: timings.length },
        }),
      ];
    } finally {
      await stack.stop();
    }
  });
}
