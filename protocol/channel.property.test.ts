// The secure channel fails closed: any altered, replayed, reordered or misdirected frame is
// refused, and after the first refusal no frame is ever opened again, not even a genuine
// one. Checked on bare channels (many runs, cheap) and through the two state machines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './bytes.ts';
import {
  deriveChannelSecrets,
  type Frame,
  MAX_FRAMES_PER_DIRECTION,
  SecureChannel,
} from './channel.ts';
import { x25519KeyPair } from './crypto.ts';
import { pairSessions, seededRandom, testParties, TEST_NOW_MS } from './fixtures.ts';

const random = seededRandom(42, 'channel property');
const merchantEphemeral = x25519KeyPair(random);
const customerEphemeral = x25519KeyPair(random);
const sessionId = toBase64Url(random(16));
const otherSessionId = toBase64Url(random(16));
const secrets = deriveChannelSecrets({
  sessionId,
  ownSecretKey: merchantEphemeral.secretKey,
  merchantKey: merchantEphemeral.publicKey,
  customerKey: customerEphemeral.publicKey,
  role: 'merchant',
});

/** A merchant sender and a customer receiver sharing one session's keys. */
function channelPair() {
  return {
    sender: new SecureChannel(sessionId, secrets, 'merchant'),
    receiver: new SecureChannel(sessionId, secrets, 'customer'),
  };
}

const messageArbitrary = fc.record({ type: fc.constant('note'), text: fc.string(), n: fc.nat() });
const messagesArbitrary = fc.array(messageArbitrary, { minLength: 1, maxLength: 6 });

type Tamper =
  | { readonly kind: 'flip'; readonly bit: number }
  | { readonly kind: 'seq'; readonly delta: number }
  | { readonly kind: 'sid' }
  | { readonly kind: 'truncate'; readonly bytes: number };

const tamperArbitrary: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), bit: fc.nat() }),
  fc.record({ kind: fc.constant('seq' as const), delta: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('sid' as const) }),
  fc.record({ kind: fc.constant('truncate' as const), bytes: fc.integer({ min: 1, max: 20 }) }),
);

function tamper(frame: Frame, how: Tamper): Frame {
  const box = fromBase64Url(frame.box);
  switch (how.kind) {
    case 'flip': {
      const bit = how.bit % (box.length * 8);
      box[bit >> 3]! ^= 1 << (bit & 7);
      return { ...frame, box: toBase64Url(box) };
    }
    case 'seq':
      return { ...frame, seq: (frame.seq + how.delta) % MAX_FRAMES_PER_DIRECTION };
    case 'sid':
      return { ...frame, sid: otherSessionId };
    case 'truncate':
      return { ...frame, box: toBase64Url(box.subarray(0, Math.max(1, box.length - how.bytes))) };
  }
}

/** After a refusal every later frame, genuine or not, is refused too. */
function expectClosed(receiver: SecureChannel, frames: readonly Frame[]): void {
  expect(receiver.failure).not.toBeNull();
  for (const frame of frames) expect(receiver.open(frame).ok).toBe(false);
}

