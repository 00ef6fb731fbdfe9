// `npm run ledger:check -- --db PATH`: checks every invariant of a server database,
// read-only, and ends with `ledger ok: T transactions, A accounts` or lists each
// violation and exits 1. The checks live in server/domain/ledger-check.ts.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { checkLedger } from '../server/domain/ledger-check.ts';

function main(): number {
  const { values } = parseArgs({ options: { db: { type: 'string' } } });
  if (!values.db) {
    console.error('usage: npm run ledger:check -- --db PATH/server.db');
    return 2;
  }
  if (!existsSync(values.db)) {
    console.error(`ledger:check: no such file: ${values.db}`);
    return 2;
  }
  const sqlite = new Database(values.db, { readonly: true, fileMustExist: true });
  try {
    const result = checkLedger(sqlite);
    if (result.violations.length > 0) {
      for (const violation of result.violations) console.error(`violation: ${violation}`);
      console.error(`ledger NOT ok: ${result.violations.length} violation(s)`);
      return 1;
    }
    console.log(
      `ledger ok: ${result.transactionCount} transactions, ${result.accountCount} accounts`,
    );
    return 0;
  } finally {
    sqlite.close();
  }
}

process.exitCode = main();
