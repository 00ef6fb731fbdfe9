// The server ledger's migrations. The console ledger has its own config:
// db/console/drizzle.config.ts. Generate both with `npm run db:generate`.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/server/schema.ts',
  out: './db/migrations/server',
});
