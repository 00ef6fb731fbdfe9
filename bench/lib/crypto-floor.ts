// The cryptographic work one payment cannot avoid, done with the protocol's own functions in
// a loop: it is the crypto part of the handshake floor.
import { diffieHellman, generateKeyPairSync, hkdfSync, type KeyObject } from 'node:crypto';
import {
  aeadOpen,
  aeadSeal,
  canonicalJson,
  checkOtp,
  deriveChannelSecrets,
  documentHash,
  frameAssociatedData,
  frameNonce,
  otpForStep,
  type SignatureSuite,
  utf8,
  verifyAuthorization,
  verifyReceipt,
  verifyRequest,
  x25519KeyPair,
  DOMAIN_TAGS,
  signedBytes,
  toBase64Url,
} from '../../protocol/index.ts';
import { randomBytesOf, sampleDocuments, type DocumentSet } from './documents.ts';
import { costPerCallMs, type LoopBounds } from './stats.ts';

/** What one payment does, counted at its minimum (each party computes each thing once). */
export const HANDSHAKE_CRYPTO_COUNTS = {
  // Request (console), authorization (wallet), receipt (server).
  signs: 3,
  // Wallet: certificate + request; server: certificate + request + authorization;
  // console and wallet: receipt.
  verifies: 7,
  // Each side: one ephemeral key pair and one shared secret (+ HKDF of two keys).
  channelSetups: 2,
  // Request, authorization and receipt frames: sealed once, opened once each.
  frames: 3,
  // requestHash and authorizationHash on each of the three parties.
  documentHashes: 6,
  // The wallet makes the code, the server checks it.
  otps: 2,
} as const;

function channelSetup(sessionId: string, merchantKey: Uint8Array): void {
  const own = x25519KeyPair(randomBytesOf);
  deriveChannelSecrets({
    sessionId,
    ownSecretKey: own.secretKey,
    merchantKey,
    customerKey: own.publicKey,
    role: 'customer',
  });
}

/**
 * The same channel setup with node:crypto's X25519 and HKDF (OpenSSL). The protocol has no
 * way to inject it yet; this shows what the two setups of each payment would cost with it.
 */
function nodeChannelSetup(peerPublicKey: KeyObject): void {
  const own = generateKeyPairSync('x25519');
  const shared = diffieHellman({ privateKey: own.privateKey, publicKey: peerPublicKey });
  hkdfSync('sha256', shared, 'transcript', 'HSPOS-MO/1 m2c', 32);
  hkdfSync('sha256', shared, 'transcript', 'HSPOS-MO/1 c2m', 32);
}

/** One sealed and opened frame of the given plaintext, as SecureChannel does it. */
function frameRoundTrip(key: Uint8Array, transcript: Uint8Array, message: unknown): void {
  const plaintext = utf8(canonicalJson(message));
  const aad = frameAssociatedData(transcript, 'm2c', 0);
  const box = aeadSeal(key, frameNonce(0), plaintext, aad);
  aeadOpen(key, frameNonce(0), box, aad);
}

export interface CryptoCosts {
  readonly signMs: number;
  readonly verifyMs: number;
  readonly channelSetupMs: number;
  /** The channel setup with node:crypto instead of the protocol's pure-JS X25519. */
  readonly nodeChannelSetupMs: number;
  readonly frameMs: number;
  readonly documentHashMs: number;
  readonly otpMs: number;
  /** The whole per-payment sum, by HANDSHAKE_CRYPTO_COUNTS. */
  readonly perPaymentMs: number;
}

export function measureCryptoCosts(suite: SignatureSuite, bounds: LoopBounds): CryptoCosts {
  const nowMs = Date.now();
  const docs: DocumentSet = sampleDocuments(nowMs);
  const serverPublicKey = toBase64Url(docs.serverKeys.publicKey);
  const walletPublicKey = toBase64Url(docs.walletKeys.publicKey);
  const requestBytes = signedBytes(DOMAIN_TAGS.paymentRequest, docs.request.body);
  const key = randomBytesOf(32);
  const transcript = randomBytesOf(32);
  const sessionId = docs.request.body.sessionId;
  const merchantKey = x25519KeyPair(randomBytesOf).publicKey;
  const signMs = costPerCallMs(bounds, 20, () => {
    suite.sign(requestBytes, docs.deviceKeys.secretKey);
  });
  // The three document verifies differ in size; their mean is the per-verify cost.
  const verifyMs =
    costPerCallMs(bounds, 5, () => {
      verifyRequest(docs.request, serverPublicKey, suite);
      verifyAuthorization(docs.authorization, walletPublicKey, suite);
      verifyReceipt(docs.receipt, serverPublicKey, suite);
    }) / 4;
  const channelSetupMs = costPerCallMs(bounds, 5, () => channelSetup(sessionId, merchantKey));
  const peer = generateKeyPairSync('x25519');
  const nodeChannelSetupMs = costPerCallMs(bounds, 5, () => nodeChannelSetup(peer.publicKey));
  const frameMs =
    costPerCallMs(bounds, 10, () => {
      frameRoundTrip(key, transcript, { type: 'request', request: docs.request });
      frameRoundTrip(key, transcript, { type: 'authorization', authorization: docs.authorization });
      frameRoundTrip(key, transcript, { type: 'receipt', receipt: docs.receipt });
    }) / 3;
  const documentHashMs =
    costPerCallMs(bounds, 20, () => {
      documentHash(docs.request);
      documentHash(docs.authorization);
    }) / 2;
  const otpMs =
    costPerCallMs(bounds, 20, () => {
      otpForStep(docs.otpSecret, docs.otpStep);
      checkOtp({
        secret: docs.otpSecret,
        otp: docs.authorization.body.otp,
        step: docs.otpStep,
        nowMs,
        usedSteps: new Set(),
      });
    }) / 2;
  const counts = HANDSHAKE_CRYPTO_COUNTS;
  const perPaymentMs =
    counts.signs * signMs +
    counts.verifies * verifyMs +
    counts.channelSetups * channelSetupMs +
    counts.frames * frameMs +
    counts.documentHashes * documentHashMs +
    counts.otps * otpMs;
  return {
    signMs,
    verifyMs,
    channelSetupMs,
    nodeChannelSetupMs,
    frameMs,
    documentHashMs,
    otpMs,
    perPaymentMs,
  };
}
