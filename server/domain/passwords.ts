// Password hashing with scrypt (node:crypto), in a self-describing format so the cost can
// rise later without invalidating stored hashes:
//   scrypt$<log2 N>$<r>$<p>$<salt base64url>$<key base64url>
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// N = 2^15 with r = 8: 32 MiB and tens of milliseconds per hash, so a login costs the server
// little while each guess costs an attacker the same.
const LOG2_COST = 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Above scrypt's own 32 MiB default, which N = 2^15, r = 8 just reaches. */
const MAX_MEMORY_BYTES = 128 * 1024 * 1024;

function derive(
  password: string,
  salt: Buffer,
  log2Cost: number,
  blockSize: number,
  parallelism: number,
) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_BYTES,
      { N: 2 ** log2Cost, r: blockSize, p: parallelism, maxmem: MAX_MEMORY_BYTES },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, LOG2_COST, BLOCK_SIZE, PARALLELISM);
  return [
    'scrypt',
    LOG2_COST,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** A hash of nothing, to spend the same time when the user does not exist. */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return decoyHash;
}

/** Constant-time comparison of the derived key; false for any malformed stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [log2Cost, blockSize, parallelism] = parts.slice(1, 4).map(Number) as [
    number,
    number,
    number,
  ];
  if (
    ![log2Cost, blockSize, parallelism].every((value) => Number.isSafeInteger(value) && value > 0)
  )
    return false;
  if (log2Cost > 20) return false;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const expected = Buffer.from(parts[5]!, 'base64url');
  const actual = await derive(password, salt, log2Cost, blockSize, parallelism);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
