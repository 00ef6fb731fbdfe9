// A seeded generator of a realistic server ledger: merchants of several categories with fee
// schedules, funded wallets, N settled payments (with items, spread over days with a lunch
// peak) and some partial refunds, written straight into SQLite in batched transactions with
// their postings and rollups. The same seed gives the same database. Reports and
// `npm run bench` use it; ledger:check passes on what it writes. The payments carry no
// signed documents (their request/authorization columns hold '{}').
//
//   npx tsx server/testing/generate.ts --db PATH --payments 1000000 [--seed 1] [--days 365]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { type Line, toBase64Url } from '../../protocol/index.ts';
import { serverConfigSchema } from '../config.ts';
import { DAY_MS } from '../domain/calendar.ts';
import type { FeeRule } from '../domain/money.ts';
import { nodeSignatures, type Runtime } from '../runtime.ts';
import { createServices } from '../services.ts';
import { LedgerWriter } from './generate-writer.ts';

export interface GenerateOptions {
  readonly dbPath: string;
  readonly payments: number;
  readonly seed?: number;
  readonly merchants?: number;
  readonly wallets?: number;
  readonly days?: number;
  /** The instant the generated history ends; payments fall in the `days` before it. */
  readonly endMs?: number;
  /** Share of payments that get one partial refund. */
  readonly refundShare?: number;
}

export interface GenerateSummary {
  readonly payments: number;
  readonly refunds: number;
  readonly merchants: number;
  readonly wallets: number;
  readonly elapsedMs: number;
}

/** sfc32 seeded through splitmix32: small, fast, and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  const split = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let [a, b, c, d] = [split(), split(), split(), split()];
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4_294_967_296;
  };
}

const CATEGORIES: ReadonlyArray<{
  category: string;
  rule: FeeRule;
  menu: ReadonlyArray<[string, number]>;
}> = [
  {
    category: 'cafeteria',
    rule: { basisPoints: 250, fixedMinor: 0, minimumMinor: 50, capMinor: 3_000 },
    menu: [
      ['Bibimbap', 6_500],
      ['Kimchi stew', 7_000],
      ['Coffee', 2_500],
      ['Lunch set', 5_500],
      ['Kimbap', 3_500],
    ],
  },
  {
    category: 'tutor',
    rule: { basisPoints: 150, fixedMinor: 100, minimumMinor: 0, capMinor: null },
    menu: [
      ['Lesson 60 min', 40_000],
      ['Lesson 90 min', 55_000],
      ['Workbook', 12_000],
    ],
  },
  {
    category: 'event',
    rule: { basisPoints: 300, fixedMinor: 0, minimumMinor: 100, capMinor: 5_000 },
    menu: [
      ['Ticket', 15_000],
      ['T-shirt', 20_000],
      ['Drink', 3_000],
      ['Snack', 4_000],
    ],
  },
  {
    category: 'retail',
    rule: { basisPoints: 200, fixedMinor: 50, minimumMinor: 0, capMinor: 10_000 },
    menu: [
      ['Notebook', 3_000],
      ['Pen', 1_500],
      ['Bag', 25_000],
    ],
  },
];

// Weights per hour of the business day: quiet nights, a lunch rush, an evening bump.
const HOUR_WEIGHTS = [
  1, 1, 1, 1, 1, 2, 4, 8, 10, 8, 10, 30, 40, 25, 10, 8, 8, 12, 16, 12, 8, 5, 3, 2,
];
const HOUR_TOTAL = HOUR_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

function pickHour(random: () => number): number {
  let ticket = random() * HOUR_TOTAL;
  for (let hour = 0; hour < 24; hour++) {
    ticket -= HOUR_WEIGHTS[hour]!;
    if (ticket < 0) return hour;
  }
  return 23;
}

const BATCH_ROWS = 10_000;

export function generateLedger(options: GenerateOptions): GenerateSummary {
  if (existsSync(options.dbPath))
    throw new Error(`${options.dbPath} exists; the generator needs a fresh file`);
  const startedAt = performance.now();
  const random = seededRandom(options.seed ?? 1);
  const bytes = (length: number) => Uint8Array.from({ length }, () => Math.floor(random() * 256));
  const id = () => toBase64Url(bytes(16));
  const endMs = options.endMs ?? Date.UTC(2026, 10, 24, 15);
  const days = options.days ?? 365;
  const clock = { nowMs: () => endMs - days * DAY_MS - DAY_MS };
  const runtime: Runtime = { clock, random: bytes, signatures: nodeSignatures() };
  const services = createServices(
    serverConfigSchema.parse({ dbPath: options.dbPath, utcOffsetMinutes: 540 }),
    runtime,
  );
  const offsetMs = services.env.settings.utcOffsetMinutes * 60_000;
  const sqlite = services.sqlite;
  try {
    // A generated file is thrown away if the run dies, so durability buys nothing here:
    // no journal and a large page cache make the bulk insert several times faster.
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
    const world = seedWorld(services, sqlite, id, options, clock.nowMs());
    const writer = new LedgerWriter(
      sqlite,
      id,
      world.accounts,
      services.env.settings.utcOffsetMinutes,
    );
    const walletSpend = new Map<string, number>();
    let refunds = 0;
    for (let done = 0; done < options.payments; done += BATCH_ROWS) {
      const batch = Math.min(BATCH_ROWS, options.payments - done);
      sqlite.transaction(() => {
        for (let row = 0; row < batch; row++) {
          const payment = drawPayment(random, world, { ...options, endMs, days, offsetMs });
          walletSpend.set(
            payment.walletId,
            (walletSpend.get(payment.walletId) ?? 0) + payment.amountMinor,
          );
          writer.payment(payment);
          if (payment.refundMinor > 0) refunds++;
        }
      })();
    }
    sqlite.transaction(() => writer.fundWallets(walletSpend, clock.nowMs()))();
    sqlite.transaction(() => writer.finish())();
    sqlite.pragma('journal_mode = WAL');
    return {
      payments: options.payments,
      refunds,
      merchants: world.merchants.length,
      wallets: world.walletIds.length,
      elapsedMs: Math.round(performance.now() - startedAt),
    };
  } finally {
    services.close();
  }
}

/** One payment's random choices: who pays whom, when, for what, and any refund. */
function drawPayment(
  random: () => number,
  world: { merchants: GeneratedMerchant[]; walletIds: string[] },
  shape: { endMs: number; days: number; offsetMs: number; refundShare?: number },
) {
  const merchant = world.merchants[Math.floor(random() * world.merchants.length)]!;
  const walletId = world.walletIds[Math.floor(random() * world.walletIds.length)]!;
  const dayStart = shape.endMs - Math.ceil(random() * shape.days) * DAY_MS;
  const localDay = Math.floor((dayStart + shape.offsetMs) / DAY_MS) * DAY_MS - shape.offsetMs;
  const minuteOfHourMs = Math.floor(random() * 3_600_000);
  const createdAt = Math.min(
    shape.endMs - 1,
    localDay + pickHour(random) * 3_600_000 + minuteOfHourMs,
  );
  const lines = pickLines(random, merchant.menu);
  const amountMinor = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0);
  const refunded = random() < (shape.refundShare ?? 0.02);
  const refundMinor = refunded ? Math.max(1, Math.floor(amountMinor * random())) : 0;
  return { merchant, walletId, createdAt, lines, amountMinor, refundMinor };
}

