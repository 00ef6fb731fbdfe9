// The console app's command line, parsed once at start. Electron-free so it is unit-tested.
import { parseArgs } from 'node:util';
import { z } from 'zod';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:4100';

export interface MainOptions {
  readonly serverUrl: string;
  /** null: use Electron's per-user data directory. */
  readonly dataDir: string | null;
}

const serverUrlSchema = z.url({ protocol: /^https?$/ });
const dataDirSchema = z.string().trim().min(1);

/**
 * Reads `--server URL` and `--data DIR` from `argv` (process.argv, which in Electron also
 * holds the binary, the app path and Chromium switches: those are ignored, not rejected).
 * Throws a readable error for a bad URL or an empty directory.
 */
export function parseMainOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): MainOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { server: { type: 'string' }, data: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const serverUrl = serverUrlSchema.safeParse(
    values.server ?? env['HSPOS_SERVER_URL'] ?? DEFAULT_SERVER_URL,
  );
  if (!serverUrl.success) throw new Error(`--server must be an http(s) URL: ${serverUrl.error.message}`);
  if (values.data === undefined) return { serverUrl: serverUrl.data, dataDir: null };
  const dataDir = dataDirSchema.safeParse(values.data);
  if (!dataDir.success) throw new Error('--data must name a directory');
  return { serverUrl: serverUrl.data, dataDir: dataDir.data };
}
