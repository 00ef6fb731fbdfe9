// A refused call: the typed error (and reason) expected, and nothing written. Test support.
import { TRPCClientError } from '@trpc/client';
import { expect } from 'vitest';
import { toBase64Url } from '../../protocol/index.ts';
import { systemRandom } from '../runtime.ts';
import type { Fixture } from './fixture.ts';
import { ledgerFingerprint } from './world.ts';

export const key = () => toBase64Url(systemRandom(16));

export interface Expected {
  readonly code: string;
  readonly reason?: string;
}

export const BAD_REQUEST = { code: 'BAD_REQUEST' } as const;
export const FORBIDDEN = { code: 'FORBIDDEN', reason: 'forbidden' } as const;

/** The typed error of a refused call: its tRPC code and our reason. */
export async function refusal(
  call: Promise<unknown>,
): Promise<{ code: string; reason: string | null }> {
  const error = await call.then(
    (value) => new Error(`expected a refusal, got ${JSON.stringify(value)}`),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const data = (error as TRPCClientError<never>).data as unknown;
  return data as { code: string; reason: string | null };
}

/** Runs the call, expects the typed error, and checks the fixture's database is unchanged. */
export async function refused(
  f: Fixture,
  call: () => Promise<unknown>,
  expected: Expected,
): Promise<void> {
  const before = ledgerFingerprint(f.server.services);
  const data = await refusal(call());
  expect(data.code).toBe(expected.code);
  if (expected.reason) expect(data.reason).toBe(expected.reason);
  expect(ledgerFingerprint(f.server.services)).toBe(before);
}

/** A payment settled through the fixture's console by a new wallet holding 50,000. */
export async function settledPayment(f: Fixture, amountMinor = 10_000) {
  const wallet = await f.newWallet(50_000);
  const request = f.request(amountMinor);
  const outcome = await f.anonymous.payments.authorize.mutate({
    request,
    authorization: f.authorize(wallet, request),
  });
  if (outcome.status !== 'settled') throw new Error(outcome.reason);
  return { wallet, paymentId: request.body.paymentId };
}
