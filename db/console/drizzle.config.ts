// The console ledger's migrations (see ../../drizzle.config.ts for the server's).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/console/schema.ts',
  out: './db/migrations/console',
});
