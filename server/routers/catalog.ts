// The catalog: consoles read a snapshot and forward the owner's edits (device-signed; the
// owner's PIN is checked on the console), and an owner session edits through the same
// domain functions. Each edit is one transaction that bumps the merchant's catalog version.
import { z } from 'zod';
import { idSchema } from '../../protocol/index.ts';
import { deviceProcedure, merchantProcedure, router } from '../trpc.ts';

const name = z.string().trim().min(1).max(40);
const position = z.number().int().min(0).max(10_000);
/** Range is checked by the domain, so an out-of-range price gets its named reason. */
const priceMinor = z.number().int().safe();
/** One letter; lower case is taken as upper case. */
const quickKey = z
  .string()
  .regex(/^[A-Za-z]$/, 'expected one letter A–Z')
  .transform((letter) => letter.toUpperCase())
  .nullable();
const merchantId = idSchema.optional();

export const snapshotInput = z.strictObject({
  /** The version the caller holds: an unchanged catalog answers with the version only. */
  knownVersion: z.number().int().nonnegative().optional(),
});
export const categoryInput = z.strictObject({
  categoryId: idSchema,
  /** Null: the everyday catalog; else the event whose catalog this is. */
  eventId: idSchema.nullable(),
  name,
  position,
});
export const itemInput = z.strictObject({
  itemId: idSchema,
  eventId: idSchema.nullable(),
  categoryId: idSchema,
  name,
  priceMinor,
  quickKey,
  position,
});
export const archiveItemInput = z.strictObject({ itemId: idSchema });

export const catalogRouter = router({
  /** A console's view: everything of its merchant, or `changed: false` for its version. */
  snapshot: deviceProcedure(snapshotInput).mutation(({ ctx, input }) =>
    ctx.services.catalogSnapshot(ctx.actor, input.payload),
  ),
  upsertCategoryByDevice: deviceProcedure(categoryInput).mutation(({ ctx, input }) =>
    ctx.services.upsertCategory(ctx.actor, input.payload),
  ),
  upsertItemByDevice: deviceProcedure(itemInput).mutation(({ ctx, input }) =>
    ctx.services.upsertItem(ctx.actor, input.payload),
  ),
  archiveItemByDevice: deviceProcedure(archiveItemInput).mutation(({ ctx, input }) =>
    ctx.services.archiveItem(ctx.actor, input.payload),
  ),
  /** An owner's (or, naming the merchant, an administrator's) view of the catalog. */
  get: merchantProcedure
    .input(z.strictObject({ merchantId }))
    .query(({ ctx, input }) => ctx.services.catalogSnapshot(ctx.actor, input)),
  upsertCategory: merchantProcedure
    .input(categoryInput.extend({ merchantId }))
    .mutation(({ ctx, input }) => ctx.services.upsertCategory(ctx.actor, input)),
  upsertItem: merchantProcedure
    .input(itemInput.extend({ merchantId }))
    .mutation(({ ctx, input }) => ctx.services.upsertItem(ctx.actor, input)),
  archiveItem: merchantProcedure
    .input(archiveItemInput.extend({ merchantId }))
    .mutation(({ ctx, input }) => ctx.services.archiveItem(ctx.actor, input)),
});
