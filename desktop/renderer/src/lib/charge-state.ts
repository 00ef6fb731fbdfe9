// How the cashier screen reads a charge's state. The records are typed over the core's
// ConsolePaymentState, so a new state in the protocol or the core fails the type check here
// instead of showing nothing.
import type { ReasonCode } from '../../../../protocol/index.ts';
import type { ConsolePaymentState } from '../../../core/types.ts';
import { ENGLISH } from '../i18n/en.ts';
import type { Messages } from '../i18n/messages.ts';

/**
 * What a state means at the till. `paid-offline` is a success for the cashier: the customer
 * approved against their offline allowance and the server settles it when the console syncs.
 */
export type Outcome = 'pending' | 'paid' | 'paid-offline' | 'not-paid';

const OUTCOME_OF_STATE: Record<ConsolePaymentState, Outcome> = {
  awaiting_customer: 'pending',
  awaiting_approval: 'pending',
  authorizing: 'pending',
  awaiting_offline: 'pending',
  offline_accepted: 'paid-offline',
  offline_pending: 'paid-offline',
  settled: 'paid',
  declined: 'not-paid',
  expired: 'not-paid',
  failed: 'not-paid',
};

export function outcomeOf(state: ConsolePaymentState): Outcome {
  return OUTCOME_OF_STATE[state];
}

/** Final for the cashier: nothing more happens on this screen, so polling can stop. */
export function isFinalState(state: ConsolePaymentState): boolean {
  return OUTCOME_OF_STATE[state] !== 'pending';
}

/** Words for the cashier while the charge is open; English unless a catalogue is given. */
export function liveStateText(state: ConsolePaymentState, t: Messages = ENGLISH): string {
  return t.liveState[state];
}

/** A short label for today's list. */
export function stateLabel(state: ConsolePaymentState, t: Messages = ENGLISH): string {
  return t.stateLabel[state];
}

/** The list's label for a payment: a cashier's own cancel is not the customer's decline. */
export function paymentLabel(
  state: ConsolePaymentState,
  reason: ReasonCode | null,
  t: Messages = ENGLISH,
): string {
  if (state === 'declined' && reason === 'merchant_cancelled') return t.cancelledLabel;
  if (serverWaitOf(state, reason).kind !== 'none') return t.waitingForServerLabel;
  return stateLabel(state, t);
}

/**
 * Why the phone's offline approval was not accepted here. The online approval stays queued,
 * so these are not declines: the console keeps trying the server, which has the last word.
 */
const OFFLINE_REFUSALS: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'offline_allowance_invalid',
  'offline_limit_reached',
  'limit_exceeded',
  'insufficient_funds',
]);

/**
 * An approved charge the server has not answered yet:
 * - `unreachable`: the approval waits in the outbox until the server is back;
 * - `offline-refused`: the phone's offline approval failed the local check (`reason` says why).
 * Either way the payment is safe and must not be charged again.
 */
export type ServerWait =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'offline-refused'; readonly reason: ReasonCode };

/**
 * The core names `server_unreachable` on a charge's status but not on today's rows; the list
 * applies the same rule, so a row reads "Waiting for server" while the server is away.
 */
export function rowReason(
  state: ConsolePaymentState,
  reason: ReasonCode | null,
  online: boolean,
): ReasonCode | null {
  if (reason !== null || state !== 'authorizing' || online) return reason;
  return 'server_unreachable';
}

export function serverWaitOf(state: ConsolePaymentState, reason: ReasonCode | null): ServerWait {
  if (state !== 'authorizing' || reason === null) return { kind: 'none' };
  if (reason === 'server_unreachable') return { kind: 'unreachable' };
  if (OFFLINE_REFUSALS.has(reason)) return { kind: 'offline-refused', reason };
  return { kind: 'none' };
}
