// How the cashier screen reads a charge's state. The record is typed over MerchantState, so a
// new state in the protocol fails the type check here instead of showing nothing.
import type { MerchantState, ReasonCode } from '../../../../protocol/index.ts';

type Outcome = 'pending' | 'paid' | 'not-paid';

const OUTCOME_OF_STATE: Record<MerchantState, Outcome> = {
  awaiting_customer: 'pending',
  awaiting_approval: 'pending',
  authorizing: 'pending',
  settled: 'paid',
  declined: 'not-paid',
  expired: 'not-paid',
  failed: 'not-paid',
};

/** Words for the cashier while the charge is open, and a short label for the list. */
const STATE_TEXT: Record<MerchantState, { readonly live: string; readonly label: string }> = {
  awaiting_customer: { live: 'Waiting for the customer to scan', label: 'Waiting' },
  awaiting_approval: { live: 'Customer is reviewing on their phone', label: 'Reviewing' },
  authorizing: { live: 'Approved — confirming with the server', label: 'Confirming' },
  settled: { live: 'Paid', label: 'Paid' },
  declined: { live: 'Declined', label: 'Declined' },
  expired: { live: 'Expired', label: 'Expired' },
  failed: { live: 'Failed', label: 'Failed' },
};

export function outcomeOf(state: MerchantState): Outcome {
  return OUTCOME_OF_STATE[state];
}

export function isFinalState(state: MerchantState): boolean {
  return OUTCOME_OF_STATE[state] !== 'pending';
}

export function liveStateText(state: MerchantState): string {
  return STATE_TEXT[state].live;
}

export function stateLabel(state: MerchantState): string {
  return STATE_TEXT[state].label;
}

/** The list's label for a payment: a cashier's own cancel is not the customer's decline. */
export function paymentLabel(state: MerchantState, reason: ReasonCode | null): string {
  return state === 'declined' && reason === 'merchant_cancelled' ? 'Cancelled' : stateLabel(state);
}
