// Calls this console signs with its device key (pull, offline batches, refunds, catalog
// edits, invoices): the server checks the signature, the time and a fresh nonce, so every
// call is signed anew with the current clock; a retry is a new signature of the same payload.
import { type DeviceCall, type RandomSource, signDeviceCall } from '../../protocol/index.ts';
import { nodeSignatures } from '../../platform/node-signatures.ts';
import type { ConsoleIdentity } from './ledger.ts';

const SIGNATURES = nodeSignatures();

/** `payload` for the server procedure at `path` (e.g. 'payments.changes'), signed by the console. */
export function signAsConsole<TPayload>(
  identity: ConsoleIdentity,
  call: { path: string; payload: TPayload; nowMs: number; random: RandomSource },
): DeviceCall<TPayload> {
  return signDeviceCall({
    ...call,
    deviceId: identity.deviceId,
    secretKey: identity.deviceSecretKey,
    suite: SIGNATURES,
  });
}
