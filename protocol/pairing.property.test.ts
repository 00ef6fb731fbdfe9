// The QR code is untrusted input: whatever a camera reads, parsePairingUri either returns a
// valid pairing or throws PairingUriError, and what the console formats, the phone parses
// back to the same pairing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from './bytes.ts';
import {
  formatPairingUri,
  type Pairing,
  PAIRING_URI_MAX_LENGTH,
  PairingUriError,
  parsePairingUri,
} from './pairing.ts';

const pairingArbitrary: fc.Arbitrary<Pairing> = fc.record({
  versions: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }),
  hubUrl: fc.oneof(
    fc.webUrl({ validSchemes: ['http', 'https'], size: 'small' }),
    fc
      .tuple(fc.ipV4(), fc.integer({ min: 1, max: 65535 }))
      .map(([host, port]) => `http://${host}:${port}`),
  ),
  sessionId: fc.uint8Array({ minLength: 16, maxLength: 16 }).map(toBase64Url),
  merchantKey: fc.uint8Array({ minLength: 32, maxLength: 32 }).map(toBase64Url),
  expiresAt: fc.integer({ min: 0, max: 8_640_000_000_000_000 }),
});

const VALID: Pairing = {
  versions: [1],
  hubUrl: 'http://192.168.1.20:4201',
  sessionId: toBase64Url(new Uint8Array(16).fill(7)),
  merchantKey: toBase64Url(new Uint8Array(32).fill(9)),
  expiresAt: 1_767_225_720_000,
};
const VALID_URI = formatPairingUri(VALID);

/** Replaces one parameter's raw (already encoded) value in the valid URI. */
function withParameter(name: string, rawValue: string): string {
  return VALID_URI.replace(new RegExp(`([?&]${name}=)[^&]*`), `$1${rawValue}`);
}

function expectRefused(uri: string): void {
  expect(() => parsePairingUri(uri)).toThrow(PairingUriError);
}

describe('pairing URI (property)', () => {
  it('round-trips every valid pairing that fits in a QR code', () => {
    fc.assert(
      fc.property(pairingArbitrary, (pairing) => {
        fc.pre(pairing.hubUrl.length <= 256 && !/\s/.test(pairing.hubUrl));
        let uri: string;
        try {
          uri = formatPairingUri(pairing);
        } catch (error) {
          // Only a URI too long for the QR code may be refused here.
          expect(error).toBeInstanceOf(PairingUriError);
          return;
        }
        expect(uri.length).toBeLessThanOrEqual(PAIRING_URI_MAX_LENGTH);
        expect(parsePairingUri(uri)).toEqual(pairing);
      }),
      { numRuns: 200 },
    );
  });

  it('answers any text with a pairing or a PairingUriError, never another error', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 600 }),
      fc.string({ maxLength: 300 }).map((rest) => `hspos://pay?${rest}`),
      fc.webQueryParameters().map((query) => `hspos://pay?${query}`),
    );
    fc.assert(
      fc.property(text, (uri) => {
        try {
          parsePairingUri(uri);
        } catch (error) {
          expect(error).toBeInstanceOf(PairingUriError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses numbers in any but plain decimal form', () => {
    const bad = fc.constantFrom('', ' 1', '1 ', '+1', '-1', '0x1', '1e3', '1.0', '01', '1,', 'NaN');
    fc.assert(
      fc.property(bad, fc.constantFrom('v', 'exp'), (value, name) => {
        expectRefused(withParameter(name, encodeURIComponent(value)));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a missing or repeated parameter, a wrong prefix, and overlong text', () => {
    fc.assert(
      fc.property(fc.constantFrom('v', 'hub', 'sid', 'key', 'exp'), (name) => {
        const value = new URL(VALID_URI).searchParams.get(name)!;
        expectRefused(`${VALID_URI}&${name}=${encodeURIComponent(value)}`);
        const without = new URLSearchParams(VALID_URI.slice('hspos://pay?'.length));
        without.delete(name);
        expectRefused(`hspos://pay?${without.toString()}`);
      }),
      { numRuns: 20 },
    );
    expectRefused(VALID_URI.replace('hspos://pay?', 'hspos://pair?'));
    expectRefused(VALID_URI.replace('hspos://', 'https://'));
    expectRefused(`${VALID_URI}&pad=${'x'.repeat(PAIRING_URI_MAX_LENGTH)}`);
    // An unknown parameter is ignored: a later version may add one.
    expect(parsePairingUri(`${VALID_URI}&later=1`)).toEqual(VALID);
  });

  it('refuses session ids and keys of the wrong size or spelling', () => {
    const wrong = fc.oneof(
      fc.uint8Array({ maxLength: 40 }).filter((bytes) => bytes.length !== 16).map(toBase64Url),
      // Unused bits set, a foreign character, padding.
      fc.constantFrom(`${'A'.repeat(21)}B`, `${'A'.repeat(20)}+A`, `${'A'.repeat(22)}==`),
    );
    fc.assert(
      fc.property(wrong, (sessionId) => {
        expectRefused(withParameter('sid', encodeURIComponent(sessionId)));
      }),
      { numRuns: 50 },
    );
    expectRefused(withParameter('key', 'A'.repeat(42) + 'B'));
    expectRefused(withParameter('hub', encodeURIComponent('ftp://example.com')));
    expectRefused(withParameter('v', '0'));
  });
});
