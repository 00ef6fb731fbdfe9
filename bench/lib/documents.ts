// Genuine signed protocol documents for benchmarks: a request as a console signs it, the
// customer's authorization and the server's receipt. Signing uses node:crypto (the server's
// fast suite) so that building thousands of them stays outside the measured time.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  type Authorization,
  type DeviceCertificate,
  DOMAIN_TAGS,
  type KeyPair,
  otpForStep,
  type PaymentRequest,
  type Receipt,
  requestHash,
  authorizationHash,
  signAuthorization,
  signBody,
  signReceipt,
  type SignatureSuite,
  toBase64Url,
} from '../../protocol/index.ts';
import { nodeSignatures } from '../../server/runtime.ts';

export const fastSuite: SignatureSuite = nodeSignatures();

export function randomBytesOf(length: number): Uint8Array {
  return new Uint8Array(randomBytes(length));
}

/**
 * An Ed25519 key pair from node:crypto, in the protocol's raw form (32-byte seed and public
 * key): seeding thousands of wallets with the pure-JS keygen would take seconds.
 */
export function fastEd25519KeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // The raw key is the last 32 bytes of its PKCS#8 / SPKI DER encoding.
  const secretKey = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
  const rawPublicKey = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return { secretKey: new Uint8Array(secretKey), publicKey: new Uint8Array(rawPublicKey) };
}

export function newId(): string {
  return toBase64Url(randomBytesOf(16));
}

/** A device certificate as the server issues it at enrollment. */
export function makeCertificate(input: {
  serverSecretKey: Uint8Array;
  deviceId: string;
  devicePublicKey: Uint8Array;
  merchantId: string;
  merchantName: string;
  issuedAt: number;
}): DeviceCertificate {
  const body = {
    v: 1 as const,
    deviceId: input.deviceId,
    devicePublicKey: toBase64Url(input.devicePublicKey),
    merchantId: input.merchantId,
    merchantName: input.merchantName,
    issuedAt: input.issuedAt,
  };
  return {
    body,
    signature: signBody(DOMAIN_TAGS.deviceCertificate, body, input.serverSecretKey, fastSuite),
  };
}

/** A payment request signed by the device, shaped like MerchantSession.open makes it. */
export function makeRequest(input: {
  certificate: DeviceCertificate;
  deviceSecretKey: Uint8Array;
  amountMinor: number;
  nowMs: number;
  reference: string;
}): PaymentRequest {
  const { certificate } = input;
  const body = {
    v: 1 as const,
    paymentId: newId(),
    sessionId: newId(),
    merchantId: certificate.body.merchantId,
    merchantName: certificate.body.merchantName,
    deviceId: certificate.body.deviceId,
    amountMinor: input.amountMinor,
    currency: 'KRW' as const,
    lines: [],
    reference: input.reference,
    createdAt: input.nowMs,
    expiresAt: input.nowMs + 120_000,
  };
  return {
    body,
    signature: signBody(DOMAIN_TAGS.paymentRequest, body, input.deviceSecretKey, fastSuite),
    certificate,
  };
}

export function makeAuthorization(input: {
  request: PaymentRequest;
  walletId: string;
  walletSecretKey: Uint8Array;
  otpSecret: Uint8Array;
  otpStep: number;
  nowMs: number;
}): Authorization {
  return signAuthorization(
    {
      v: 1,
      paymentId: input.request.body.paymentId,
      requestHash: requestHash(input.request),
      walletId: input.walletId,
      otp: otpForStep(input.otpSecret, input.otpStep),
      otpStep: input.otpStep,
      issuedAt: input.nowMs,
    },
    input.walletSecretKey,
    fastSuite,
  );
}

export function makeReceipt(input: {
  request: PaymentRequest;
  authorization: Authorization;
  serverSecretKey: Uint8Array;
  nowMs: number;
}): Receipt {
  const { request, authorization } = input;
  return signReceipt(
    {
      v: 1,
      paymentId: request.body.paymentId,
      requestHash: requestHash(request),
      authorizationHash: authorizationHash(authorization),
      merchantId: request.body.merchantId,
      walletId: authorization.body.walletId,
      amountMinor: request.body.amountMinor,
      currency: request.body.currency,
      status: 'settled',
      transactionId: newId(),
      settledAt: input.nowMs,
    },
    input.serverSecretKey,
    fastSuite,
  );
}

/** One complete, mutually consistent set of keys and documents for one payment. */
export interface DocumentSet {
  readonly serverKeys: KeyPair;
  readonly deviceKeys: KeyPair;
  readonly walletKeys: KeyPair;
  readonly otpSecret: Uint8Array;
  readonly otpStep: number;
  readonly request: PaymentRequest;
  readonly authorization: Authorization;
  readonly receipt: Receipt;
}

export function sampleDocuments(nowMs: number): DocumentSet {
  const serverKeys = fastEd25519KeyPair();
  const deviceKeys = fastEd25519KeyPair();
  const walletKeys = fastEd25519KeyPair();
  const otpSecret = randomBytesOf(20);
  const otpStep = Math.floor(nowMs / 30_000);
  const certificate = makeCertificate({
    serverSecretKey: serverKeys.secretKey,
    deviceId: newId(),
    devicePublicKey: deviceKeys.publicKey,
    merchantId: newId(),
    merchantName: 'Bench Cafeteria',
    issuedAt: nowMs,
  });
  const request = makeRequest({
    certificate,
    deviceSecretKey: deviceKeys.secretKey,
    amountMinor: 4_500,
    nowMs,
    reference: 'bench',
  });
  const authorization = makeAuthorization({
    request,
    walletId: newId(),
    walletSecretKey: walletKeys.secretKey,
    otpSecret,
    otpStep,
    nowMs,
  });
  const serverSecretKey = serverKeys.secretKey;
  const receipt = makeReceipt({ request, authorization, serverSecretKey, nowMs });
  return {
    serverKeys,
    deviceKeys,
    walletKeys,
    otpSecret,
    otpStep,
    request,
    authorization,
    receipt,
  };
}
