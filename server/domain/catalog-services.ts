// The catalog's and events' services, spread into services.ts. The actor decides which
// merchant's catalog a call reaches: a console or an owner its own, an administrator the
// one it names.
import { reject } from '../errors.ts';
import { type Actor, scopedMerchantId } from './actors.ts';
import {
  archiveItem,
  type CategoryInput,
  catalogSnapshot,
  type ItemInput,
  upsertCategory,
  upsertItem,
} from './catalog.ts';
import { closeEvent, createEvent, type EventInput, eventReport } from './catalog-events.ts';
import type { DomainEnv } from './settings.ts';

/** Input of a call that may name the merchant (administrators must). */
export interface MerchantScoped {
  readonly merchantId?: string | undefined;
}

function merchantOf(actor: Actor, input: MerchantScoped): string {
  const merchantId = scopedMerchantId(actor, input.merchantId);
  if (merchantId === undefined) {
    throw reject('not_found', 'name the merchant whose catalog this is');
  }
  return merchantId;
}

export function catalogServices(env: DomainEnv) {
  return {
    catalogSnapshot: (actor: Actor, input: MerchantScoped & { knownVersion?: number }) =>
      catalogSnapshot(env.db, merchantOf(actor, input), input.knownVersion),
    upsertCategory: (actor: Actor, input: MerchantScoped & CategoryInput) =>
      upsertCategory(env, merchantOf(actor, input), input),
    upsertItem: (actor: Actor, input: MerchantScoped & ItemInput) =>
      upsertItem(env, merchantOf(actor, input), input),
    archiveItem: (actor: Actor, input: MerchantScoped & { itemId: string }) =>
      archiveItem(env, merchantOf(actor, input), input),
    createEvent: (actor: Actor, input: MerchantScoped & EventInput) =>
      createEvent(env, merchantOf(actor, input), input),
    closeEvent: (actor: Actor, input: MerchantScoped & { eventId: string }) =>
      closeEvent(env, merchantOf(actor, input), input),
    eventReport: (actor: Actor, input: MerchantScoped & { eventId: string }) =>
      eventReport(env, merchantOf(actor, input), input),
  };
}
