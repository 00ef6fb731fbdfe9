// The settlement statement as a signed document. It is the server's word to a merchant
// about one business day, so it is signed like a receipt: domain tag, a zero byte, then the
// canonical JSON of the body. The tag is the server's own (phones never see statements).
import {
  canonicalJson,
  concatBytes,
  fromBase64Url,
  sha256Bytes,
  type SignatureSuite,
  toBase64Url,
  utf8,
} from '../../protocol/index.ts';

export const STATEMENT_DOMAIN_TAG = 'HSPOS/1 settlement-statement';

export interface StatementTotals {
  readonly grossMinor: number;
  readonly refundMinor: number;
  readonly feeMinor: number;
  readonly feeRefundMinor: number;
  readonly netMinor: number;
  readonly openingCarryMinor: number;
  readonly payoutMinor: number;
  readonly closingCarryMinor: number;
  readonly paymentCount: number;
  readonly refundCount: number;
}

export interface StatementBody extends StatementTotals {
  readonly v: 1;
  readonly statementId: string;
  readonly merchantId: string;
  readonly currency: string;
  readonly businessDay: string;
  readonly sequence: number;
  /** Items created before this instant and not in an earlier statement are included. */
  readonly periodEndAt: number;
  /** SHA-256 over the canonical JSON of the included items, so each item is pinned. */
  readonly itemsDigest: string;
  readonly closedAt: number;
  readonly serverKeyId: string;
}

export interface StatementItems {
  /** [paymentId, amountMinor, feeMinor], sorted by id. */
  readonly payments: ReadonlyArray<readonly [string, number, number]>;
  /** [refundId, amountMinor, feeRefundMinor], sorted by id. */
  readonly refunds: ReadonlyArray<readonly [string, number, number]>;
}

export function itemsDigest(items: StatementItems): string {
  return toBase64Url(sha256Bytes(utf8(canonicalJson(items))));
}

/**
 * The numbers of a statement from its items and the previous statement's carry. A day
 * whose refunds exceed its sales pays nothing and carries the shortfall to the next one.
 */
export function statementTotals(items: StatementItems, openingCarryMinor: number): StatementTotals {
  const sum = (rows: StatementItems['payments'], column: 1 | 2) =>
    rows.reduce((total, row) => total + row[column], 0);
  const grossMinor = sum(items.payments, 1);
  const feeMinor = sum(items.payments, 2);
  const refundMinor = sum(items.refunds, 1);
  const feeRefundMinor = sum(items.refunds, 2);
  const netMinor = grossMinor - feeMinor - refundMinor + feeRefundMinor;
  const due = netMinor + openingCarryMinor;
  return {
    grossMinor,
    refundMinor,
    feeMinor,
    feeRefundMinor,
    netMinor,
    openingCarryMinor,
    payoutMinor: Math.max(0, due),
    closingCarryMinor: Math.min(0, due),
    paymentCount: items.payments.length,
    refundCount: items.refunds.length,
  };
}

function statementBytes(body: StatementBody): Uint8Array {
  return concatBytes(utf8(STATEMENT_DOMAIN_TAG), new Uint8Array([0]), utf8(canonicalJson(body)));
}

export function signStatement(
  body: StatementBody,
  secretKey: Uint8Array,
  suite: SignatureSuite,
): string {
  return toBase64Url(suite.sign(statementBytes(body), secretKey));
}

export function verifyStatement(
  body: StatementBody,
  signature: string,
  publicKey: string,
  suite: SignatureSuite,
): boolean {
  try {
    return suite.verify(fromBase64Url(signature), statementBytes(body), fromBase64Url(publicKey));
  } catch {
    return false;
  }
}