describe('secure channel (property)', () => {
  it('opens every frame in order and nothing else', () => {
    fc.assert(
      fc.property(messagesArbitrary, (messages) => {
        const { sender, receiver } = channelPair();
        for (const message of messages) {
          expect(receiver.open(sender.seal(message))).toEqual({ ok: true, message });
        }
        expect(receiver.failure).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it('refuses any altered frame and then fails closed', () => {
    fc.assert(
      fc.property(messagesArbitrary, fc.nat(), tamperArbitrary, (messages, at, how) => {
        const { sender, receiver } = channelPair();
        const frames = messages.map((message) => sender.seal(message));
        const target = at % frames.length;
        for (const frame of frames.slice(0, target)) expect(receiver.open(frame).ok).toBe(true);
        const altered = tamper(frames[target]!, how);
        fc.pre(JSON.stringify(altered) !== JSON.stringify(frames[target]));
        expect(receiver.open(altered).ok).toBe(false);
        expectClosed(receiver, frames.slice(target));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a replay of any earlier frame', () => {
    fc.assert(
      fc.property(messagesArbitrary, fc.nat(), fc.nat(), (messages, upTo, pick) => {
        const { sender, receiver } = channelPair();
        const frames = messages.map((message) => sender.seal(message));
        const delivered = (upTo % frames.length) + 1;
        for (const frame of frames.slice(0, delivered)) expect(receiver.open(frame).ok).toBe(true);
        expect(receiver.open(frames[pick % delivered]!).ok).toBe(false);
        expectClosed(receiver, frames.slice(delivered));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses frames delivered out of order', () => {
    fc.assert(
      fc.property(
        fc.array(messageArbitrary, { minLength: 2, maxLength: 6 }).chain((messages) =>
          fc.tuple(
            fc.constant(messages),
            fc.shuffledSubarray([...messages.keys()], { minLength: messages.length }),
          ),
        ),
        ([messages, order]) => {
          const { sender, receiver } = channelPair();
          const frames = messages.map((message) => sender.seal(message));
          const firstWrong = order.findIndex((index, position) => index !== position);
          fc.pre(firstWrong >= 0);
          for (const [position, index] of order.entries()) {
            expect(receiver.open(frames[index]!).ok).toBe(position < firstWrong);
          }
          expect(receiver.failure).not.toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a frame reflected back to its sender', () => {
    fc.assert(
      fc.property(messageArbitrary, (message) => {
        const merchant = new SecureChannel(sessionId, secrets, 'merchant');
        expect(merchant.open(merchant.seal(message)).ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses to seal more than MAX_FRAMES_PER_DIRECTION frames', () => {
    const { sender, receiver } = channelPair();
    for (let index = 0; index < MAX_FRAMES_PER_DIRECTION; index++) {
      expect(receiver.open(sender.seal({ index })).ok).toBe(true);
    }
    expect(() => sender.seal({ index: MAX_FRAMES_PER_DIRECTION })).toThrow(RangeError);
  });
});

describe('state machines fail closed on a bad frame (property)', () => {
  const parties = testParties(3);

  it('the phone refuses an altered request frame, ends failed, and refuses the genuine one', () => {
    fc.assert(
      fc.property(fc.nat(), tamperArbitrary, (seed, how) => {
        const { customer, requestFrame } = pairSessions({ parties, seed });
        const altered = tamper(requestFrame, how);
        fc.pre(JSON.stringify(altered) !== JSON.stringify(requestFrame));
        expect(customer.onFrame(altered, TEST_NOW_MS)).toMatchObject({
          kind: 'failed',
          reason: 'protocol_error',
        });
        expect(customer.state).toBe('failed');
        expect(customer.onFrame(requestFrame, TEST_NOW_MS).kind).not.toBe('review');
        expect(customer.state).toBe('failed');
      }),
      { numRuns: 30 },
    );
  });

  it('the console refuses an altered authorization frame and ends failed', () => {
    fc.assert(
      fc.property(fc.nat(), tamperArbitrary, (seed, how) => {
        const { merchant, customer, requestFrame } = pairSessions({ parties, seed });
        expect(customer.onFrame(requestFrame, TEST_NOW_MS).kind).toBe('review');
        const { frame } = customer.approve({
          wallet: parties.wallet,
          nowMs: TEST_NOW_MS,
          usedOtpSteps: new Set(),
        });
        const altered = tamper(frame, how);
        fc.pre(JSON.stringify(altered) !== JSON.stringify(frame));
        expect(merchant.onFrame(altered, TEST_NOW_MS)).toMatchObject({ kind: 'failed' });
        expect(merchant.state).toBe('failed');
        expect(merchant.onFrame(frame, TEST_NOW_MS).kind).not.toBe('authorize');
        expect(merchant.state).toBe('failed');
      }),
      { numRuns: 30 },
    );
  });
});
