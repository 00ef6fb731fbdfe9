// An in-process server (services only, no HTTP) on a fresh SQLite file with a manual clock,
// merchants with enrolled consoles, and wallets that sign genuine handshake documents. The
// property tests drive it with random sequences of operations. Test support only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Currency,
  DOMAIN_TAGS,
  ed25519KeyPair,
  fromBase64Url,
  type Line,
  otpForStep,
  otpStepAt,
  type PaymentRequest,
  paymentRequestSchema,
  requestHash,
  signAuthorization,
  signBody,
  toBase64Url,
} from '../../protocol/index.ts';
import { serverConfigSchema } from '../config.ts';
import type { Actor } from '../domain/actors.ts';
import type { EnrolledDevice } from '../domain/merchants.ts';
import { nodeSignatures, systemRandom, type Runtime } from '../runtime.ts';
import { createServices, type ServerServices } from '../services.ts';
import { manualClock } from './fixture.ts';

export interface WorldMerchant {
  readonly merchantId: string;
  readonly category: string;
  readonly device: EnrolledDevice;
  readonly deviceSecretKey: Uint8Array;
  readonly actor: Extract<Actor, { role: 'device' }>;
}

export interface WorldWallet {
  readonly walletId: string;
  readonly secretKey: Uint8Array;
  readonly otpSecret: Uint8Array;
}

export const ADMIN_ACTOR: Actor = { role: 'administrator', administratorId: 'test-administrator' };

export function newKey(): string {
  return toBase64Url(systemRandom(16));
}

export function createWorld(options: {
  categories: readonly string[];
  wallets: number;
  startMs: number;
}) {
  const dir = mkdtempSync(join(tmpdir(), 'hspos-world-'));
  const clock = manualClock(options.startMs);
  const signatures = nodeSignatures();
  const runtime: Runtime = { clock, random: systemRandom, signatures };
  const services: ServerServices = createServices(
    serverConfigSchema.parse({ dbPath: join(dir, 'server.db'), utcOffsetMinutes: 540 }),
    runtime,
  );
  const merchants: WorldMerchant[] = options.categories.map((category, index) => {
    const { merchantId } = services.createMerchant({
      name: `Merchant ${index}`,
      category,
      currency: 'KRW',
    });
    const { code } = services.createEnrollmentCode({ merchantId, label: 'Register' });
    const keys = ed25519KeyPair(systemRandom);
    const device = services.enrollDevice({
      code,
      publicKey: toBase64Url(keys.publicKey),
      label: 'Register',
    });
    const actor = { role: 'device' as const, deviceId: device.deviceId, merchantId };
    return { merchantId, category, device, deviceSecretKey: keys.secretKey, actor };
  });
  const wallets: WorldWallet[] = Array.from({ length: options.wallets }, () => {
    const keys = ed25519KeyPair(systemRandom);
    const enrolled = services.enrollWallet({ publicKey: toBase64Url(keys.publicKey) });
    return {
      walletId: enrolled.walletId,
      secretKey: keys.secretKey,
      otpSecret: fromBase64Url(enrolled.otpSecret),
    };
  });

  function request(
    merchant: WorldMerchant,
    amountMinor: number,
    lines: Line[] = [],
  ): PaymentRequest {
    const nowMs = clock.nowMs();
    const body = {
      v: 1 as const,
      paymentId: newKey(),
      sessionId: newKey(),
      merchantId: merchant.merchantId,
      merchantName: merchant.device.merchantName,
      deviceId: merchant.device.deviceId,
      amountMinor,
      currency: 'KRW' as Currency,
      lines,
      reference: 'property',
      createdAt: nowMs,
      expiresAt: nowMs + 120_000,
    };
    return paymentRequestSchema.parse({
      body,
      signature: signBody(DOMAIN_TAGS.paymentRequest, body, merchant.deviceSecretKey, signatures),
      certificate: merchant.device.certificate,
    });
  }

  /** A genuine payment: the request signed by the console, approved by the wallet now. */
  function pay(
    wallet: WorldWallet,
    merchant: WorldMerchant,
    amountMinor: number,
    lines: Line[] = [],
  ) {
    const paymentRequest = request(merchant, amountMinor, lines);
    const step = otpStepAt(clock.nowMs());
    const authorization = signAuthorization(
      {
        v: 1,
        paymentId: paymentRequest.body.paymentId,
        requestHash: requestHash(paymentRequest),
        walletId: wallet.walletId,
        otp: otpForStep(wallet.otpSecret, step),
        otpStep: step,
        issuedAt: clock.nowMs(),
      },
      wallet.secretKey,
      signatures,
    );
    const input = { request: paymentRequest, authorization };
    return { input, outcome: services.authorize(input) };
  }

  return {
    services,
    clock,
    merchants,
    wallets,
    pay,
    stop() {
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type World = ReturnType<typeof createWorld>;

/**
 * A fingerprint of everything money-related: if it is equal before and after a rejected
 * call, the call left the ledger and its records untouched.
 */
export function ledgerFingerprint(services: ServerServices): string {
  const tables = [
    'accounts',
    'transactions',
    'postings',
    'payments',
    'refunds',
    'top_ups',
    'gift_certificate_batches',
    'gift_certificates',
    'offline_reserves',
    'statements',
    'fee_schedules',
    'merchants',
    'merchant_owners',
    'administrators',
    'devices',
    'wallets',
    'daily_merchant_totals',
  ];
  const parts = tables.map((table) => {
    const row = services.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as {
      n: number;
    };
    return `${table}:${row.n}`;
  });
  const sums = services.sqlite
    .prepare(
      `SELECT (SELECT group_concat(id || '=' || balance_minor) FROM accounts) AS balances,
              (SELECT group_concat(id || ':' || refunded_minor || ':' || COALESCE(voided_at, '')
                 || ':' || COALESCE(statement_id, '')) FROM payments) AS payments,
              (SELECT group_concat(id || ':' || status) FROM statements) AS statements,
              (SELECT group_concat(code_hash || ':' || COALESCE(redeemed_at, ''))
                 FROM gift_certificates) AS gifts`,
    )
    .get();
  return `${parts.join(',')}|${JSON.stringify(sums)}`;
}
