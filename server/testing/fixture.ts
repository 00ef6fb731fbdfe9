// A real server on 127.0.0.1 with a fresh SQLite file, a seeded merchant and console
// device, and helpers that build genuine signed handshake documents. Test support only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTRPCClient, httpLink } from '@trpc/client';
import {
  type Authorization,
  type DeviceCertificate,
  ed25519KeyPair,
  fromBase64Url,
  otpForStep,
  otpStepAt,
  type PaymentRequest,
  paymentRequestSchema,
  requestHash,
  signAuthorization,
  signBody,
  signDeviceCall,
  DOMAIN_TAGS,
  toBase64Url,
} from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../app.ts';
import { serverConfigSchema } from '../config.ts';
import type { AppRouter } from '../routers/index.ts';
import { nodeSignatures, systemRandom, type Runtime } from '../runtime.ts';

/** The first administrator's password (user "admin"), bootstrapped from the config. */
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/** A clock the test moves by hand. */
export function manualClock(startMs: number) {
  let now = startMs;
  return {
    nowMs: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

export interface TestWallet {
  readonly walletId: string;
  readonly secretKey: Uint8Array;
  readonly otpSecret: Uint8Array;
}

export async function startFixture(options: { demoGrantMinor?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hspos-server-'));
  const clock = manualClock(Date.UTC(2026, 10, 24, 3, 0, 0));
  const runtime: Runtime = { clock, random: systemRandom, signatures: nodeSignatures() };
  const server: RunningServer = await startServer(
    serverConfigSchema.parse({
      port: 0,
      dbPath: join(dir, 'server.db'),
      adminToken: ADMIN_TOKEN,
      demoGrantMinor: options.demoGrantMinor ?? 0,
    }),
    runtime,
  );
  const client = (token?: string) =>
    createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${server.url}/trpc`,
          headers: token ? { authorization: `Bearer ${token}` } : {},
        }),
      ],
    });
  const anonymous = client();
  const session = await anonymous.auth.login.mutate({ username: 'admin', password: ADMIN_TOKEN });
  const admin = client(session.token);
  const { merchantId } = await admin.admin.createMerchant.mutate({
    name: 'University Cafeteria',
    category: 'cafeteria',
    currency: 'KRW',
  });
  const { code } = await admin.admin.createEnrollmentCode.mutate({
    merchantId,
    label: 'Register 1',
  });
  const device = ed25519KeyPair(systemRandom);
  const enrolled = await anonymous.devices.enroll.mutate({
    code,
    publicKey: toBase64Url(device.publicKey),
    label: 'Register 1',
  });

  async function newWallet(balanceMinor: number): Promise<TestWallet> {
    const keys = ed25519KeyPair(systemRandom);
    const wallet = await anonymous.wallets.enroll.mutate({
      publicKey: toBase64Url(keys.publicKey),
    });
    if (balanceMinor > 0) {
      await admin.admin.topUp.mutate({
        topUpId: toBase64Url(systemRandom(16)),
        walletId: wallet.walletId,
        amountMinor: balanceMinor,
        currency: 'KRW',
      });
    }
    return {
      walletId: wallet.walletId,
      secretKey: keys.secretKey,
      otpSecret: fromBase64Url(wallet.otpSecret),
    };
  }

  /** A request signed by the enrolled device; `body` overrides fields before signing. */
  function request(
    amountMinor: number,
    body: Partial<PaymentRequest['body']> = {},
  ): PaymentRequest {
    const nowMs = clock.nowMs();
    const unsigned = {
      v: 1 as const,
      paymentId: toBase64Url(systemRandom(16)),
      sessionId: toBase64Url(systemRandom(16)),
      merchantId: enrolled.merchantId,
      merchantName: enrolled.merchantName,
      deviceId: enrolled.deviceId,
      amountMinor,
      currency: 'KRW' as const,
      lines: [],
      reference: 'test',
      createdAt: nowMs,
      expiresAt: nowMs + 120_000,
      ...body,
    };
    return paymentRequestSchema.parse({
      body: unsigned,
      signature: signBody(DOMAIN_TAGS.paymentRequest, unsigned, device.secretKey),
      certificate: enrolled.certificate satisfies DeviceCertificate,
    });
  }

  function authorize(
    wallet: TestWallet,
    forRequest: PaymentRequest,
    options: { step?: number; otp?: string } = {},
  ): Authorization {
    const step = options.step ?? otpStepAt(clock.nowMs());
    return signAuthorization(
      {
        v: 1,
        paymentId: forRequest.body.paymentId,
        requestHash: requestHash(forRequest),
        walletId: wallet.walletId,
        otp: options.otp ?? otpForStep(wallet.otpSecret, step),
        otpStep: step,
        issuedAt: clock.nowMs(),
      },
      wallet.secretKey,
    );
  }

  /** A call signed by the enrolled console for the procedure at `path`. */
  function deviceCall<TPayload>(
    path: string,
    payload: TPayload,
    options: { signedAt?: number } = {},
  ) {
    return signDeviceCall({
      path,
      deviceId: enrolled.deviceId,
      payload,
      secretKey: device.secretKey,
      nowMs: options.signedAt ?? clock.nowMs(),
      random: systemRandom,
    });
  }

  /** A merchant owner's client for the fixture's merchant (password set by the admin). */
  async function ownerClient(merchantId: string = enrolled.merchantId) {
    const password = 'owner-password-0123';
    await admin.admin.setOwnerPassword.mutate({ merchantId, password });
    const grant = await anonymous.auth.ownerLogin.mutate({ merchantId, password });
    return client(grant.token);
  }

  return {
    server,
    clock,
    admin,
    deviceCall,
    ownerClient,
    anonymous,
    client,
    enrolled,
    device,
    newWallet,
    request,
    authorize,
    balanceOf: (walletId: string) => server.services.walletBalanceMinor(walletId, 'KRW'),
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Fixture = Awaited<ReturnType<typeof startFixture>>;
