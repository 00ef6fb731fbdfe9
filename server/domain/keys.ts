// The server's signing key: made on first start, then loaded.
import { desc } from 'drizzle-orm';
import { ed25519KeyPair, fromBase64Url, toBase64Url } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { newId, type Runtime } from '../runtime.ts';
import type { ServerDb } from './ledger.ts';

export interface ServerKey {
  readonly id: string;
  readonly publicKey: string;
  readonly secretKey: Uint8Array;
}

export function loadOrCreateServerKey(db: ServerDb, runtime: Runtime): ServerKey {
  const existing = db
    .select()
    .from(schema.serverKeys)
    .orderBy(desc(schema.serverKeys.createdAt))
    .limit(1)
    .get();
  if (existing) {
    return {
      id: existing.id,
      publicKey: existing.publicKey,
      secretKey: fromBase64Url(existing.secretKey),
    };
  }
  const pair = ed25519KeyPair(runtime.random);
  const key = {
    id: newId(runtime.random),
    publicKey: toBase64Url(pair.publicKey),
    secretKey: pair.secretKey,
  };
  db.insert(schema.serverKeys)
    .values({
      id: key.id,
      publicKey: key.publicKey,
      secretKey: toBase64Url(key.secretKey),
      createdAt: runtime.clock.nowMs(),
    })
    .run();
  return key;
}
