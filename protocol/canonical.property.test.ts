// The two encodings every signature and hash depends on. Canonical JSON must give one text
// per value whatever the key order, and refuse what another implementation could not
// reproduce; base64url must round-trip and accept exactly one text per byte string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './bytes.ts';
import { CanonicalEncodingError, canonicalJson, type CanonicalValue } from './canonical.ts';
import { idSchema, publicKeySchema } from './messages.ts';

const keyArbitrary = fc.string({ unit: 'binary', maxLength: 6 });

const { value: canonicalArbitrary } = fc.letrec<{ value: CanonicalValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.maxSafeInteger(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keyArbitrary, tie('value'), { maxKeys: 5, noNullPrototype: true }),
  ),
}));

/** The same value with every object's keys inserted in another order (seeded shuffle). */
function reorder(value: CanonicalValue, seed: number): CanonicalValue {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: CanonicalValue) => reorder(item, seed + 1));
  const entries = Object.entries(value as Record<string, CanonicalValue>);
  let state = seed >>> 0;
  for (let index = entries.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const other = state % (index + 1);
    [entries[index], entries[other]] = [entries[other]!, entries[index]!];
  }
  const out: Record<string, CanonicalValue> = {};
  for (const [key, item] of entries) {
    Object.defineProperty(out, key, {
      value: reorder(item, seed + 7),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** The oracle: JSON.stringify with keys sorted by UTF-16 code units. */
function sortedStringify(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) {
      Object.defineProperty(sorted, key, {
        value: (item as Record<string, unknown>)[key],
        enumerable: true,
      });
    }
    return sorted;
  });
}

/** Puts `poison` somewhere inside `value`. */
function embed(value: CanonicalValue, poison: unknown, where: number): unknown {
  if (where % 3 === 0) return [value, poison];
  if (where % 3 === 1) return { a: value, b: { c: [poison] } };
  return poison;
}

describe('canonical JSON (property)', () => {
  it('is the same text whatever order the keys were inserted in', () => {
    fc.assert(
      fc.property(canonicalArbitrary, fc.nat(), (value, seed) => {
        expect(canonicalJson(reorder(value, seed))).toBe(canonicalJson(value));
      }),
      { numRuns: 200 },
    );
  });

  it('equals sorted-key JSON.stringify, parses back to the value, and is a fixed point', () => {
    fc.assert(
      fc.property(canonicalArbitrary, (value) => {
        const text = canonicalJson(value);
        expect(text).toBe(sortedStringify(value));
        expect(JSON.parse(text)).toEqual(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses floats, NaN, infinities, unsafe integers and undefined anywhere', () => {
    const poison = fc.oneof(
      fc.double().filter((number) => !Number.isSafeInteger(number)),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), undefined),
    );
    fc.assert(
      fc.property(canonicalArbitrary, poison, fc.nat(), (value, bad, where) => {
        expect(() => canonicalJson(embed(value, bad, where))).toThrow(CanonicalEncodingError);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses lone surrogates, sparse arrays and non-plain objects', () => {
    const surrogate = fc
      .integer({ min: 0xd800, max: 0xdfff })
      .map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string(), surrogate, fc.string(), (before, lone, after) => {
        const text = before + lone + after;
        expect(() => canonicalJson({ text })).toThrow(CanonicalEncodingError);
        expect(() => canonicalJson({ [lone]: 1 })).toThrow(CanonicalEncodingError);
      }),
      { numRuns: 100 },
    );
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    for (const bad of [sparse, new Date(0), new Uint8Array(2), new Map(), 1n, () => 1]) {
      expect(() => canonicalJson({ bad })).toThrow(CanonicalEncodingError);
    }
  });
});

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('base64url (property)', () => {
  it('round-trips any bytes and matches RFC 4648 §5 without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a second spelling of the same bytes (non-zero unused bits)', () => {
    const unevenBytes = fc
      .uint8Array({ minLength: 1, maxLength: 40 })
      .filter((bytes) => bytes.length % 3 !== 0);
    fc.assert(
      fc.property(unevenBytes, fc.nat(), (bytes, noise) => {
        const text = toBase64Url(bytes);
        const spareBits = bytes.length % 3 === 1 ? 4 : 2;
        const spare = (noise % (2 ** spareBits - 1)) + 1;
        const last = ALPHABET.indexOf(text.at(-1)!);
        const respelled = text.slice(0, -1) + ALPHABET[last | spare];
        expect(() => fromBase64Url(respelled)).toThrow(RangeError);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses padding, foreign characters and impossible lengths', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 40 }),
        fc.constantFrom('=', '+', '/', ' ', '.', '\n', 'é'),
        fc.nat(),
        (bytes, foreign, at) => {
          const text = toBase64Url(bytes);
          const position = at % (text.length + 1);
          const withForeign = text.slice(0, position) + foreign + text.slice(position);
          expect(() => fromBase64Url(withForeign)).toThrow(RangeError);
          const impossible = text + 'A'.repeat((5 - (text.length % 4)) % 4);
          expect(impossible.length % 4).toBe(1);
          expect(() => fromBase64Url(impossible)).toThrow(RangeError);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('ids and keys in documents accept only the canonical spelling', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.nat(), (bytes, noise) => {
        const text = toBase64Url(bytes);
        expect(idSchema.safeParse(text).success).toBe(true);
        const last = ALPHABET.indexOf(text.at(-1)!);
        const respelled = text.slice(0, -1) + ALPHABET[last | ((noise % 15) + 1)];
        expect(idSchema.safeParse(respelled).success).toBe(false);
      }),
      { numRuns: 100 },
    );
    expect(publicKeySchema.safeParse(toBase64Url(new Uint8Array(32))).success).toBe(true);
    expect(publicKeySchema.safeParse(`${'A'.repeat(42)}B`).success).toBe(false);
  });
});
