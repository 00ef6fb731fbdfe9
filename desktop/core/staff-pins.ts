// PIN hashing for the people who sign in on this console: salted scrypt (node:crypto), the
// derived key compared in constant time. A PIN has few digits, so the hash alone does not
// protect it; the throttle and lock in staff.ts are what stop a guesser at the till.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** scrypt cost: ~30 ms per check here, so a sign-in with a handful of staff stays quick. */
const LOG2_COST = 14;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/** 4 to 8 digits: short enough to type at a queue, long enough to choose a private one. */
const PIN_PATTERN = /^\d{4,8}$/;

/** A typed PIN, as the console's procedures take it (sign-in, staff, an owner's approval). */
export const pinSchema = z.string().regex(PIN_PATTERN, 'A PIN is 4 to 8 digits.');

function derive(pin: string, salt: Buffer, log2Cost: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      pin,
      salt,
      KEY_BYTES,
      { N: 2 ** log2Cost, r: BLOCK_SIZE, p: PARALLELISM, maxmem: 64 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPin(pin: string): Promise<string> {
  if (!PIN_PATTERN.test(pin)) throw new Error('a PIN is 4 to 8 digits');
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(pin, salt, LOG2_COST);
  return ['scrypt', LOG2_COST, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `pin` matches; false for a malformed stored hash (never throws on content). */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== 'scrypt') return false;
  const log2Cost = Number(parts[1]);
  if (!Number.isSafeInteger(log2Cost) || log2Cost < 10 || log2Cost > 20) return false;
  const salt = Buffer.from(parts[2]!, 'base64url');
  const expected = Buffer.from(parts[3]!, 'base64url');
  if (expected.length !== KEY_BYTES) return false;
  const key = await derive(pin, salt, log2Cost);
  return timingSafeEqual(key, expected);
}
