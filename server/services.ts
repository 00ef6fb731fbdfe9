// The server's domain services over one database: what routers, seeding and tests call.
// Storage stays behind these functions, so moving to another database touches domain/ only.
import type Database from 'better-sqlite3';
import * as schema from '../db/server/schema.ts';
import { openDatabase } from '../db/sqlite.ts';
import type { Currency } from '../protocol/index.ts';
import type { ServerConfig } from './config.ts';
import type { Actor } from './domain/actors.ts';
import * as auth from './domain/auth.ts';
import {
  ensureDefaultSchedules,
  type FeeScheduleInput,
  createFeeSchedule,
  listFeeSchedules,
  quoteFee,
} from './domain/fees.ts';
import {
  type IssueBatchInput,
  issueGiftCertificates,
  listGiftCertificateBatches,
  redeemGiftCertificate,
} from './domain/gift-certificates.ts';
import { loadOrCreateServerKey, type ServerKey } from './domain/keys.ts';
import { checkLedger } from './domain/ledger-check.ts';
import type { ServerDb } from './domain/ledger.ts';
import {
  createEnrollmentCode,
  createMerchant,
  enrollDevice,
  listMerchants,
  merchantById,
  type MerchantInput,
  revokeDevice,
} from './domain/merchants.ts';
import { releaseOffline, type ReserveInput, reserveOffline } from './domain/offline.ts';
import { getPayment, listPayments, listRefunds, type PageInput } from './domain/payment-queries.ts';
import {
  type AuthorizeInput,
  authorizePayment,
  paymentStatus,
  unlockWallet,
} from './domain/payments.ts';
import { type RefundInput, refundPayment, voidPayment } from './domain/refunds.ts';
import {
  paymentsByHourReport,
  type ReportFilter,
  type ReportGroup,
  topItemsReport,
  totalsReport,
} from './domain/reports.ts';
import { type DomainEnv, loadSettings } from './domain/settings.ts';
import {
  approveStatement,
  closeDayForAll,
  closeStatement,
  getStatement,
  listStatements,
} from './domain/settlements.ts';
import { enrollWallet, type TopUpInput, topUp, walletBalanceMinor } from './domain/wallets.ts';
import { reject } from './errors.ts';
import { paymentChangesSince } from './domain/payment-changes.ts';
import {
  issueAllowance,
  type OfflineItem,
  releaseExpiredAllowances,
  settleOfflinePayments,
} from './domain/offline-payments.ts';
import { newId, type Runtime } from './runtime.ts';
import { invoiceServices } from './invoice-services.ts';
import { catalogServices } from './domain/catalog-services.ts';

function moneyServices(env: DomainEnv) {
  const { db, runtime } = env;
  return {
    authorize: (input: AuthorizeInput) => authorizePayment(env, input),
    paymentStatus: (paymentId: string) => paymentStatus(db, paymentId),
    requestAllowance: (call: Parameters<typeof issueAllowance>[1]) => issueAllowance(env, call),
    syncOffline: (actor: Extract<Actor, { role: 'device' }>, items: readonly OfflineItem[]) => ({
      results: settleOfflinePayments(env, actor, items),
    }),
    releaseExpiredAllowances: () => releaseExpiredAllowances(env),
    paymentChanges: (actor: Extract<Actor, { role: 'device' }>, input: { cursor: number; limit: number }) =>
      paymentChangesSince(env, actor, input),
    refund: (actor: Actor, input: RefundInput) => refundPayment(env, actor, input),
    voidPayment: (actor: Actor, input: { paymentId: string }) => voidPayment(env, actor, input),
    topUp: (input: TopUpInput) => topUp(db, runtime, input),
    /** A cashier's cash top-up: in the console's currency, into its own cash drawer. */
    cashTopUp(actor: Extract<Actor, { role: 'device' }>, input: Omit<TopUpInput, 'deviceId'>) {
      const merchant = merchantById(db, actor.merchantId);
      if (merchant?.currency !== input.currency) {
        throw reject('currency_mismatch', 'a console takes cash in its merchant’s currency');
      }
      return topUp(db, runtime, { ...input, deviceId: actor.deviceId });
    },
    issueGiftCertificates: (actor: Actor, input: IssueBatchInput) =>
      issueGiftCertificates(env, actor, input),
    redeemGiftCertificate: (input: { code: string; walletId: string }) =>
      redeemGiftCertificate(env, input),
    listGiftCertificateBatches: () => listGiftCertificateBatches(env),
    reserveOffline: (input: ReserveInput) => reserveOffline(env, input),
    releaseOffline: (input: { reserveId: string }) => releaseOffline(env, input),
    createFeeSchedule: (input: FeeScheduleInput) => createFeeSchedule(env, input),
    listFeeSchedules: (filter: { category?: string; currency?: Currency }) =>
      listFeeSchedules(db, filter),
    quoteFee: (input: { merchantId: string; amountMinor: number }) => quoteFee(env, input),
    closeStatement: (input: { merchantId: string; businessDay: string }) =>
      closeStatement(env, input),
    closeDayForAll: (input: { businessDay: string }) => closeDayForAll(env, input),
    approveStatement: (actor: Actor, input: { statementId: string }) =>
      approveStatement(env, actor, input),
  };
}

