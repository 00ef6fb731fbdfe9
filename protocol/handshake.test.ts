import { describe, expect, it } from 'vitest';
import {
  CustomerSession,
  DOMAIN_TAGS,
  ed25519KeyPair,
  type DeviceCertificate,
  MerchantSession,
  signBody,
  signReceipt,
  toBase64Url,
  authorizationHash,
  checkOtp,
  otpForStep,
  otpStepAt,
} from './index.ts';

// A deterministic random source: the protocol never calls an RNG itself.
function seededRandom(seed: number) {
  let state = seed;
  return (length: number) => {
    const out = new Uint8Array(length);
    for (let index = 0; index < length; index++) {
      state = (state * 1103515245 + 12345) >>> 0;
      out[index] = state >>> 24;
    }
    return out;
  };
}

function fixture() {
  const random = seededRandom(7);
  const server = ed25519KeyPair(random);
  const device = ed25519KeyPair(random);
  const wallet = ed25519KeyPair(random);
  const certificateBody = {
    v: 1 as const,
    deviceId: toBase64Url(random(16)),
    devicePublicKey: toBase64Url(device.publicKey),
    merchantId: toBase64Url(random(16)),
    merchantName: 'Cafeteria',
    issuedAt: 1,
  };
  const certificate: DeviceCertificate = {
    body: certificateBody,
    signature: signBody(DOMAIN_TAGS.deviceCertificate, certificateBody, server.secretKey),
  };
  const walletSecrets = {
    walletId: toBase64Url(random(16)),
    signingSecretKey: wallet.secretKey,
    otpSecret: random(20),
  };
  return { random, server, device, wallet, certificate, walletSecrets };
}

describe('MO handshake', () => {
  it('runs request → approval → receipt end to end', () => {
    const f = fixture();
    const now = 1_800_000_000_000;
    const merchant = MerchantSession.open({
      charge: {
        paymentId: toBase64Url(f.random(16)),
        amountMinor: 4500,
        currency: 'KRW',
        lines: [],
        reference: 'lunch',
      },
      identity: { deviceSecretKey: f.device.secretKey, certificate: f.certificate },
      hubUrl: 'http://127.0.0.1:4201',
      nowMs: now,
      random: f.random,
    });
    const customer = CustomerSession.fromPairingUri({
      uri: merchant.pairingUri,
      serverPublicKey: toBase64Url(f.server.publicKey),
      nowMs: now,
      random: f.random,
    });
    const first = merchant.onHello(customer.hello, now);
    if (first.kind !== 'send') throw new Error(`expected send, got ${first.kind}`);
    const review = customer.onFrame(first.frame, now + 10);
    expect(review.kind).toBe('review');
    const { frame, otpStep } = customer.approve({
      wallet: f.walletSecrets,
      nowMs: now + 20,
      usedOtpSteps: new Set(),
    });
    const step = merchant.onFrame(frame, now + 30);
    if (step.kind !== 'authorize') throw new Error(`expected authorize, got ${step.kind}`);
    expect(
      checkOtp({
        secret: f.walletSecrets.otpSecret,
        otp: step.authorization.body.otp,
        step: otpStep,
        nowMs: now + 40,
        usedSteps: new Set(),
      }),
    ).toEqual({ ok: true });
    const receipt = signReceipt(
      {
        v: 1,
        paymentId: merchant.request.body.paymentId,
        requestHash: merchant.requestHash,
        authorizationHash: authorizationHash(step.authorization),
        merchantId: merchant.request.body.merchantId,
        walletId: f.walletSecrets.walletId,
        amountMinor: 4500,
        currency: 'KRW',
        status: 'settled',
        transactionId: toBase64Url(f.random(16)),
        settledAt: now + 50,
      },
      f.server.secretKey,
    );
    const receiptFrame = merchant.settle(receipt);
    expect(merchant.state).toBe('settled');
    const done = customer.onFrame(receiptFrame, now + 60);
    expect(done.kind).toBe('settled');
    expect(customer.state).toBe('settled');
  });

  it('refuses a replayed frame and fails closed', () => {
    const f = fixture();
    const now = 1_800_000_000_000;
    const merchant = MerchantSession.open({
      charge: { paymentId: toBase64Url(f.random(16)), amountMinor: 100, currency: 'KRW', lines: [], reference: '' },
      identity: { deviceSecretKey: f.device.secretKey, certificate: f.certificate },
      hubUrl: 'http://127.0.0.1:1',
      nowMs: now,
      random: f.random,
    });
    const customer = CustomerSession.fromPairingUri({
      uri: merchant.pairingUri,
      serverPublicKey: toBase64Url(f.server.publicKey),
      nowMs: now,
      random: f.random,
    });
    const first = merchant.onHello(customer.hello, now);
    if (first.kind !== 'send') throw new Error('expected send');
    customer.onFrame(first.frame, now);
    const replay = customer.onFrame(first.frame, now);
    expect(replay).toMatchObject({ kind: 'failed', reason: 'protocol_error' });
    expect(customer.state).toBe('failed');
  });

  it('passes RFC 6238 Appendix B (SHA1, T=59) through our OTP path', () => {
    const secret = new TextEncoder().encode('12345678901234567890');
    expect(otpForStep(secret, otpStepAt(59_000), { digits: 8 })).toBe('94287082');
  });
});
