// The pairing URI: what the console's QR code holds. It pins the console's ephemeral X25519
// key, so a phone that scanned it talks to that console and no one else.
//   hspos://pay?v=1&hub=<hub URL>&sid=<session id>&key=<X25519 public key>&exp=<ms>
// Parameters are application/x-www-form-urlencoded (URLSearchParams); each known one must
// appear exactly once; unknown ones are ignored so a later version can add parameters
// without breaking phones that speak only v1 (the `v` list says which versions apply).
import { z } from 'zod';
import { idSchema, publicKeySchema, timestampSchema } from './messages.ts';

export const PAIRING_URI_MAX_LENGTH = 512;
/** How long a QR code stays valid: long enough to scan and approve, short enough to be fresh. */
export const PAIRING_TTL_MS = 120_000;
export const PAIRING_URI_PREFIX = 'hspos://pay?';
const PAIRING_PARAMETERS = ['v', 'hub', 'sid', 'key', 'exp'] as const;

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

export class PairingUriError extends Error {
  override name = 'PairingUriError';
}

/** Refuses a pairing that the phone would refuse, so a console never shows a dead QR. */
export function formatPairingUri(pairing: Pairing): string {
  const parsed = pairingSchema.safeParse(pairing);
  if (!parsed.success) throw new PairingUriError(`invalid pairing: ${fieldsOf(parsed.error)}`);
  const query = new URLSearchParams({
    v: pairing.versions.join(','),
    hub: pairing.hubUrl,
    sid: pairing.sessionId,
    key: pairing.merchantKey,
    exp: String(pairing.expiresAt),
  });
  const uri = `${PAIRING_URI_PREFIX}${query.toString()}`;
  if (uri.length > PAIRING_URI_MAX_LENGTH) throw new PairingUriError('pairing URI too long');
  return uri;
}

/**
 * A decimal integer exactly as formatPairingUri writes it. Number() alone would also take
 * " 1", "0x1", "1e3" and "" (as 0): more than one text for one value.
 */
function parseDecimal(text: string): number {
  return /^(0|[1-9][0-9]{0,15})$/.test(text) ? Number(text) : Number.NaN;
}

function fieldsOf(error: z.ZodError): string {
  return error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
}

/** Parses untrusted QR contents; throws PairingUriError with what is wrong. */
export function parsePairingUri(uri: string): Pairing {
  if (uri.length > PAIRING_URI_MAX_LENGTH) throw new PairingUriError('pairing URI too long');
  if (!uri.startsWith(PAIRING_URI_PREFIX)) throw new PairingUriError('not a Handshake POS URI');
  const query = new URLSearchParams(uri.slice(PAIRING_URI_PREFIX.length));
  for (const name of PAIRING_PARAMETERS) {
    const count = query.getAll(name).length;
    if (count !== 1) throw new PairingUriError(`parameter ${name} appears ${count} times`);
  }
  const parsed = pairingSchema.safeParse({
    versions: (query.get('v') ?? '').split(',').map(parseDecimal),
    hubUrl: query.get('hub') ?? '',
    sessionId: query.get('sid') ?? '',
    merchantKey: query.get('key') ?? '',
    expiresAt: parseDecimal(query.get('exp') ?? ''),
  });
  if (!parsed.success) {
    throw new PairingUriError(`invalid pairing URI field(s): ${fieldsOf(parsed.error)}`);
  }
  return parsed.data;
}
