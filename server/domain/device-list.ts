// The administrator's view of enrolled consoles: which merchant, which label, active or
// revoked. The public key and certificate stay out; revoking needs only the id.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import * as schema from '../../db/server/schema.ts';
import type { ServerDb } from './ledger.ts';

/** Devices per answer; far above any real operator's fleet, but still a bound. */
export const MAX_DEVICES_LISTED = 5_000;

export interface DeviceListInput {
  readonly merchantId?: string;
  readonly status?: 'active' | 'revoked';
}

export function listDevices(db: ServerDb, input: DeviceListInput) {
  const table = schema.devices;
  const where: SQL | undefined = and(
    input.merchantId === undefined ? undefined : eq(table.merchantId, input.merchantId),
    input.status === undefined ? undefined : eq(table.status, input.status),
  );
  return db
    .select({
      deviceId: table.id,
      merchantId: table.merchantId,
      merchantName: schema.merchants.name,
      label: table.label,
      status: table.status,
      enrolledAt: table.enrolledAt,
    })
    .from(table)
    .innerJoin(schema.merchants, eq(schema.merchants.id, table.merchantId))
    .where(where)
    .orderBy(asc(schema.merchants.name), asc(table.enrolledAt), asc(table.id))
    .limit(MAX_DEVICES_LISTED)
    .all();
}
export type DeviceListRow = ReturnType<typeof listDevices>[number];
