// Administrators and merchant owners: scrypt passwords, and sessions whose random token is
// handed out once and stored only as its SHA-256. A wrong password, an unknown user and a
// throttled account all cost one scrypt, so timing tells nothing about which it was.
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { sha256Bytes, toBase64Url, toHex, utf8 } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import type { SessionRole } from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId } from '../runtime.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.ts';
import type { DomainEnv } from './settings.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Wrong passwords in a row before each next try must wait (doubling, up to 15 minutes). */
export const LOGIN_FREE_FAILURES = 5;
const MAX_LOGIN_DELAY_MS = 15 * 60 * 1000;

export function loginDelayMs(failures: number): number {
  if (failures < LOGIN_FREE_FAILURES) return 0;
  return Math.min(MAX_LOGIN_DELAY_MS, 1000 * 2 ** Math.min(failures - LOGIN_FREE_FAILURES, 20));
}

function tokenHash(token: string): string {
  return toHex(sha256Bytes(utf8(token)));
}

export interface SessionGrant {
  readonly token: string;
  readonly role: SessionRole;
  readonly expiresAt: number;
}

function openSession(env: DomainEnv, role: SessionRole, subjectId: string): SessionGrant {
  const nowMs = env.runtime.clock.nowMs();
  const token = toBase64Url(env.runtime.random(32));
  const expiresAt = nowMs + SESSION_TTL_MS;
  env.db.transaction(
    (tx) => {
      tx.delete(schema.sessions).where(lt(schema.sessions.expiresAt, nowMs)).run();
      tx.insert(schema.sessions)
        .values({ tokenHash: tokenHash(token), role, subjectId, createdAt: nowMs, expiresAt })
        .run();
    },
    { behavior: 'immediate' },
  );
  return { token, role, expiresAt };
}

export async function createAdministrator(
  env: DomainEnv,
  input: { username: string; password: string },
): Promise<{ administratorId: string }> {
  const passwordHash = await hashPassword(input.password);
  return env.db.transaction(
    (tx) => {
      const taken = tx
        .select({ id: schema.administrators.id })
        .from(schema.administrators)
        .where(eq(schema.administrators.username, input.username))
        .get();
      if (taken) throw reject('username_taken', 'that username is taken');
      const administratorId = newId(env.runtime.random);
      tx.insert(schema.administrators)
        .values({
          id: administratorId,
          username: input.username,
          passwordHash,
          createdAt: env.runtime.clock.nowMs(),
        })
        .run();
      return { administratorId };
    },
    { behavior: 'immediate' },
  );
}

/** The first administrator, from the server's configuration; a no-op once any exists. */
export async function bootstrapAdministrator(
  env: DomainEnv,
  input: { username: string; password: string },
): Promise<boolean> {
  const existing = env.db
    .select({ id: schema.administrators.id })
    .from(schema.administrators)
    .limit(1)
    .get();
  if (existing) return false;
  await createAdministrator(env, input);
  return true;
}

interface Credential {
  readonly passwordHash: string;
  readonly failedLogins: number;
  readonly lastFailedLoginAt: number | null;
}

/** Checks a password against a credential row (or a decoy), with throttling. */
async function checkCredential(
  env: DomainEnv,
  credential: Credential | undefined,
  password: string,
  recordFailure: () => void,
): Promise<void> {
  const nowMs = env.runtime.clock.nowMs();
  const verified = await verifyPassword(
    password,
    credential?.passwordHash ?? (await decoyPasswordHash()),
  );
  if (!credential) throw reject('login_failed', 'wrong username or password');
  const waitUntil = (credential.lastFailedLoginAt ?? 0) + loginDelayMs(credential.failedLogins);
  if (nowMs < waitUntil) throw reject('login_throttled', 'too many wrong passwords; wait a moment');
  if (!verified) {
    recordFailure();
    throw reject('login_failed', 'wrong username or password');
  }
}

export async function loginAdministrator(
  env: DomainEnv,
  input: { username: string; password: string },
): Promise<SessionGrant> {
  const table = schema.administrators;
  const row = env.db.select().from(table).where(eq(table.username, input.username)).get();
  await checkCredential(env, row, input.password, () => {
    env.db
      .update(table)
      .set({
        failedLogins: sql`${table.failedLogins} + 1`,
        lastFailedLoginAt: env.runtime.clock.nowMs(),
      })
      .where(eq(table.id, row!.id))
      .run();
  });
  env.db
    .update(table)
    .set({ failedLogins: 0, lastFailedLoginAt: null })
    .where(eq(table.id, row!.id))
    .run();
  return openSession(env, 'administrator', row!.id);
}

export async function loginMerchantOwner(
  env: DomainEnv,
  input: { merchantId: string; password: string },
): Promise<SessionGrant> {
  const table = schema.merchantOwners;
  const row = env.db.select().from(table).where(eq(table.merchantId, input.merchantId)).get();
  await checkCredential(env, row, input.password, () => {
    env.db
      .update(table)
      .set({
        failedLogins: sql`${table.failedLogins} + 1`,
        lastFailedLoginAt: env.runtime.clock.nowMs(),
      })
      .where(eq(table.merchantId, input.merchantId))
      .run();
  });
  env.db
    .update(table)
    .set({ failedLogins: 0, lastFailedLoginAt: null })
    .where(eq(table.merchantId, input.merchantId))
    .run();
  return openSession(env, 'merchant_owner', input.merchantId);
}

/** Sets (or resets) a merchant owner's password; the owner's open sessions end. */
export async function setOwnerPassword(
  env: DomainEnv,
  input: { merchantId: string; password: string },
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  env.db.transaction(
    (tx) => {
      const merchant = tx
        .select({ id: schema.merchants.id })
        .from(schema.merchants)
        .where(eq(schema.merchants.id, input.merchantId))
        .get();
      if (!merchant) throw reject('not_found', 'no such merchant');
      const nowMs = env.runtime.clock.nowMs();
      tx.insert(schema.merchantOwners)
        .values({ merchantId: input.merchantId, passwordHash, updatedAt: nowMs })
        .onConflictDoUpdate({
          target: schema.merchantOwners.merchantId,
          set: { passwordHash, updatedAt: nowMs, failedLogins: 0, lastFailedLoginAt: null },
        })
        .run();
      tx.delete(schema.sessions)
        .where(
          and(
            eq(schema.sessions.role, 'merchant_owner'),
            eq(schema.sessions.subjectId, input.merchantId),
          ),
        )
        .run();
    },
    { behavior: 'immediate' },
  );
}

export interface Session {
  readonly role: SessionRole;
  readonly subjectId: string;
  readonly expiresAt: number;
}

/** The live session a bearer token names, or null when it is unknown or expired. */
export function resolveSession(env: DomainEnv, token: string): Session | null {
  const row = env.db
    .select()
    .from(schema.sessions)
    .where(
      and(
        eq(schema.sessions.tokenHash, tokenHash(token)),
        gt(schema.sessions.expiresAt, env.runtime.clock.nowMs()),
      ),
    )
    .get();
  return row ? { role: row.role, subjectId: row.subjectId, expiresAt: row.expiresAt } : null;
}

export function logout(env: DomainEnv, token: string): void {
  env.db
    .delete(schema.sessions)
    .where(eq(schema.sessions.tokenHash, tokenHash(token)))
    .run();
}
