// Server configuration, parsed once at start: from CLI flags and HSPOS_* variables.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { currencySchema } from '../protocol/index.ts';

export const ADMIN_PASSWORD_MIN_LENGTH = 12;

export const serverConfigSchema = z
  .strictObject({
    host: z.string().min(1).default('127.0.0.1'),
    port: z.coerce.number().int().min(0).max(65_535).default(4100),
    dbPath: z.string().min(1),
    /** The first administrator, created on a database that has none (then ignored). */
    adminUsername: z.string().trim().min(1).max(64).default('admin'),
    adminPassword: z.string().min(ADMIN_PASSWORD_MIN_LENGTH).max(1_024).optional(),
    /**
     * The former static administrator token, still accepted from the scripts that pass it:
     * it is now the first administrator's password when `adminPassword` is not given.
     */
    adminToken: z.string().min(ADMIN_PASSWORD_MIN_LENGTH).max(1_024).optional(),
    currency: currencySchema.default('KRW'),
    /** Balance given to each newly enrolled wallet; only demo servers set it above zero. */
    demoGrantMinor: z.coerce.number().int().nonnegative().default(0),
    /**
     * The business time zone as minutes east of UTC (Korea: 540). Fixed in the database at
     * its first start: business days and hours of every statement and report use it.
     */
    utcOffsetMinutes: z.coerce
      .number()
      .int()
      .min(-14 * 60)
      .max(14 * 60)
      .default(540),
  })
  .transform(({ adminToken, adminPassword, ...rest }) => ({
    ...rest,
    adminPassword: adminPassword ?? adminToken,
  }));
export type ServerConfig = z.infer<typeof serverConfigSchema>;
export type ServerConfigInput = z.input<typeof serverConfigSchema>;

/**
 * The first administrator's password kept beside the database, made on first start
 * (mode 600). `npm run server -- --admin-password-file FILE` uses another file instead.
 */
export function adminTokenFor(dataDir: string): string {
  const path = join(dataDir, 'admin-token');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dirname(path), { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  return token;
}

export function readPasswordFile(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
}
