// Opens a ledger database: one SQLite file, WAL, foreign keys on, migrations applied.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

/** The project root: the nearest folder above this module that holds package.json. */
function projectRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  // Bounded walk: the module sits at most a few folders below the root (db/ or out/main/).
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'db', 'migrations'))) {
      return folder;
    }
    folder = dirname(folder);
  }
  throw new Error('cannot find the project root (package.json with db/migrations)');
}

export type LedgerName = 'server' | 'console';

export function migrationsFolder(ledger: LedgerName): string {
  return join(projectRoot(), 'db', 'migrations', ledger);
}

export interface OpenedDatabase<TSchema extends Record<string, unknown>> {
  readonly sqlite: Database.Database;
  readonly db: BetterSQLite3Database<TSchema>;
  close(): void;
}

export function openDatabase<TSchema extends Record<string, unknown>>(
  path: string,
  ledger: LedgerName,
  schema: TSchema,
): OpenedDatabase<TSchema> {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed payment survives power loss too, not only a killed process.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsFolder(ledger) });
  return { sqlite, db, close: () => sqlite.close() };
}
