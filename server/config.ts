// Server configuration, parsed once at start: from CLI flags and HSPOS_* variables.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { currencySchema } from '../protocol/index.ts';

export const serverConfigSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65_535).default(4100),
  dbPath: z.string().min(1),
  /** Bearer token of the administrator API until issue 4's password sessions land. */
  adminToken: z.string().min(24),
  currency: currencySchema.default('KRW'),
  /** Balance given to each newly enrolled wallet; only demo servers set it above zero. */
  demoGrantMinor: z.coerce.number().int().nonnegative().default(0),
});
export type ServerConfig = z.infer<typeof serverConfigSchema>;

/** The administrator token kept beside the database, made on first start. */
export function adminTokenFor(dataDir: string): string {
  const path = join(dataDir, 'admin-token');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dirname(path), { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  return token;
}
