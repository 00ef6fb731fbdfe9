// Refusals of the console's own rules (PINs, staff, refunds) carry a named reason, like the
// server's (server/errors.ts), so the renderer says why in the cashier's language.
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/unstable-core-do-not-import';

export const CONSOLE_REJECTION_REASONS = [
  // Nobody on this console has that PIN (or the PIN is not an owner's where one is needed).
  'pin_wrong',
  // Several wrong PINs in a row: wait a few seconds before the next try.
  'pin_throttled',
  // Too many wrong PINs in a row: PIN sign-in is locked for a while.
  'pin_locked',
  // The PIN is a cashier's; this needs an owner's PIN.
  'pin_not_owner',
  // Another person on this console already uses that PIN (PINs identify people here).
  'pin_taken',
  // The owner of this console was already set up.
  'owner_exists',
  // No owner is set up yet: the owner comes first.
  'owner_missing',
  // The staff member is unknown or was removed.
  'staff_not_found',
  // The console holds as many people as it may (staff.ts MAX_STAFF).
  'staff_full',
  // A refund above the cashier's limit, or any void, needs an owner's PIN.
  'owner_approval_required',
  // The payment is not a settled payment of this console.
  'payment_not_refundable',
  // A refund or void of this payment is still on its way to the server.
  'refund_in_flight',
  // Catalog: another item of the same catalog already has this quick key.
  'quick_key_taken',
  // Catalog: a price is zero, negative or above the catalog's maximum.
  'price_out_of_range',
  // Catalog: the event is closed; it no longer changes or sells.
  'event_closed',
  // Catalog: an event must end on or after the day it starts.
  'event_dates_invalid',
  // Catalog: the server refused the change for another reason (its message says which).
  'catalog_refused',
  // Catalog: edits go to the server first, and the server did not answer.
  'catalog_offline',
  // A sale's lines are empty, too many, or do not add up to a payable amount.
  'lines_invalid',
  // Invoices: the move is not on the invoice's status graph (server reason of that name).
  'invoice_transition_refused',
  // Invoices: the server refused this console's signed pay request for the invoice.
  'invoice_request_invalid',
  // Invoices: the student is archived or unknown.
  'student_unavailable',
  // Invoices live on the server, and it did not answer.
  'invoices_offline',
] as const;
export type ConsoleRejectionReason = (typeof CONSOLE_REJECTION_REASONS)[number];

export class ConsoleRejection extends Error {
  override name = 'ConsoleRejection';
  constructor(
    readonly reason: ConsoleRejectionReason,
    message: string,
  ) {
    super(message);
  }
}

/** A TRPCError whose cause carries the reason; trpc.ts's formatter exposes `data.reason`. */
export function refuse(
  code: TRPC_ERROR_CODE_KEY,
  reason: ConsoleRejectionReason,
  message: string,
): TRPCError {
  return new TRPCError({ code, message, cause: new ConsoleRejection(reason, message) });
}
