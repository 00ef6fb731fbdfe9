// The secure channel between console (M) and phone (C) over the hub.
//
// transcript = SHA-256("HSPOS-MO/1 transcript" || 0x00 || sid || M's key || C's key)
// keys       = HKDF-SHA256(ikm = X25519(own secret, peer key), salt = transcript,
//                          info = "HSPOS-MO/1 m2c" | "HSPOS-MO/1 c2m", 32 bytes each)
// frame      = { sid, seq, box }, box = ChaCha20-Poly1305(key of the direction,
//                nonce = 0x00000000 || u64be(seq), aad = transcript || direction || u64be(seq),
//                canonical JSON of the message)
// A receiver accepts only seq = the next expected number; any other frame, or one whose tag
// fails, or whose plaintext is not the canonical JSON of a message, ends the channel for good
// (fail closed): no later frame is ever opened.
import { z } from 'zod';
import { canonicalJson } from './canonical.ts';
import {
  concatBytes,
  constantTimeEqual as equalBytes,
  fromBase64Url,
  fromUtf8,
  toBase64Url,
  u64be,
  utf8,
} from './bytes.ts';
import {
  aeadOpen,
  aeadSeal,
  AEAD_TAG_BYTES,
  hkdfSha256,
  sha256Bytes,
  x25519SharedSecret,
} from './crypto.ts';
import { idSchema, publicKeySchema } from './messages.ts';

export const MAX_FRAME_PLAINTEXT_BYTES = 16 * 1024;
/** A session never needs more frames than this; a peer that sends more is misbehaving. */
export const MAX_FRAMES_PER_DIRECTION = 16;
/** seq runs 0 .. MAX_FRAMES_PER_DIRECTION - 1. */
export const MAX_FRAME_SEQ = MAX_FRAMES_PER_DIRECTION - 1;

export const helloSchema = z.strictObject({
  type: z.literal('hello'),
  sid: idSchema,
  versions: z.array(z.number().int().positive()).min(1).max(8),
  key: publicKeySchema,
});
export type Hello = z.infer<typeof helloSchema>;

const maxBoxChars = Math.ceil(((MAX_FRAME_PLAINTEXT_BYTES + AEAD_TAG_BYTES) * 4) / 3);
export const frameSchema = z.strictObject({
  sid: idSchema,
  seq: z.number().int().nonnegative().max(MAX_FRAME_SEQ),
  box: z.string().min(1).max(maxBoxChars).regex(/^[A-Za-z0-9_-]+$/),
});
export type Frame = z.infer<typeof frameSchema>;

export type Direction = 'm2c' | 'c2m';
const DIRECTION_BYTE: Record<Direction, number> = { m2c: 1, c2m: 2 };

export interface ChannelSecrets {
  readonly transcript: Uint8Array;
  readonly m2cKey: Uint8Array;
  readonly c2mKey: Uint8Array;
}

export function channelTranscript(
  sessionId: string,
  merchantKey: Uint8Array,
  customerKey: Uint8Array,
): Uint8Array {
  return sha256Bytes(
    utf8('HSPOS-MO/1 transcript'),
    new Uint8Array([0]),
    fromBase64Url(sessionId),
    merchantKey,
    customerKey,
  );
}

export function deriveChannelSecrets(input: {
  sessionId: string;
  ownSecretKey: Uint8Array;
  merchantKey: Uint8Array;
  customerKey: Uint8Array;
  role: 'merchant' | 'customer';
}): ChannelSecrets {
  const peerKey = input.role === 'merchant' ? input.customerKey : input.merchantKey;
  const shared = x25519SharedSecret(input.ownSecretKey, peerKey);
  const transcript = channelTranscript(input.sessionId, input.merchantKey, input.customerKey);
  return {
    transcript,
    m2cKey: hkdfSha256(shared, transcript, 'HSPOS-MO/1 m2c', 32),
    c2mKey: hkdfSha256(shared, transcript, 'HSPOS-MO/1 c2m', 32),
  };
}

/** The AEAD nonce of frame `seq`: 4 zero bytes || u64be(seq). Exported for the vectors. */
export function frameNonce(seq: number): Uint8Array {
  return concatBytes(new Uint8Array(4), u64be(seq));
}

