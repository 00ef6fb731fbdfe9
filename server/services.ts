// The server's domain services over one database: what routers, seeding and tests call.
import type Database from 'better-sqlite3';
import * as schema from '../db/server/schema.ts';
import { openDatabase } from '../db/sqlite.ts';
import type { Currency } from '../protocol/index.ts';
import type { ServerConfig } from './config.ts';
import { loadOrCreateServerKey, type ServerKey } from './domain/keys.ts';
import type { ServerDb } from './domain/ledger.ts';
import { createEnrollmentCode, createMerchant, enrollDevice } from './domain/merchants.ts';
import {
  type AuthorizeInput,
  authorizePayment,
  paymentStatus,
  unlockWallet,
} from './domain/payments.ts';
import { enrollWallet, type TopUpInput, topUp, walletBalanceMinor } from './domain/wallets.ts';
import { newId, type Runtime } from './runtime.ts';

export function createServices(config: ServerConfig, runtime: Runtime) {
  const opened = openDatabase(config.dbPath, 'server', schema);
  const db: ServerDb = opened.db;
  const serverKey: ServerKey = loadOrCreateServerKey(db, runtime);
  return {
    config,
    runtime,
    db,
    sqlite: opened.sqlite as Database.Database,
    serverKey,
    info: () => ({ publicKey: serverKey.publicKey, keyId: serverKey.id, time: runtime.clock.nowMs() }),
    createMerchant: (input: { name: string; category: string; currency: Currency }) =>
      createMerchant(db, runtime, input),
    createEnrollmentCode: (input: { merchantId: string; label: string }) =>
      createEnrollmentCode(db, runtime, input),
    enrollDevice: (input: { code: string; publicKey: string; label: string }) =>
      enrollDevice(db, runtime, serverKey, input),
    enrollWallet(input: { publicKey: string }) {
      const wallet = enrollWallet(db, runtime, input);
      // Demo servers give each new wallet a starting balance, as cash in through clearing.
      if (config.demoGrantMinor > 0) {
        topUp(db, runtime, {
          topUpId: newId(runtime.random),
          walletId: wallet.walletId,
          amountMinor: config.demoGrantMinor,
          currency: config.currency,
          deviceId: null,
        });
      }
      return { ...wallet, serverPublicKey: serverKey.publicKey };
    },
    topUp: (input: TopUpInput) => topUp(db, runtime, input),
    walletBalanceMinor: (walletId: string, currency: Currency) =>
      walletBalanceMinor(db, walletId, currency),
    authorize: (input: AuthorizeInput) => authorizePayment(db, runtime, serverKey, input),
    paymentStatus: (paymentId: string) => paymentStatus(db, paymentId),
    unlockWallet: (walletId: string) => unlockWallet(db, walletId),
    close: () => opened.close(),
  };
}

export type ServerServices = ReturnType<typeof createServices>;
