// Seeds a server database for the authorize benchmark through the server's own services,
// and pre-builds genuine signed (request, authorization) pairs for it, so the measured part
// is the server's work and nothing else.
import { copyFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fromBase64Url, toBase64Url } from '../../protocol/index.ts';
import { serverConfigSchema, type ServerConfig } from '../../server/config.ts';
import type { AuthorizeInput } from '../../server/domain/payments.ts';
import { nodeSignatures, systemRandom, type Runtime } from '../../server/runtime.ts';
import { createServices } from '../../server/services.ts';
import { fastEd25519KeyPair, makeAuthorization, makeRequest } from '../lib/documents.ts';

/**
 * The OTP window is ±2 steps, so a wallet can pay five times while the clock stands still:
 * one payment per step. Each wallet pays at most this often.
 */
const PAYMENTS_PER_WALLET = 5;
const STEP_OFFSETS = [0, -1, 1, -2, 2] as const;
/** Wallets are enrolled in transactions of this many: one commit each would take minutes. */
const SEED_CHUNK = 500;

/**
 * The server's clock stands still at this instant during the benchmark, so OTP steps and
 * request expiry never run out however long the run takes on a busy machine.
 */
export const FROZEN_NOW_MS = Date.UTC(2026, 10, 24, 12, 0, 0);

export function benchRuntime(): Runtime {
  return {
    clock: { nowMs: () => FROZEN_NOW_MS },
    random: systemRandom,
    signatures: nodeSignatures(),
  };
}

export function benchServerConfig(dbPath: string): ServerConfig {
  return serverConfigSchema.parse({
    port: 0,
    dbPath,
    adminToken: randomBytes(24).toString('base64url'),
    // Enough for every payment a wallet makes in the benchmark.
    demoGrantMinor: 1_000_000_000,
  });
}

export interface SeedPlan {
  readonly paymentCount: number;
  /** Consoles (device keys) the payments are spread over. */
  readonly consoleCount: number;
}

/**
 * Seeds `dbPath`, closes it, copies it to each of `copies`, and returns `paymentCount`
 * authorize inputs that settle on any of the copies (each copy once).
 */
export function seedAuthorizeDatabases(
  dbPath: string,
  copies: readonly string[],
  plan: SeedPlan,
): AuthorizeInput[] {
  const inputs = seedAndSign(dbPath, plan);
  for (const copy of copies) copyFileSync(dbPath, copy);
  return inputs;
}

function seedAndSign(dbPath: string, plan: SeedPlan): AuthorizeInput[] {
  const services = createServices(benchServerConfig(dbPath), benchRuntime());
  try {
    const { merchantId } = services.createMerchant({
      name: 'Bench Cafeteria',
      category: 'cafeteria',
      currency: 'KRW',
    });
    const consoles = Array.from({ length: plan.consoleCount }, (_, index) => {
      const keys = fastEd25519KeyPair();
      const label = `Register ${index + 1}`;
      const { code } = services.createEnrollmentCode({ merchantId, label });
      const enrolled = services.enrollDevice({
        code,
        publicKey: toBase64Url(keys.publicKey),
        label: `Register ${index + 1}`,
      });
      return { keys, certificate: enrolled.certificate };
    });
    const walletCount = Math.ceil(plan.paymentCount / PAYMENTS_PER_WALLET);
    const wallets: Array<{ walletId: string; secretKey: Uint8Array; otpSecret: Uint8Array }> =
      [];
    const enrollChunk = services.sqlite.transaction((count: number) => {
      for (let index = 0; index < count; index++) {
        const keys = fastEd25519KeyPair();
        const enrolled = services.enrollWallet({ publicKey: toBase64Url(keys.publicKey) });
        wallets.push({
          walletId: enrolled.walletId,
          secretKey: keys.secretKey,
          otpSecret: fromBase64Url(enrolled.otpSecret),
        });
      }
    });
    for (let done = 0; done < walletCount; done += SEED_CHUNK) {
      enrollChunk.immediate(Math.min(SEED_CHUNK, walletCount - done));
    }
    const baseStep = Math.floor(FROZEN_NOW_MS / 30_000);
    return Array.from({ length: plan.paymentCount }, (_, index) => {
      const wallet = wallets[index % walletCount]!;
      const device = consoles[index % plan.consoleCount]!;
      const request = makeRequest({
        certificate: device.certificate,
        deviceSecretKey: device.keys.secretKey,
        amountMinor: 1_000 + (index % 90) * 100,
        nowMs: FROZEN_NOW_MS,
        reference: `bench ${index}`,
      });
      const authorization = makeAuthorization({
        request,
        walletId: wallet.walletId,
        walletSecretKey: wallet.secretKey,
        otpSecret: wallet.otpSecret,
        otpStep: baseStep + STEP_OFFSETS[Math.floor(index / walletCount)]!,
        nowMs: FROZEN_NOW_MS,
      });
      return { request, authorization };
    });
  } finally {
    // Closing checkpoints the WAL into the main file, so a plain copy is the whole database.
    services.close();
  }
}
