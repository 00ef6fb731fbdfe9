// Authenticates a console device's signed call (protocol/device-call.ts): the device must
// be enrolled and active, the envelope fresh and signed by its enrolled key, and the nonce
// new. The nonce is recorded in its own small transaction, before the procedure runs, so a
// captured envelope cannot be played again even if the procedure itself rejects it.
import { eq, lt } from 'drizzle-orm';
import {
  DEVICE_CALL_MAX_SKEW_MS,
  type DeviceCall,
  verifyDeviceCall,
} from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import type { Actor } from './actors.ts';
import type { DomainEnv } from './settings.ts';

export function authenticateDeviceCall(
  env: DomainEnv,
  path: string,
  call: DeviceCall<unknown>,
): Extract<Actor, { role: 'device' }> {
  const device = env.db
    .select()
    .from(schema.devices)
    .where(eq(schema.devices.id, call.deviceId))
    .get();
  if (!device) throw reject('unauthenticated', 'unknown device');
  const nowMs = env.runtime.clock.nowMs();
  const check = verifyDeviceCall({
    path,
    call,
    devicePublicKey: device.publicKey,
    nowMs,
    suite: env.runtime.signatures,
  });
  if (check === 'bad_signature')
    throw reject('unauthenticated', 'the device signature does not verify');
  if (check === 'stale')
    throw reject('stale_signature', 'the call was signed too long ago or ahead');
  // Checked after the signature, so only the device itself learns it was revoked.
  if (device.status !== 'active') throw reject('device_revoked', 'this device was revoked');
  const fresh = env.db.transaction(
    (tx) => {
      // Nonces older than the window can never verify again; forget them.
      tx.delete(schema.deviceCallNonces)
        .where(lt(schema.deviceCallNonces.signedAt, nowMs - 2 * DEVICE_CALL_MAX_SKEW_MS))
        .run();
      const inserted = tx
        .insert(schema.deviceCallNonces)
        .values({ deviceId: device.id, nonce: call.nonce, signedAt: call.signedAt })
        .onConflictDoNothing()
        .run();
      return inserted.changes === 1;
    },
    { behavior: 'immediate' },
  );
  if (!fresh) throw reject('replayed_call', 'this call was already received; sign a retry anew');
  return { role: 'device', deviceId: device.id, merchantId: device.merchantId };
}