function readServices(env: DomainEnv) {
  return {
    listPayments: (actor: Actor, input: PageInput) => listPayments(env, actor, input),
    getPayment: (actor: Actor, paymentId: string) => getPayment(env, actor, paymentId),
    listRefunds: (actor: Actor, input: PageInput) => listRefunds(env, actor, input),
    getStatement: (actor: Actor, statementId: string) => getStatement(env, actor, statementId),
    listStatements: (actor: Actor, input: Parameters<typeof listStatements>[2]) =>
      listStatements(env, actor, input),
    totalsReport: (actor: Actor, input: ReportFilter & { groupBy: ReportGroup; limit?: number }) =>
      totalsReport(env, actor, input),
    paymentsByHourReport: (actor: Actor, input: ReportFilter) =>
      paymentsByHourReport(env, actor, input),
    topItemsReport: (actor: Actor, input: Parameters<typeof topItemsReport>[2]) =>
      topItemsReport(env, actor, input),
    walletBalanceMinor: (walletId: string, currency: Currency) =>
      walletBalanceMinor(env.db, walletId, currency),
    listMerchants: () => listMerchants(env.db),
  };
}

function authServices(env: DomainEnv) {
  return {
    bootstrapAdministrator: (input: { username: string; password: string }) =>
      auth.bootstrapAdministrator(env, input),
    createAdministrator: (input: { username: string; password: string }) =>
      auth.createAdministrator(env, input),
    loginAdministrator: (input: { username: string; password: string }) =>
      auth.loginAdministrator(env, input),
    loginMerchantOwner: (input: { merchantId: string; password: string }) =>
      auth.loginMerchantOwner(env, input),
    setOwnerPassword: (input: { merchantId: string; password: string }) =>
      auth.setOwnerPassword(env, input),
    resolveSession: (token: string) => auth.resolveSession(env, token),
    logout: (token: string) => auth.logout(env, token),
  };
}

export function createServices(config: ServerConfig, runtime: Runtime) {
  const opened = openDatabase(config.dbPath, 'server', schema);
  const db: ServerDb = opened.db;
  const sqlite = opened.sqlite as Database.Database;
  const serverKey: ServerKey = loadOrCreateServerKey(db, runtime);
  const settings = loadSettings(db, runtime, { utcOffsetMinutes: config.utcOffsetMinutes });
  ensureDefaultSchedules(db, runtime);
  const env: DomainEnv = { db, runtime, serverKey, settings };
  return {
    config,
    runtime,
    db,
    sqlite,
    serverKey,
    env,
    info: () => ({
      publicKey: serverKey.publicKey,
      keyId: serverKey.id,
      time: runtime.clock.nowMs(),
    }),
    createMerchant: (input: MerchantInput) => createMerchant(db, runtime, input),
    createEnrollmentCode: (input: { merchantId: string; label: string }) =>
      createEnrollmentCode(db, runtime, input),
    enrollDevice: (input: { code: string; publicKey: string; label: string }) =>
      enrollDevice(db, runtime, serverKey, input),
    revokeDevice: (input: { deviceId: string }) => revokeDevice(db, input),
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
    unlockWallet: (walletId: string) => unlockWallet(db, walletId),
    ...moneyServices(env),
    ...readServices(env),
    ...authServices(env),
    ...invoiceServices(env),
    ...catalogServices(env),
    checkLedger: () => checkLedger(sqlite),
    close: () => opened.close(),
  };
}

export type ServerServices = ReturnType<typeof createServices>;
