// What SQLite itself costs on this disk, with the pragmas of db/sqlite.ts (WAL,
// synchronous=FULL): the commit of one row, and the best insert rate for many rows.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { costPerCallMs, median, nowMs, type LoopBounds } from './stats.ts';

export function openLikeTheLedgers(path: string): Database.Database {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

/** A payment-sized row: the signed request and receipt are about 1.5 KB of JSON. */
const ROW_BYTES = 1_500;

/** The median cost in ms of one IMMEDIATE transaction that inserts one row and commits. */
export function measureSingleRowCommitMs(dir: string, bounds: LoopBounds): number {
  const sqlite = openLikeTheLedgers(join(dir, 'commit-floor.db'));
  try {
    sqlite.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = sqlite.prepare('INSERT INTO rows (body) VALUES (?)');
    const commitOne = sqlite.transaction((body: string) => insert.run(body));
    const body = 'x'.repeat(ROW_BYTES);
    return costPerCallMs(bounds, 1, () => commitOne.immediate(body));
  } finally {
    sqlite.close();
  }
}

/**
 * Rows per second for `insertBatch` run in transactions of `batchSize`: the ceiling for any
 * write path into the same tables at the same durability.
 */
export function measureBatchedInsertRate(
  sqlite: Database.Database,
  total: number,
  batchSize: number,
  insertOne: (index: number) => void,
): { rowsPerSecond: number; batchMedianMs: number } {
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let index = from; index < to; index++) insertOne(index);
  });
  const batchesMs: number[] = [];
  const startMs = nowMs();
  for (let from = 0; from < total; from += batchSize) {
    const batchStartMs = nowMs();
    batch.immediate(from, Math.min(total, from + batchSize));
    batchesMs.push(nowMs() - batchStartMs);
  }
  const elapsedMs = nowMs() - startMs;
  return { rowsPerSecond: (total / elapsedMs) * 1000, batchMedianMs: median(batchesMs) };
}

