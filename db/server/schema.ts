// The server ledger's schema, in three files by idea: who is who (identity), where money is
// (ledger), and what the reports read (rollups). drizzle-kit reads every table exported here.
// Money is integer minor units in every column (`*Minor`); times are epoch milliseconds
// (`*At`); business days are 'YYYY-MM-DD' in the server's business time zone.
// The triggers that keep history append-only are a custom migration beside the generated
// ones (db/migrations/server/0001_append_only_guards.sql): drizzle-kit does not model them.
export * from './identity-schema.ts';
export * from './ledger-schema.ts';
export * from './rollup-schema.ts';
export * from './offline-schema.ts';
export * from './catalog-schema.ts';
export * from './invoice-schema.ts';
