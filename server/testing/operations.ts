// Random operations for the ledger's property tests, and a model that predicts each one's
// answer: which payments settle, which refunds and voids are refused and why, what every
// wallet holds. A call the model expects to be refused must leave the ledger untouched.
import fc from 'fast-check';
import { expect } from 'vitest';
import { businessDayOf, businessDayStartMs, DAY_MS } from '../domain/calendar.ts';
import { feeMinorFor, type FeeRule } from '../domain/money.ts';
import { reasonOf } from '../errors.ts';
import { ADMIN_ACTOR, ledgerFingerprint, newKey, type World } from './world.ts';

export type Operation =
  | { kind: 'topUp'; wallet: number; amountMinor: number; atConsole: boolean }
  | { kind: 'pay'; wallet: number; merchant: number; amountMinor: number; withLines: boolean }
  | { kind: 'refund'; payment: number; share: number }
  | { kind: 'retryRefund'; refund: number; samePayload: boolean }
  | { kind: 'void'; payment: number }
  | { kind: 'issueGifts'; count: number; valueMinor: number }
  | { kind: 'redeem'; gift: number; wallet: number }
  | { kind: 'settle'; approve: boolean }
  | { kind: 'advance'; ms: number }
  | { kind: 'reserve'; wallet: number; amountMinor: number }
  | { kind: 'release'; reserve: number };

const index = fc.nat({ max: 50 });

export const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('topUp' as const),
    wallet: index,
    amountMinor: fc.integer({ min: 1, max: 200_000 }),
    atConsole: fc.boolean(),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pay' as const),
      wallet: index,
      merchant: index,
      amountMinor: fc.integer({ min: 1, max: 150_000 }),
      withLines: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('refund' as const),
      payment: index,
      share: fc.double({ min: 0, max: 1.3, noNaN: true }),
    }),
  },
  fc.record({
    kind: fc.constant('retryRefund' as const),
    refund: index,
    samePayload: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('void' as const), payment: index }),
  fc.record({
    kind: fc.constant('issueGifts' as const),
    count: fc.integer({ min: 1, max: 3 }),
    valueMinor: fc.integer({ min: 1, max: 50_000 }),
  }),
  fc.record({ kind: fc.constant('redeem' as const), gift: index, wallet: index }),
  fc.record({ kind: fc.constant('settle' as const), approve: fc.boolean() }),
  fc.record({
    kind: fc.constant('advance' as const),
    ms: fc.integer({ min: 0, max: 6 * 60 * 60 * 1000 }),
  }),
  fc.record({
    kind: fc.constant('reserve' as const),
    wallet: index,
    amountMinor: fc.integer({ min: 1, max: 50_000 }),
  }),
  fc.record({ kind: fc.constant('release' as const), reserve: index }),
);

interface ModelPayment {
  paymentId: string;
  amountMinor: number;
  feeMinor: number;
  refundedMinor: number;
  voided: boolean;
  inStatement: boolean;
  createdAt: number;
}

export class Model {
  readonly balances: number[];
  readonly payments: ModelPayment[] = [];
  readonly refunds: Array<{
    refundId: string;
    paymentId: string;
    amountMinor: number;
    answer: unknown;
    createdAt: number;
    inStatement: boolean;
  }> = [];
  readonly gifts: Array<{ code: string; valueMinor: number; wallet: number | null }> = [];
  readonly reserves: Array<{
    reserveId: string;
    wallet: number;
    amountMinor: number;
    released: boolean;
  }> = [];
  feeRevenueMinor = 0;

  constructor(
    readonly world: World,
    readonly feeRules: ReadonlyMap<string, FeeRule>,
  ) {
    this.balances = world.wallets.map(() => 0);
  }

  /** Runs `call` expecting the rejection `reason`: typed, and nothing written. */
  refused(reason: string, call: () => unknown): void {
    const before = ledgerFingerprint(this.world.services);
    let caught: unknown = null;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(reasonOf(caught), `expected ${reason}`).toBe(reason);
    expect(ledgerFingerprint(this.world.services)).toBe(before);
  }

