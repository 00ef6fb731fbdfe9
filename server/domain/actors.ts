// Who is calling, once the procedure's role check passed. Domain functions take the actor
// to scope what it may see and to record who asked for a money movement.
import { reject } from '../errors.ts';

export type Actor =
  | { readonly role: 'administrator'; readonly administratorId: string }
  | { readonly role: 'merchant_owner'; readonly merchantId: string }
  | { readonly role: 'device'; readonly deviceId: string; readonly merchantId: string };

export function actorLabel(actor: Actor): string {
  switch (actor.role) {
    case 'administrator':
      return `administrator:${actor.administratorId}`;
    case 'merchant_owner':
      return `merchant_owner:${actor.merchantId}`;
    case 'device':
      return `device:${actor.deviceId}`;
  }
}

/** Administrators see every merchant; owners and devices only their own. */
export function assertMerchantAccess(actor: Actor, merchantId: string): void {
  if (actor.role === 'administrator') return;
  if (actor.merchantId !== merchantId) {
    throw reject('forbidden', 'this merchant belongs to someone else');
  }
}

/** The merchant an owner or device is bound to; administrators choose (or not) themselves. */
export function scopedMerchantId(actor: Actor, requested: string | undefined): string | undefined {
  if (actor.role === 'administrator') return requested;
  if (requested !== undefined && requested !== actor.merchantId) {
    throw reject('forbidden', 'this merchant belongs to someone else');
  }
  return actor.merchantId;
}
