// Test vectors for one complete MO handshake, built by running the real state machines
// (merchant.ts, customer.ts) on fixed keys, ids and times. Pure and deterministic: every
// "random" byte comes from VECTOR_INPUTS through scriptedRandom, every time is a constant.
// scripts/protocol-vectors.ts writes the result to docs/protocol-vectors.json, and
// protocol/vectors.test.ts fails if a single byte of it changes.
import { fromBase64Url, fromHex, fromUtf8, toBase64Url, toHex } from './bytes.ts';
import { canonicalJson } from './canonical.ts';
import { aeadOpen, ed25519PublicKey, x25519SharedSecret } from './crypto.ts';
import {
  channelTranscript,
  type ChannelSecrets,
  deriveChannelSecrets,
  type Direction,
  type Frame,
  frameAssociatedData,
  frameNonce,
  SecureChannel,
} from './channel.ts';
import { CustomerSession, type CustomerStep } from './customer.ts';
import { MerchantSession, type MerchantStep } from './merchant.ts';
import type { DeviceCertificate, PaymentRequest, Receipt } from './messages.ts';
import {
  authorizationHash,
  DOMAIN_TAGS,
  type DomainTag,
  signBody,
  signedBytes,
  signReceipt,
} from './signing.ts';
import { buildRfcVectors, scriptedRandom } from './vectors-rfc.ts';

/** 2026-01-01T00:00:00Z, when the console opens the pairing session. */
const OPENED_AT_MS = 1_767_225_600_000;

/**
 * Every fixed input. Keys and ids are counting byte patterns so that a reader can tell them
 * apart at a glance; they are as good as random for a test and obviously not secret.
 */
export const VECTOR_INPUTS = {
  serverSeedHex: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  deviceSeedHex: '202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f',
  walletSeedHex: '404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f',
  merchantEphemeralSecretHex: '606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f',
  customerEphemeralSecretHex: '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f',
  sessionIdHex: 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf',
  paymentIdHex: 'b0b1b2b3b4b5b6b7b8b9babbbcbdbebf',
  deviceIdHex: 'c0c1c2c3c4c5c6c7c8c9cacbcccdcecf',
  merchantIdHex: 'd0d1d2d3d4d5d6d7d8d9dadbdcdddedf',
  walletIdHex: 'e0e1e2e3e4e5e6e7e8e9eaebecedeeef',
  transactionIdHex: 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
  otpSecretHex: '101112131415161718191a1b1c1d1e1f20212223',
  merchantName: 'Café Hanbit 한빛',
  hubUrl: 'http://192.168.1.20:4201',
  amountMinor: 4500,
  currency: 'KRW',
  lines: [
    { label: 'Bibimbap', quantity: 1, unitPriceMinor: 3500 },
    { label: 'Sikhye 식혜', quantity: 2, unitPriceMinor: 500 },
  ],
  reference: 'table 7 / lunch',
  certificateIssuedAtMs: OPENED_AT_MS - 86_400_000,
  openedAtMs: OPENED_AT_MS,
  helloAtMs: OPENED_AT_MS + 2_000,
  requestReceivedAtMs: OPENED_AT_MS + 2_500,
  approvedAtMs: OPENED_AT_MS + 9_000,
  authorizationReceivedAtMs: OPENED_AT_MS + 9_200,
  settledAtMs: OPENED_AT_MS + 9_500,
  receiptReceivedAtMs: OPENED_AT_MS + 9_800,
} as const;

const ids = (hex: string): string => toBase64Url(fromHex(hex));

function keyVector(seedHex: string) {
  const publicKey = ed25519PublicKey(fromHex(seedHex));
  return { seedHex, publicKeyHex: toHex(publicKey), publicKey: toBase64Url(publicKey) };
}

/** What a signature covers, and the signature, for one signed document. */
function signedVector<D extends { body: object; signature: string }>(
  tag: DomainTag,
  document: D,
) {
  return {
    domainTag: tag,
    canonicalBody: canonicalJson(document.body),
    signedBytesHex: toHex(signedBytes(tag, document.body)),
    signatureHex: toHex(fromBase64Url(document.signature)),
    document,
    canonicalDocument: canonicalJson(document),
  };
}

function expectStep(step: { kind: string }, kind: string): void {
  if (step.kind !== kind) {
    throw new Error(`vectors: expected ${kind}, got ${JSON.stringify(step)}`);
  }
}