/** The AEAD associated data: transcript || direction byte (m2c 1, c2m 2) || u64be(seq). */
export function frameAssociatedData(
  transcript: Uint8Array,
  direction: Direction,
  seq: number,
): Uint8Array {
  return concatBytes(transcript, new Uint8Array([DIRECTION_BYTE[direction]]), u64be(seq));
}

const nonceFor = frameNonce;
const aadFor = frameAssociatedData;

export type OpenResult =
  | { readonly ok: true; readonly message: unknown }
  | { readonly ok: false; readonly why: string };

/** One side's view of the channel: seals outgoing frames and opens incoming ones, in order. */
export class SecureChannel {
  private sendSeq = 0;
  private receiveSeq = 0;
  private broken: string | null = null;
  private readonly sendDirection: Direction;
  private readonly receiveDirection: Direction;

  constructor(
    readonly sessionId: string,
    private readonly secrets: ChannelSecrets,
    role: 'merchant' | 'customer',
  ) {
    this.sendDirection = role === 'merchant' ? 'm2c' : 'c2m';
    this.receiveDirection = role === 'merchant' ? 'c2m' : 'm2c';
  }

  get failure(): string | null {
    return this.broken;
  }

  /** Ends the channel for good, e.g. when an authentic frame breaks the message order. */
  close(why: string): void {
    this.broken ??= why;
  }

  seal(message: unknown): Frame {
    if (this.broken) throw new Error(`channel closed: ${this.broken}`);
    const plaintext = utf8(canonicalJson(message));
    if (plaintext.length > MAX_FRAME_PLAINTEXT_BYTES) throw new RangeError('frame too large');
    if (this.sendSeq > MAX_FRAME_SEQ) throw new RangeError('too many frames');
    const seq = this.sendSeq++;
    const key = this.sendDirection === 'm2c' ? this.secrets.m2cKey : this.secrets.c2mKey;
    const aad = aadFor(this.secrets.transcript, this.sendDirection, seq);
    const box = aeadSeal(key, nonceFor(seq), plaintext, aad);
    return { sid: this.sessionId, seq, box: toBase64Url(box) };
  }

  open(untrusted: unknown): OpenResult {
    if (this.broken) return { ok: false, why: this.broken };
    const result = this.tryOpen(untrusted);
    if (!result.ok) this.broken = result.why;
    return result;
  }

  private tryOpen(untrusted: unknown): OpenResult {
    const parsed = frameSchema.safeParse(untrusted);
    if (!parsed.success) return { ok: false, why: 'malformed frame' };
    const frame = parsed.data;
    if (frame.sid !== this.sessionId) return { ok: false, why: 'frame for another session' };
    if (frame.seq !== this.receiveSeq) return { ok: false, why: 'frame out of order or replayed' };
    let sealed: Uint8Array;
    try {
      sealed = fromBase64Url(frame.box);
    } catch {
      return { ok: false, why: 'malformed frame' };
    }
    const key = this.receiveDirection === 'm2c' ? this.secrets.m2cKey : this.secrets.c2mKey;
    const aad = aadFor(this.secrets.transcript, this.receiveDirection, frame.seq);
    const plaintext = aeadOpen(key, nonceFor(frame.seq), sealed, aad);
    if (!plaintext) return { ok: false, why: 'frame failed authentication' };
    this.receiveSeq++;
    return parseCanonical(plaintext);
  }
}

/**
 * One message has one encoding: the plaintext must be exactly the canonical JSON of what it
 * parses to. This refuses duplicate keys (which parsers resolve differently), white space,
 * floats and a BOM, so sender and receiver can never disagree about what was said.
 */
function parseCanonical(plaintext: Uint8Array): OpenResult {
  let message: unknown;
  try {
    message = JSON.parse(fromUtf8(plaintext));
  } catch {
    return { ok: false, why: 'frame is not JSON' };
  }
  try {
    if (!equalBytes(utf8(canonicalJson(message)), plaintext)) {
      return { ok: false, why: 'frame is not canonical JSON' };
    }
  } catch {
    return { ok: false, why: 'frame is not canonical JSON' };
  }
  return { ok: true, message };
}
