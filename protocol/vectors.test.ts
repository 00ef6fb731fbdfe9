// The vectors in docs/protocol-vectors.json are the contract with other implementations.
// This test (1) regenerates them and fails on any difference, (2) pins the RFC answers to
// the numbers printed in the RFCs, and (3) re-derives the handshake from the vectors with
// the raw @noble primitives and the formulas of docs/protocol.md, not with our modules, so
// the document, the vectors and the code cannot drift apart.
import { readFileSync } from 'node:fs';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { buildProtocolVectors, type ProtocolVectors } from './vectors.ts';

const FILE = new URL('../docs/protocol-vectors.json', import.meta.url);
const REGENERATE = 'regenerate with `npx tsx scripts/protocol-vectors.ts` and review the diff';

const text = readFileSync(FILE, 'utf8');
const stored = JSON.parse(text) as ProtocolVectors;

const hex = (value: string) => Uint8Array.from(Buffer.from(value, 'hex'));
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const b64 = (value: string) => Uint8Array.from(Buffer.from(value, 'base64url'));
const toB64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const ascii = (value: string) => new TextEncoder().encode(value);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

function u64be(value: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value));
  return out;
}

/** JSON with keys sorted, as docs/protocol.md defines canonical JSON (ASCII keys here). */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const entries = Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

