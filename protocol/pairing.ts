// The pairing URI: what the console's QR code holds. It pins the console's ephemeral X25519
// key, so a phone that scanned it talks to that console and no one else.
//   hspos://pay?v=1&hub=<hub URL>&sid=<session id>&key=<X25519 public key>&exp=<ms>
import { z } from 'zod';
import { idSchema, publicKeySchema, timestampSchema } from './messages.ts';

export const PAIRING_URI_MAX_LENGTH = 512;
/** How long a QR code stays valid: long enough to scan and approve, short enough to be fresh. */
export const PAIRING_TTL_MS = 120_000;

export const pairingSchema = z.strictObject({
  versions: z.array(z.number().int().positive()).min(1).max(8),
  hubUrl: z
    .string()
    .max(256)
    .refine((value) => /^https?:\/\/[^\s]+$/.test(value), 'hub must be an http(s) URL'),
  sessionId: idSchema,
  merchantKey: publicKeySchema,
  expiresAt: timestampSchema,
});
export type Pairing = z.infer<typeof pairingSchema>;

export function formatPairingUri(pairing: Pairing): string {
  const query = new URLSearchParams({
    v: pairing.versions.join(','),
    hub: pairing.hubUrl,
    sid: pairing.sessionId,
    key: pairing.merchantKey,
    exp: String(pairing.expiresAt),
  });
  return `hspos://pay?${query.toString()}`;
}

export class PairingUriError extends Error {
  override name = 'PairingUriError';
}

/** Parses untrusted QR contents; throws PairingUriError with what is wrong. */
export function parsePairingUri(uri: string): Pairing {
  if (uri.length > PAIRING_URI_MAX_LENGTH) throw new PairingUriError('pairing URI too long');
  if (!uri.startsWith('hspos://pay?')) throw new PairingUriError('not a Handshake POS URI');
  const query = new URLSearchParams(uri.slice('hspos://pay?'.length));
  const parsed = pairingSchema.safeParse({
    versions: (query.get('v') ?? '').split(',').map(Number),
    hubUrl: query.get('hub') ?? '',
    sessionId: query.get('sid') ?? '',
    merchantKey: query.get('key') ?? '',
    expiresAt: Number(query.get('exp')),
  });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new PairingUriError(`invalid pairing URI field(s): ${fields}`);
  }
  return parsed.data;
}