function pickLines(random: () => number, menu: ReadonlyArray<[string, number]>): Line[] {
  const count = 1 + Math.floor(random() * 3);
  const lines: Line[] = [];
  for (let index = 0; index < count; index++) {
    const [label, unitPriceMinor] = menu[Math.floor(random() * menu.length)]!;
    const existing = lines.find((line) => line.label === label);
    if (existing) lines[lines.indexOf(existing)] = { ...existing, quantity: existing.quantity + 1 };
    else lines.push({ label, quantity: 1, unitPriceMinor });
  }
  return lines;
}

export interface GeneratedMerchant {
  readonly merchantId: string;
  readonly deviceId: string;
  readonly category: string;
  readonly rule: FeeRule;
  readonly scheduleId: string;
  readonly menu: ReadonlyArray<[string, number]>;
}

function seedWorld(
  services: ReturnType<typeof createServices>,
  sqlite: Database.Database,
  id: () => string,
  options: GenerateOptions,
  nowMs: number,
) {
  const schedules = CATEGORIES.map((entry) =>
    services.createFeeSchedule({
      scheduleId: id(),
      category: entry.category,
      currency: 'KRW',
      ...entry.rule,
      effectiveFrom: nowMs,
    }),
  );
  const merchants: GeneratedMerchant[] = Array.from(
    { length: options.merchants ?? 50 },
    (_, index) => {
      const entry = CATEGORIES[index % CATEGORIES.length]!;
      const { merchantId } = services.createMerchant({
        merchantId: id(),
        name: `${entry.category} ${index + 1}`,
        category: entry.category,
        currency: 'KRW',
      });
      const deviceId = id();
      sqlite
        .prepare(
          `INSERT INTO devices (id, merchant_id, label, public_key, certificate, status, enrolled_at)
           VALUES (?, ?, 'Generated', ?, '{}', 'active', ?)`,
        )
        .run(deviceId, merchantId, id() + id(), nowMs);
      return {
        merchantId,
        deviceId,
        category: entry.category,
        rule: entry.rule,
        scheduleId: schedules[index % CATEGORIES.length]!.scheduleId,
        menu: entry.menu,
      };
    },
  );
  const walletIds = Array.from({ length: options.wallets ?? 20_000 }, () => id());
  const insertWallet = sqlite.prepare(
    `INSERT INTO wallets (id, public_key, otp_secret, status, otp_failures, created_at)
     VALUES (?, ?, ?, 'active', 0, ?)`,
  );
  sqlite.transaction(() => {
    for (const walletId of walletIds) insertWallet.run(walletId, id() + id(), id(), nowMs);
  })();
  return { merchants, walletIds, accounts: new Map<string, { id: string; balance: number }>() };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      payments: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      merchants: { type: 'string', default: '50' },
      wallets: { type: 'string', default: '20000' },
      days: { type: 'string', default: '365' },
    },
  });
  if (!values.db) throw new Error('usage: generate.ts --db PATH [--payments N] [--seed S]');
  const summary = generateLedger({
    dbPath: values.db,
    payments: Number(values.payments),
    seed: Number(values.seed),
    merchants: Number(values.merchants),
    wallets: Number(values.wallets),
    days: Number(values.days),
  });
  console.log(`generate: ${JSON.stringify(summary)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
