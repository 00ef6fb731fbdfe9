// Settings fixed at the first start of a database (see serverSettings in the schema), and
// the environment every domain function runs in.
import { eq } from 'drizzle-orm';
import { toBase64Url } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import type { Runtime } from '../runtime.ts';
import type { ServerKey } from './keys.ts';
import type { ServerDb } from './ledger.ts';

export interface ServerSettings {
  /** The business time zone as a fixed offset: days and hours in reports and statements. */
  readonly utcOffsetMinutes: number;
  /** Derives gift-certificate codes, so an idempotent retry can show a batch's codes again. */
  readonly giftCodeKey: Uint8Array;
}

/** What every domain function needs: the database, effects, the signing key, settings. */
export interface DomainEnv {
  readonly db: ServerDb;
  readonly runtime: Runtime;
  readonly serverKey: ServerKey;
  readonly settings: ServerSettings;
}

function readOrWrite(db: ServerDb, key: string, initial: () => string): string {
  const row = db
    .select()
    .from(schema.serverSettings)
    .where(eq(schema.serverSettings.key, key))
    .get();
  if (row) return row.value;
  const value = initial();
  db.insert(schema.serverSettings).values({ key, value }).onConflictDoNothing().run();
  // Another process may have won the race; read back what is stored.
  return db.select().from(schema.serverSettings).where(eq(schema.serverSettings.key, key)).get()!
    .value;
}

export function loadSettings(
  db: ServerDb,
  runtime: Runtime,
  defaults: { utcOffsetMinutes: number },
): ServerSettings {
  const offset = readOrWrite(db, 'utc_offset_minutes', () => String(defaults.utcOffsetMinutes));
  const giftKey = readOrWrite(db, 'gift_code_key', () => toBase64Url(runtime.random(32)));
  return {
    utcOffsetMinutes: Number(offset),
    giftCodeKey: Uint8Array.from(Buffer.from(giftKey, 'base64url')),
  };
}
