// Records the SQL a piece of code runs through better-sqlite3 (statement text and bound
// values), so a benchmark can replay exactly that SQL on raw prepared statements: the floor
// of a query as designed, with no ORM, mapping or JavaScript around it.
import type Database from 'better-sqlite3';
import { median, sampleSync, type LoopBounds } from './stats.ts';

export interface CapturedQuery {
  readonly source: string;
  readonly args: readonly unknown[];
  readonly method: 'all' | 'get';
}

/** Runs `work` once while recording each statement it executes, then restores everything. */
export function captureQueries(sqlite: Database.Database, work: () => void): CapturedQuery[] {
  const captured: CapturedQuery[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  // Own properties shadow the prototype's methods for this one object; deleted afterwards.
  Object.defineProperty(sqlite, 'prepare', {
    configurable: true,
    value: (source: string) => {
      const statement: Database.Statement<unknown[]> = prepare(source);
      for (const method of ['all', 'get'] as const) {
        const original = statement[method].bind(statement);
        Object.defineProperty(statement, method, {
          configurable: true,
          value: (...args: unknown[]) => {
            captured.push({ source, args, method });
            return original(...args);
          },
        });
      }
      return statement;
    },
  });
  try {
    work();
  } finally {
    delete (sqlite as unknown as Record<string, unknown>).prepare;
  }
  return captured;
}

/** The median ms to run the captured queries again on statements prepared in advance. */
export function replayMs(
  sqlite: Database.Database,
  queries: readonly CapturedQuery[],
  bounds: LoopBounds,
): number {
  const prepared = queries.map((query) => ({
    statement: sqlite.prepare<unknown[]>(query.source).raw(true),
    query,
  }));
  return median(
    sampleSync(bounds, () => {
      for (const { statement, query } of prepared) {
        if (query.method === 'all') statement.all(...query.args);
        else statement.get(...query.args);
      }
    }),
  );
}
