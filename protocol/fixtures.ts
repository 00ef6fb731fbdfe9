// Deterministic parties and sessions for tests: a server key, an enrolled console, a wallet,
// and a helper that pairs a merchant and a customer session. Pure like the rest of
// protocol/: randomness is a counter-mode SHA-256 stream from a seed, so a failing property
// test replays exactly. Not used by the product; kept here so tests in any folder share it.
import { toBase64Url, u64be, utf8 } from './bytes.ts';
import {
  ed25519KeyPair,
  type KeyPair,
  type RandomSource,
  sha256Bytes,
} from './crypto.ts';
import type { Frame } from './channel.ts';
import { CustomerSession, type WalletSecrets } from './customer.ts';
import { type ChargeDetails, type MerchantIdentity, MerchantSession } from './merchant.ts';
import type { DeviceCertificate } from './messages.ts';
import { DOMAIN_TAGS, signBody } from './signing.ts';

/** SHA-256(label || u64be(seed) || u64be(counter)) blocks: a reproducible byte stream. */
export function seededRandom(seed: number, label = 'HSPOS test random'): RandomSource {
  let counter = 0;
  return (length) => {
    const out = new Uint8Array(length);
    for (let offset = 0; offset < length; offset += 32) {
      const block = sha256Bytes(utf8(label), u64be(seed), u64be(counter++));
      out.set(block.subarray(0, Math.min(32, length - offset)), offset);
    }
    return out;
  };
}

export interface TestParties {
  readonly server: KeyPair;
  readonly serverPublicKey: string;
  readonly identity: MerchantIdentity;
  readonly wallet: WalletSecrets;
  readonly walletPublicKey: string;
}

/** Enrols a console for `merchantName` with the server key: what V does at enrollment. */
export function enrolConsole(
  server: KeyPair,
  merchantName: string,
  random: RandomSource,
): MerchantIdentity {
  const device = ed25519KeyPair(random);
  const body = {
    v: 1 as const,
    deviceId: toBase64Url(random(16)),
    devicePublicKey: toBase64Url(device.publicKey),
    merchantId: toBase64Url(random(16)),
    merchantName,
    issuedAt: 1_700_000_000_000,
  };
  const certificate: DeviceCertificate = {
    body,
    signature: signBody(DOMAIN_TAGS.deviceCertificate, body, server.secretKey),
  };
  return { deviceSecretKey: device.secretKey, certificate };
}

export function testParties(seed = 1): TestParties {
  const random = seededRandom(seed, 'HSPOS test parties');
  const server = ed25519KeyPair(random);
  const identity = enrolConsole(server, 'Test Cafeteria', random);
  const walletKey = ed25519KeyPair(random);
  return {
    server,
    serverPublicKey: toBase64Url(server.publicKey),
    identity,
    wallet: {
      walletId: toBase64Url(random(16)),
      signingSecretKey: walletKey.secretKey,
      otpSecret: random(20),
    },
    walletPublicKey: toBase64Url(walletKey.publicKey),
  };
}

export const TEST_NOW_MS = 1_800_000_000_000;

export function testCharge(overrides: Partial<ChargeDetails> = {}): ChargeDetails {
  return {
    paymentId: 'AAECAwQFBgcICQoLDA0ODw',
    amountMinor: 4500,
    currency: 'KRW',
    lines: [],
    reference: 'lunch',
    ...overrides,
  };
}

export interface PairedSessions {
  readonly merchant: MerchantSession;
  readonly customer: CustomerSession;
  /** The first frame, m2c seq 0: the encrypted, signed payment request. */
  readonly requestFrame: Frame;
}

/**
 * Opens a merchant session and pairs a customer with it (hello answered, request frame
 * sealed but not yet delivered). The same `seed` gives the same ephemeral keys and session
 * id, which lets a test build two consoles that differ only in what they charge.
 */
export function pairSessions(input: {
  parties: TestParties;
  seed: number;
  nowMs?: number;
  charge?: ChargeDetails;
  identity?: MerchantIdentity;
}): PairedSessions {
  const nowMs = input.nowMs ?? TEST_NOW_MS;
  const merchant = MerchantSession.open({
    charge: input.charge ?? testCharge(),
    identity: input.identity ?? input.parties.identity,
    hubUrl: 'http://127.0.0.1:4201',
    nowMs,
    random: seededRandom(input.seed, 'HSPOS test merchant'),
  });
  const customer = CustomerSession.fromPairingUri({
    uri: merchant.pairingUri,
    serverPublicKey: input.parties.serverPublicKey,
    nowMs,
    random: seededRandom(input.seed, 'HSPOS test customer'),
  });
  const step = merchant.onHello(customer.hello, nowMs);
  if (step.kind !== 'send') throw new Error(`pairSessions: hello refused (${step.kind})`);
  return { merchant, customer, requestFrame: step.frame };
}