  apply(operation: Operation): void {
    const { world } = this;
    const pick = <T>(items: readonly T[], at: number): T | undefined =>
      items.length === 0 ? undefined : items[at % items.length];
    switch (operation.kind) {
      case 'topUp': {
        const walletIndex = operation.wallet % world.wallets.length;
        const input = {
          topUpId: newKey(),
          walletId: world.wallets[walletIndex]!.walletId,
          amountMinor: operation.amountMinor,
          currency: 'KRW' as const,
        };
        const merchant = world.merchants[0]!;
        if (operation.atConsole) world.services.cashTopUp(merchant.actor, input);
        else world.services.topUp({ ...input, deviceId: null });
        this.balances[walletIndex]! += operation.amountMinor;
        return;
      }
      case 'pay':
        return this.pay(operation);
      case 'refund':
        return this.refund(pick(this.payments, operation.payment), operation.share);
      case 'retryRefund': {
        const refund = pick(this.refunds, operation.refund);
        if (!refund) return;
        const input = {
          refundId: refund.refundId,
          paymentId: refund.paymentId,
          amountMinor: refund.amountMinor + (operation.samePayload ? 0 : 1),
        };
        if (operation.samePayload)
          expect(world.services.refund(ADMIN_ACTOR, input)).toEqual(refund.answer);
        else this.refused('idempotency_conflict', () => world.services.refund(ADMIN_ACTOR, input));
        return;
      }
      case 'void':
        return this.voidPayment(pick(this.payments, operation.payment));
      case 'issueGifts': {
        const batch = world.services.issueGiftCertificates(ADMIN_ACTOR, {
          batchId: newKey(),
          label: 'Property',
          count: operation.count,
          valueMinor: operation.valueMinor,
          currency: 'KRW',
        });
        for (const code of batch.codes)
          this.gifts.push({ code, valueMinor: operation.valueMinor, wallet: null });
        return;
      }
      case 'redeem':
        return this.redeem(
          pick(this.gifts, operation.gift),
          operation.wallet % world.wallets.length,
        );
      case 'settle':
        return this.settle(operation.approve);
      case 'advance':
        world.clock.advance(operation.ms);
        return;
      case 'reserve':
        return this.reserve(operation.wallet % world.wallets.length, operation.amountMinor);
      case 'release': {
        const reserve = pick(this.reserves, operation.reserve);
        if (!reserve) return;
        world.services.releaseOffline({ reserveId: reserve.reserveId });
        if (!reserve.released) this.balances[reserve.wallet]! += reserve.amountMinor;
        reserve.released = true;
        return;
      }
    }
  }

  private pay(operation: Extract<Operation, { kind: 'pay' }>): void {
    const { world } = this;
    // A fresh OTP step for every payment: the wallet's steps are accepted once each.
    world.clock.advance(31_000);
    const walletIndex = operation.wallet % world.wallets.length;
    const merchant = world.merchants[operation.merchant % world.merchants.length]!;
    const lines = operation.withLines
      ? [{ label: 'Lunch set', quantity: 1, unitPriceMinor: operation.amountMinor }]
      : [];
    const { input, outcome } = world.pay(
      world.wallets[walletIndex]!,
      merchant,
      operation.amountMinor,
      lines,
    );
    if (this.balances[walletIndex]! < operation.amountMinor) {
      expect(outcome).toMatchObject({ status: 'declined', reason: 'insufficient_funds' });
      return;
    }
    expect(outcome.status).toBe('settled');
    // Idempotent: the same documents again get the same receipt and charge nothing more.
    expect(world.services.authorize(input)).toEqual(outcome);
    const feeMinor = feeMinorFor(operation.amountMinor, this.feeRules.get(merchant.category)!);
    const paymentId = input.request.body.paymentId;
    expect(world.services.getPayment(ADMIN_ACTOR, paymentId).feeMinor).toBe(feeMinor);
    this.balances[walletIndex]! -= operation.amountMinor;
    this.feeRevenueMinor += feeMinor;
    this.payments.push({
      paymentId,
      amountMinor: operation.amountMinor,
      feeMinor,
      refundedMinor: 0,
      voided: false,
      inStatement: false,
      createdAt: world.clock.nowMs(),
    });
  }

  private walletOf(paymentId: string): number {
    const view = this.world.services.getPayment(ADMIN_ACTOR, paymentId);
    return this.world.wallets.findIndex((wallet) => wallet.walletId === view.walletId);
  }

