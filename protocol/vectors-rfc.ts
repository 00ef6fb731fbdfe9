// Known-answer vectors from the RFCs, run through this library's own functions, plus small
// vectors for the two encodings another implementation most often gets subtly wrong
// (canonical JSON and unpadded base64url). Pure: fixed inputs only, so the output never
// changes unless the library does. Written to docs/protocol-vectors.json by
// scripts/protocol-vectors.ts and checked by protocol/vectors.test.ts.
import { fromHex, toBase64Url, toHex, utf8 } from './bytes.ts';
import { canonicalJson, type CanonicalValue } from './canonical.ts';
import {
  ed25519PublicKey,
  nobleSignatures,
  type RandomSource,
  x25519KeyPair,
  x25519SharedSecret,
} from './crypto.ts';
import { otpForStep, otpStepAt } from './otp.ts';

/**
 * Hands out fixed byte strings in order. A draw of another length throws, so a change in
 * the order in which the state machines draw randomness is caught, not silently absorbed.
 */
export function scriptedRandom(draws: readonly Uint8Array[]): RandomSource {
  let next = 0;
  return (length) => {
    const draw = draws[next++];
    if (!draw || draw.length !== length) {
      throw new RangeError(`scripted random: draw ${next - 1} of ${length} bytes not scripted`);
    }
    return draw.slice();
  };
}

/** RFC 6238 Appendix B, the SHA-1 rows: the seed is the ASCII string below. */
const RFC6238_SECRET_ASCII = '12345678901234567890';
const RFC6238_TIMES_SECONDS = [59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000];

function rfc6238Vectors() {
  const secret = utf8(RFC6238_SECRET_ASCII);
  return {
    source: 'RFC 6238 Appendix B (SHA1 rows), through otpForStep with digits = 8',
    secretAscii: RFC6238_SECRET_ASCII,
    secretHex: toHex(secret),
    algorithm: 'sha1',
    digits: 8,
    periodSeconds: 30,
    cases: RFC6238_TIMES_SECONDS.map((timeSeconds) => {
      const step = otpStepAt(timeSeconds * 1000);
      return {
        timeSeconds,
        step,
        stepHex: step.toString(16).toUpperCase().padStart(16, '0'),
        otp: otpForStep(secret, step, { digits: 8 }),
      };
    }),
  };
}

/** RFC 8032 §7.1 TEST 1: the empty message. */
const RFC8032_TEST1_SECRET_HEX = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';

function rfc8032Vectors() {
  const secretKey = fromHex(RFC8032_TEST1_SECRET_HEX);
  const message = new Uint8Array(0);
  const publicKey = ed25519PublicKey(secretKey);
  const signature = nobleSignatures.sign(message, secretKey);
  return {
    source: 'RFC 8032 §7.1 TEST 1, through ed25519PublicKey and nobleSignatures',
    secretKeyHex: RFC8032_TEST1_SECRET_HEX,
    publicKeyHex: toHex(publicKey),
    messageHex: '',
    signatureHex: toHex(signature),
    verifies: nobleSignatures.verify(signature, message, publicKey),
  };
}

/** RFC 7748 §6.1: Alice's and Bob's private keys. */
const RFC7748_ALICE_SECRET_HEX = '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a';
const RFC7748_BOB_SECRET_HEX = '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb';

function rfc7748Vectors() {
  const alice = x25519KeyPair(scriptedRandom([fromHex(RFC7748_ALICE_SECRET_HEX)]));
  const bob = x25519KeyPair(scriptedRandom([fromHex(RFC7748_BOB_SECRET_HEX)]));
  return {
    source: 'RFC 7748 §6.1, through x25519KeyPair and x25519SharedSecret',
    alicePrivateKeyHex: RFC7748_ALICE_SECRET_HEX,
    alicePublicKeyHex: toHex(alice.publicKey),
    bobPrivateKeyHex: RFC7748_BOB_SECRET_HEX,
    bobPublicKeyHex: toHex(bob.publicKey),
    sharedSecretHex: toHex(x25519SharedSecret(alice.secretKey, bob.publicKey)),
    sharedSecretFromBobHex: toHex(x25519SharedSecret(bob.secretKey, alice.publicKey)),
  };
}

/**
 * Inputs chosen to catch the usual mistakes: unsorted keys, escaped "/", escaped non-ASCII,
 * lower- vs upper-case \u escapes, large integers, and keys sorted by code points where
 * UTF-16 code units are required ("😀" is D83D DE00 in UTF-16, so it sorts before "ｚ"
 * U+FF5A, although its code point U+1F600 is larger).
 */
const CANONICAL_JSON_INPUTS: readonly CanonicalValue[] = [
  { b: 1, a: 2, A: 3, '': 4 },
  { z: [3, 2, 1], m: { y: true, x: null }, a: false },
  { text: 'a/b "q" \\ é 한 \u0001 \u001f \n\t', small: -9007199254740991, big: 9007199254740991 },
  { ｚ: 1, '😀': 2, é: 3, e: 4 },
  [],
  {},
];

function canonicalJsonVectors() {
  return CANONICAL_JSON_INPUTS.map((value) => {
    const canonical = canonicalJson(value);
    return { value, canonical, utf8Hex: toHex(utf8(canonical)) };
  });
}

function base64UrlVectors() {
  const inputs = ['', '00', '0001', '000102', 'fbff', 'fbffbf', 'ffffffff'];
  return inputs.map((hex) => ({ hex, base64url: toBase64Url(fromHex(hex)) }));
}

export function buildRfcVectors() {
  return {
    rfc6238: rfc6238Vectors(),
    rfc8032Test1: rfc8032Vectors(),
    rfc7748: rfc7748Vectors(),
    canonicalJson: canonicalJsonVectors(),
    base64url: base64UrlVectors(),
  };
}
