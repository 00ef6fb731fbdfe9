// The OTP scheme of docs/protocol.md ("OTP"): the phone names its step, the server accepts a
// step within ±2 of its own clock at most once per wallet, a phone clock off by up to ±60 s
// still pays, and up to five payments fit in one 30 s step (split bills).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkOtp,
  chooseOtpStep,
  OTP_WINDOW_STEPS,
  otpForStep,
  otpRetryDelayMs,
  otpStepAt,
} from './otp.ts';

const secretArbitrary = fc.uint8Array({ minLength: 20, maxLength: 20 });
/** Server times from 2001 to 2100, in milliseconds. */
const nowArbitrary = fc.integer({ min: 1_000_000_000_000, max: 4_102_444_800_000 });
const windowOffset = fc.integer({ min: -OTP_WINDOW_STEPS, max: OTP_WINDOW_STEPS });

/** An integer at least `min` away from zero, on either side. */
function farFromZero(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(fc.integer({ min, max }), fc.integer({ min: -max, max: -min }));
}

describe('OTP (property)', () => {
  it('accepts a step once: the second use of the same step is otp_reused', () => {
    fc.assert(
      fc.property(secretArbitrary, nowArbitrary, windowOffset, (secret, nowMs, offset) => {
        const step = otpStepAt(nowMs) + offset;
        const otp = otpForStep(secret, step);
        expect(checkOtp({ secret, otp, step, nowMs, usedSteps: new Set() })).toEqual({ ok: true });
        const used = new Set([step]);
        expect(checkOtp({ secret, otp, step, nowMs, usedSteps: used })).toEqual({
          ok: false,
          reason: 'otp_reused',
        });
      }),
      { numRuns: 150 },
    );
  });

  it('refuses any step more than two steps from the server clock, even with the right code', () => {
    const offset = farFromZero(OTP_WINDOW_STEPS + 1, 10_000);
    fc.assert(
      fc.property(secretArbitrary, nowArbitrary, offset, (secret, nowMs, delta) => {
        const step = otpStepAt(nowMs) + delta;
        const otp = otpForStep(secret, step);
        expect(checkOtp({ secret, otp, step, nowMs, usedSteps: new Set() })).toEqual({
          ok: false,
          reason: 'otp_out_of_window',
        });
      }),
      { numRuns: 150 },
    );
  });

  it('lets a phone whose clock is off by up to ±60 s pay', () => {
    fc.assert(
      fc.property(
        secretArbitrary,
        nowArbitrary,
        fc.integer({ min: -60_000, max: 60_000 }),
        (secret, serverNowMs, skewMs) => {
          const phoneNowMs = serverNowMs + skewMs;
          const step = chooseOtpStep(phoneNowMs, new Set());
          expect(step).toBe(otpStepAt(phoneNowMs));
          const otp = otpForStep(secret, step!);
          const usedSteps = new Set<number>();
          expect(checkOtp({ secret, otp, step: step!, nowMs: serverNowMs, usedSteps })).toEqual({
            ok: true,
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a phone whose clock is off by more than 90 s', () => {
    const skew = farFromZero(90_001, 10_000_000);
    fc.assert(
      fc.property(secretArbitrary, nowArbitrary, skew, (secret, serverNowMs, skewMs) => {
        const step = otpStepAt(serverNowMs + skewMs);
        const otp = otpForStep(secret, step);
        const result = checkOtp({ secret, otp, step, nowMs: serverNowMs, usedSteps: new Set() });
        expect(result).toEqual({ ok: false, reason: 'otp_out_of_window' });
      }),
      { numRuns: 100 },
    );
  });

  it('gives five distinct, acceptable steps for five payments within one step', () => {
    fc.assert(
      fc.property(secretArbitrary, nowArbitrary, fc.nat(29_999), (secret, startMs, spreadMs) => {
        const stepStart = otpStepAt(startMs) * 30_000;
        const phoneUsed = new Set<number>();
        const serverUsed = new Set<number>();
        for (let payment = 0; payment < 5; payment++) {
          // All five payments happen inside the same 30 s step, at increasing times.
          const nowMs = stepStart + Math.floor((spreadMs * payment) / 5);
          const step = chooseOtpStep(nowMs, phoneUsed);
          expect(step).not.toBeNull();
          expect(phoneUsed.has(step!)).toBe(false);
          expect(Math.abs(step! - otpStepAt(nowMs))).toBeLessThanOrEqual(OTP_WINDOW_STEPS);
          const otp = otpForStep(secret, step!);
          expect(checkOtp({ secret, otp, step: step!, nowMs, usedSteps: serverUsed })).toEqual({
            ok: true,
          });
          phoneUsed.add(step!);
          serverUsed.add(step!);
        }
        expect(chooseOtpStep(stepStart + spreadMs, phoneUsed)).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a wrong code as otp_invalid', () => {
    const code = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(secretArbitrary, nowArbitrary, code, (secret, nowMs, otp) => {
        const step = otpStepAt(nowMs);
        fc.pre(otp !== otpForStep(secret, step));
        expect(checkOtp({ secret, otp, step, nowMs, usedSteps: new Set() })).toEqual({
          ok: false,
          reason: 'otp_invalid',
        });
      }),
      { numRuns: 100 },
    );
  });

  it('throttles 2^(n-1) s after n consecutive failures (RFC 4226 §7.3)', () => {
    expect([0, 1, 2, 3, 4, 5].map(otpRetryDelayMs)).toEqual([0, 1000, 2000, 4000, 8000, 16000]);
  });
});