  private refund(payment: ModelPayment | undefined, share: number): void {
    if (!payment) return;
    const remaining = payment.amountMinor - payment.refundedMinor;
    const amountMinor = Math.max(1, Math.round(payment.amountMinor * share));
    const input = { refundId: newKey(), paymentId: payment.paymentId, amountMinor };
    const call = () => this.world.services.refund(ADMIN_ACTOR, input);
    if (payment.voided) return this.refused('payment_voided', call);
    if (amountMinor > remaining) return this.refused('refund_exceeds_remaining', call);
    const answer = call();
    expect(answer.feeRefundMinor).toBeGreaterThanOrEqual(0);
    expect(answer.feeRefundMinor).toBeLessThanOrEqual(amountMinor);
    payment.refundedMinor += amountMinor;
    if (payment.refundedMinor === payment.amountMinor) {
      // A payment refunded in full has returned its whole fee, however it was split.
      const view = this.world.services.getPayment(ADMIN_ACTOR, payment.paymentId);
      expect(view.feeRefundedMinor).toBe(payment.feeMinor);
    }
    this.balances[this.walletOf(payment.paymentId)]! += amountMinor;
    this.feeRevenueMinor -= answer.feeRefundMinor;
    this.refunds.push({
      ...input,
      answer,
      createdAt: this.world.clock.nowMs(),
      inStatement: false,
    });
  }

  private voidPayment(payment: ModelPayment | undefined): void {
    if (!payment) return;
    const call = () =>
      this.world.services.voidPayment(ADMIN_ACTOR, { paymentId: payment.paymentId });
    if (payment.voided) {
      call(); // idempotent: answered again, nothing moves
      return;
    }
    if (payment.inStatement) return this.refused('payment_in_statement', call);
    if (payment.refundedMinor > 0) return this.refused('payment_refunded', call);
    call();
    payment.voided = true;
    this.balances[this.walletOf(payment.paymentId)]! += payment.amountMinor;
    this.feeRevenueMinor -= payment.feeMinor;
  }

  private redeem(gift: Model['gifts'][number] | undefined, walletIndex: number): void {
    if (!gift) return;
    const walletId = this.world.wallets[walletIndex]!.walletId;
    const call = () => this.world.services.redeemGiftCertificate({ code: gift.code, walletId });
    if (gift.wallet !== null && gift.wallet !== walletIndex)
      return this.refused('gift_certificate_redeemed', call);
    call();
    if (gift.wallet === null) this.balances[walletIndex]! += gift.valueMinor;
    gift.wallet = walletIndex;
  }

  private reserve(walletIndex: number, amountMinor: number): void {
    const reserveId = newKey();
    const walletId = this.world.wallets[walletIndex]!.walletId;
    const call = () =>
      this.world.services.reserveOffline({ reserveId, walletId, amountMinor, currency: 'KRW' });
    if (this.balances[walletIndex]! < amountMinor) return this.refused('insufficient_funds', call);
    call();
    this.balances[walletIndex]! -= amountMinor;
    this.reserves.push({ reserveId, wallet: walletIndex, amountMinor, released: false });
  }

  /** Approves a merchant's pending statements, oldest first (they must go in order). */
  private approvePending(merchantId: string): void {
    const pending = this.world.services
      .listStatements(ADMIN_ACTOR, { merchantId, status: 'pending', limit: 500 })
      .sort((a, b) => a.sequence - b.sequence);
    for (const statement of pending) {
      const approved = this.world.services.approveStatement(ADMIN_ACTOR, {
        statementId: statement.statementId,
      });
      expect(
        this.world.services.approveStatement(ADMIN_ACTOR, { statementId: statement.statementId }),
      ).toEqual(approved);
    }
  }

  /** Closes today for every merchant once today is over, then maybe approves. */
  private settle(approve: boolean): void {
    const { world } = this;
    const offset = world.services.env.settings.utcOffsetMinutes;
    const day = businessDayOf(world.clock.nowMs(), offset);
    const endMs = businessDayStartMs(day, offset) + DAY_MS;
    world.clock.advance(endMs - world.clock.nowMs() + 60_000);
    const closed = world.services.closeDayForAll({ businessDay: day });
    for (const statement of closed) expect(statement.businessDay).toBe(day);
    for (const merchant of world.merchants) {
      const statement = world.services.closeStatement({
        merchantId: merchant.merchantId,
        businessDay: day,
      });
      expect(
        world.services.closeStatement({ merchantId: merchant.merchantId, businessDay: day }),
      ).toEqual(statement);
      if (approve) this.approvePending(merchant.merchantId);
    }
    for (const payment of this.payments)
      if (!payment.voided && payment.createdAt < endMs) payment.inStatement = true;
  }
}