/** RFC 4226 HOTP with dynamic truncation, written out here to check otplib independently. */
function hotp(secret: Uint8Array, counter: number, digits: number): string {
  const mac = hmac(sha1, secret, u64be(counter));
  const offset = mac[19]! & 0x0f;
  const binary = new DataView(mac.buffer, mac.byteOffset).getUint32(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

describe('docs/protocol-vectors.json', () => {
  it('is exactly what protocol/vectors.ts builds', () => {
    const built = buildProtocolVectors();
    expect(stored, REGENERATE).toStrictEqual(JSON.parse(JSON.stringify(built)));
    expect(text, REGENERATE).toBe(`${JSON.stringify(built, null, 2)}\n`);
  });

  it('carries the answers printed in RFC 6238, RFC 8032 and RFC 7748', () => {
    expect(stored.rfc6238.cases.map(({ timeSeconds, otp }) => [timeSeconds, otp])).toEqual([
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ]);
    expect(stored.rfc8032Test1.publicKeyHex).toBe(
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    );
    expect(stored.rfc8032Test1.signatureHex).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e' +
        '39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    expect(stored.rfc8032Test1.verifies).toBe(true);
    const rfc7748 = stored.rfc7748;
    expect(rfc7748.alicePublicKeyHex).toBe(
      '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
    );
    expect(rfc7748.bobPublicKeyHex).toBe(
      'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
    );
    const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
    expect([rfc7748.sharedSecretHex, rfc7748.sharedSecretFromBobHex]).toEqual([shared, shared]);
  });

  it('agrees with an independent HOTP for every TOTP value', () => {
    const { rfc6238, handshake } = stored;
    for (const { timeSeconds, step, otp } of rfc6238.cases) {
      expect(step).toBe(Math.floor(timeSeconds / 30));
      expect(hotp(hex(rfc6238.secretHex), step, 8)).toBe(otp);
    }
    const { otpStep, otp } = handshake.authorization;
    expect(otpStep).toBe(Math.floor(handshake.inputs.approvedAtMs / 30_000));
    expect(hotp(hex(handshake.inputs.otpSecretHex), otpStep, 6)).toBe(otp);
  });
});

describe('the handshake vectors, re-derived from docs/protocol.md', () => {
  const h = stored.handshake;

  it('pairing URI and hello', () => {
    const uri = new URL(h.pairingUri);
    expect(`${uri.protocol}//${uri.host}${uri.pathname}`).toBe('hspos://pay');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      v: '1',
      hub: h.inputs.hubUrl,
      sid: h.ids.sessionId,
      key: h.keys.merchantEphemeral.publicKey,
      exp: String(h.inputs.openedAtMs + 120_000),
    });
    expect(h.hello).toEqual({
      type: 'hello',
      sid: h.ids.sessionId,
      versions: [1],
      key: h.keys.customerEphemeral.publicKey,
    });
    expect(toHex(b64(h.ids.sessionId))).toBe(h.inputs.sessionIdHex);
  });

  it('keys, transcript and directional keys', () => {
    for (const party of [h.keys.server, h.keys.device, h.keys.wallet]) {
      expect(toHex(ed25519.getPublicKey(hex(party.seedHex)))).toBe(party.publicKeyHex);
      expect(toB64(hex(party.publicKeyHex))).toBe(party.publicKey);
    }
    const merchant = h.keys.merchantEphemeral;
    const customer = h.keys.customerEphemeral;
    expect(toHex(x25519.getPublicKey(hex(merchant.secretHex)))).toBe(merchant.publicKeyHex);
    expect(toHex(x25519.getPublicKey(hex(customer.secretHex)))).toBe(customer.publicKeyHex);
    const shared = x25519.getSharedSecret(hex(merchant.secretHex), hex(customer.publicKeyHex));
    expect(toHex(shared)).toBe(h.channel.sharedSecretHex);
    const transcript = sha256(
      concat(
        ascii('HSPOS-MO/1 transcript'),
        new Uint8Array([0]),
        b64(h.ids.sessionId),
        hex(merchant.publicKeyHex),
        hex(customer.publicKeyHex),
      ),
    );
    expect(toHex(transcript)).toBe(h.channel.transcriptHex);
    const m2c = hkdf(sha256, shared, transcript, ascii('HSPOS-MO/1 m2c'), 32);
    const c2m = hkdf(sha256, shared, transcript, ascii('HSPOS-MO/1 c2m'), 32);
    expect([toHex(m2c), toHex(c2m)]).toEqual([h.channel.m2cKeyHex, h.channel.c2mKeyHex]);
  });

  it('every frame opens with nonce 0^4 || u64be(seq), aad transcript || dir || u64be(seq)', () => {
    const transcript = hex(h.channel.transcriptHex);
    for (const frame of [...h.frames, ...h.alternativeFrames]) {
      const direction = frame.direction === 'm2c' ? 1 : 2;
      const key = hex(frame.direction === 'm2c' ? h.channel.m2cKeyHex : h.channel.c2mKeyHex);
      const nonce = concat(new Uint8Array(4), u64be(frame.seq));
      const aad = concat(transcript, new Uint8Array([direction]), u64be(frame.seq));
      expect([toHex(nonce), toHex(aad)]).toEqual([frame.nonceHex, frame.aadHex]);
      const box = toB64(hex(frame.boxHex));
      expect(frame.frame).toEqual({ sid: h.ids.sessionId, seq: frame.seq, box });
      const plaintext = chacha20poly1305(key, nonce, aad).decrypt(hex(frame.boxHex));
      const decoded = new TextDecoder().decode(plaintext);
      expect(decoded).toBe(frame.plaintext);
      expect(sortedJson(JSON.parse(decoded))).toBe(decoded);
    }
    expect(h.frames.map((frame) => [frame.name, frame.direction, frame.seq])).toEqual([
      ['request', 'm2c', 0],
      ['authorization', 'c2m', 0],
      ['receipt', 'm2c', 1],
    ]);
  });

  it('every signature covers tag || 0x00 || canonical body and every hash the document', () => {
    const signers = [
      [h.deviceCertificate, h.keys.server, 'HSPOS/1 device-certificate'],
      [h.paymentRequest, h.keys.device, 'HSPOS/1 payment-request'],
      [h.authorization, h.keys.wallet, 'HSPOS/1 authorization'],
      [h.receipt, h.keys.server, 'HSPOS/1 receipt'],
    ] as const;
    for (const [signed, signer, tag] of signers) {
      expect(signed.domainTag).toBe(tag);
      expect(sortedJson(signed.document.body)).toBe(signed.canonicalBody);
      const message = concat(ascii(tag), new Uint8Array([0]), ascii(signed.canonicalBody));
      expect(toHex(message)).toBe(signed.signedBytesHex);
      expect(toHex(b64(signed.document.signature))).toBe(signed.signatureHex);
      const publicKey = hex(signer.publicKeyHex);
      expect(ed25519.verify(hex(signed.signatureHex), message, publicKey)).toBe(true);
      expect(sortedJson(signed.document)).toBe(signed.canonicalDocument);
    }
    const hashOf = (canonical: string) => toB64(sha256(ascii(canonical)));
    expect(hashOf(h.paymentRequest.canonicalDocument)).toBe(h.paymentRequest.requestHash);
    expect(hashOf(h.authorization.canonicalDocument)).toBe(h.authorization.authorizationHash);
    expect(h.authorization.document.body.requestHash).toBe(h.paymentRequest.requestHash);
    expect(h.receipt.document.body.authorizationHash).toBe(h.authorization.authorizationHash);
  });
});
