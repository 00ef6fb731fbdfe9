// The console app's command line, parsed once at start. Electron-free so it is unit-tested.
import { parseArgs } from 'node:util';
import { z } from 'zod';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:4100';

export interface MainOptions {
  readonly serverUrl: string;
  /** null: use Electron's per-user data directory. */
  readonly dataDir: string | null;
  /** Where phones reach the pairing hub; undefined leaves the core's default. */
  readonly hubHost: string | undefined;
  readonly hubPort: number | undefined;
}

const optionsSchema = z.object({
  server: z.url({ protocol: /^https?$/, error: '--server must be an http(s) URL' }),
  data: z.string({ error: '--data must name a directory' }).trim().min(1).optional(),
  'hub-host': z.string({ error: '--hub-host must name a host' }).trim().min(1).optional(),
  'hub-port': z.coerce
    .number({ error: '--hub-port must be a port number' })
    .int()
    .min(0)
    .max(65_535)
    .optional(),
});

/**
 * Reads `--server URL`, `--data DIR`, `--hub-host HOST` and `--hub-port PORT` from `argv`
 * (process.argv, which in Electron also holds the binary, the app path and Chromium
 * switches: those are ignored, not rejected). Throws a readable error for a bad value.
 */
export function parseMainOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): MainOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      server: { type: 'string' },
      data: { type: 'string' },
      'hub-host': { type: 'string' },
      'hub-port': { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
  });
  const parsed = optionsSchema.safeParse({
    ...values,
    server: values.server ?? env['HSPOS_SERVER_URL'] ?? DEFAULT_SERVER_URL,
  });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  return {
    serverUrl: parsed.data.server,
    dataDir: parsed.data.data ?? null,
    hubHost: parsed.data['hub-host'],
    hubPort: parsed.data['hub-port'],
  };
}