function frameVector(
  name: string,
  direction: Direction,
  frame: Frame,
  secrets: ChannelSecrets,
) {
  const key = direction === 'm2c' ? secrets.m2cKey : secrets.c2mKey;
  const nonce = frameNonce(frame.seq);
  const aad = frameAssociatedData(secrets.transcript, direction, frame.seq);
  const plaintext = aeadOpen(key, nonce, fromBase64Url(frame.box), aad);
  if (!plaintext) throw new Error(`vectors: frame ${name} does not open`);
  return {
    name,
    direction,
    seq: frame.seq,
    nonceHex: toHex(nonce),
    aadHex: toHex(aad),
    plaintext: fromUtf8(plaintext),
    boxHex: toHex(fromBase64Url(frame.box)),
    frame,
  };
}

function certificateFor(serverSecret: Uint8Array, devicePublicKey: string): DeviceCertificate {
  const body = {
    v: 1 as const,
    deviceId: ids(VECTOR_INPUTS.deviceIdHex),
    devicePublicKey,
    merchantId: ids(VECTOR_INPUTS.merchantIdHex),
    merchantName: VECTOR_INPUTS.merchantName,
    issuedAt: VECTOR_INPUTS.certificateIssuedAtMs,
  };
  return { body, signature: signBody(DOMAIN_TAGS.deviceCertificate, body, serverSecret) };
}

/** Runs the handshake once; throws if any step is not the expected happy path. */
function runHandshake() {
  const input = VECTOR_INPUTS;
  const device = keyVector(input.deviceSeedHex);
  const certificate = certificateFor(fromHex(input.serverSeedHex), device.publicKey);
  const serverPublicKey = keyVector(input.serverSeedHex).publicKey;
  const merchant = MerchantSession.open({
    charge: {
      paymentId: ids(input.paymentIdHex),
      amountMinor: input.amountMinor,
      currency: input.currency,
      lines: input.lines,
      reference: input.reference,
    },
    identity: { deviceSecretKey: fromHex(input.deviceSeedHex), certificate },
    hubUrl: input.hubUrl,
    nowMs: input.openedAtMs,
    random: scriptedRandom([
      fromHex(input.merchantEphemeralSecretHex),
      fromHex(input.sessionIdHex),
    ]),
  });
  const customer = CustomerSession.fromPairingUri({
    uri: merchant.pairingUri,
    serverPublicKey,
    nowMs: input.helloAtMs,
    random: scriptedRandom([fromHex(input.customerEphemeralSecretHex)]),
  });
  const requestStep: MerchantStep = merchant.onHello(customer.hello, input.helloAtMs);
  if (requestStep.kind !== 'send') throw new Error('vectors: hello refused');
  expectStep(customer.onFrame(requestStep.frame, input.requestReceivedAtMs), 'review');
  const approval = customer.approve({
    wallet: {
      walletId: ids(input.walletIdHex),
      signingSecretKey: fromHex(input.walletSeedHex),
      otpSecret: fromHex(input.otpSecretHex),
    },
    nowMs: input.approvedAtMs,
    usedOtpSteps: new Set(),
  });
  const authorizeStep = merchant.onFrame(approval.frame, input.authorizationReceivedAtMs);
  if (authorizeStep.kind !== 'authorize') throw new Error('vectors: authorization refused');
  const receipt: Receipt = signReceipt(
    {
      v: 1,
      paymentId: merchant.request.body.paymentId,
      requestHash: merchant.requestHash,
      authorizationHash: authorizationHash(authorizeStep.authorization),
      merchantId: merchant.request.body.merchantId,
      walletId: ids(input.walletIdHex),
      amountMinor: input.amountMinor,
      currency: input.currency,
      status: 'settled',
      transactionId: ids(input.transactionIdHex),
      settledAt: input.settledAtMs,
    },
    fromHex(input.serverSeedHex),
  );
  const receiptFrame = merchant.settle(receipt);
  if (!receiptFrame) throw new Error('vectors: no receipt frame');
  const done: CustomerStep = customer.onFrame(receiptFrame, input.receiptReceivedAtMs);
  expectStep(done, 'settled');
  return {
    merchant,
    customer,
    certificate,
    authorization: authorizeStep.authorization,
    otpStep: approval.otpStep,
    receipt,
    frames: { request: requestStep.frame, authorization: approval.frame, receipt: receiptFrame },
  };
}

/**
 * The frames of the two other endings, sealed on fresh channels with the same keys. Sealing
 * is deterministic, so re-sealing the request reproduces frame m2c 0 and the decline lands
 * at seq 1 exactly where the receipt did.
 */
function alternativeFrames(sessionId: string, secrets: ChannelSecrets, request: PaymentRequest) {
  const merchantSide = new SecureChannel(sessionId, secrets, 'merchant');
  merchantSide.seal({ type: 'request', request });
  const declined = merchantSide.seal({
    type: 'declined',
    paymentId: request.body.paymentId,
    reason: 'insufficient_funds',
  });
  const cancel = new SecureChannel(sessionId, secrets, 'customer').seal({ type: 'cancel' });
  return [
    frameVector('declined (instead of receipt)', 'm2c', declined, secrets),
    frameVector('cancel (instead of authorization)', 'c2m', cancel, secrets),
  ];
}

export function buildHandshakeVectors() {
  const input = VECTOR_INPUTS;
  const run = runHandshake();
  const sessionId = run.merchant.sessionId;
  const merchantKey = fromBase64Url(run.merchant.merchantKey);
  const customerKey = fromBase64Url(run.customer.hello.key);
  const secrets = deriveChannelSecrets({
    sessionId,
    ownSecretKey: fromHex(input.merchantEphemeralSecretHex),
    merchantKey,
    customerKey,
    role: 'merchant',
  });
  const paymentId = run.merchant.request.body.paymentId;
  return {
    inputs: input,
    keys: {
      server: keyVector(input.serverSeedHex),
      device: keyVector(input.deviceSeedHex),
      wallet: keyVector(input.walletSeedHex),
      merchantEphemeral: {
        secretHex: input.merchantEphemeralSecretHex,
        publicKeyHex: toHex(merchantKey),
        publicKey: run.merchant.merchantKey,
      },
      customerEphemeral: {
        secretHex: input.customerEphemeralSecretHex,
        publicKeyHex: toHex(customerKey),
        publicKey: run.customer.hello.key,
      },
    },
    ids: {
      sessionId,
      paymentId,
      deviceId: ids(input.deviceIdHex),
      merchantId: ids(input.merchantIdHex),
      walletId: ids(input.walletIdHex),
      transactionId: ids(input.transactionIdHex),
    },
    deviceCertificate: signedVector(DOMAIN_TAGS.deviceCertificate, run.certificate),
    pairingUri: run.merchant.pairingUri,
    pairing: run.customer.pairing,
    hello: run.customer.hello,
    channel: {
      sharedSecretHex: toHex(
        x25519SharedSecret(fromHex(input.customerEphemeralSecretHex), merchantKey),
      ),
      transcriptHex: toHex(channelTranscript(sessionId, merchantKey, customerKey)),
      m2cKeyHex: toHex(secrets.m2cKey),
      c2mKeyHex: toHex(secrets.c2mKey),
    },
    paymentRequest: {
      ...signedVector(DOMAIN_TAGS.paymentRequest, run.merchant.request),
      requestHash: run.merchant.requestHash,
    },
    authorization: {
      otpStep: run.otpStep,
      otp: run.authorization.body.otp,
      ...signedVector(DOMAIN_TAGS.authorization, run.authorization),
      authorizationHash: authorizationHash(run.authorization),
    },
    receipt: signedVector(DOMAIN_TAGS.receipt, run.receipt),
    frames: [
      frameVector('request', 'm2c', run.frames.request, secrets),
      frameVector('authorization', 'c2m', run.frames.authorization, secrets),
      frameVector('receipt', 'm2c', run.frames.receipt, secrets),
    ],
    alternativeFrames: alternativeFrames(sessionId, secrets, run.merchant.request),
  };
}

export function buildProtocolVectors() {
  return {
    about:
      'Test vectors for the Handshake POS MO handshake v1 (docs/protocol.md). Hex is lower ' +
      'case; base64url is unpadded (RFC 4648 §5); times are Unix milliseconds unless named ' +
      'Seconds. Regenerate with: npx tsx scripts/protocol-vectors.ts',
    protocolVersion: 1,
    handshake: buildHandshakeVectors(),
    ...buildRfcVectors(),
  };
}

export type ProtocolVectors = ReturnType<typeof buildProtocolVectors>;
