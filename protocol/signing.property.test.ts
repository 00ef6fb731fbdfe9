// An authorization approves one exact request: change anything the person saw (amount,
// currency, merchant, reference) and the approval no longer fits, even if the console
// re-signs the changed request with its real device key. And a signature made for one kind
// of document never verifies as another (domain separation).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from './bytes.ts';
import { CURRENCY_MINOR_UNITS, type Currency, type PaymentRequest } from './messages.ts';
import {
  enrolConsole,
  pairSessions,
  seededRandom,
  testCharge,
  testParties,
  TEST_NOW_MS,
} from './fixtures.ts';
import {
  DOMAIN_TAGS,
  type DomainTag,
  requestHash,
  signBody,
  verifyAuthorization,
  verifyBody,
  verifyRequest,
} from './signing.ts';

const parties = testParties(5);
const otherConsole = enrolConsole(parties.server, 'Other Shop', seededRandom(9, 'other console'));
const currencies = Object.keys(CURRENCY_MINOR_UNITS) as Currency[];

type Change =
  | { readonly field: 'amountMinor'; readonly value: number }
  | { readonly field: 'currency'; readonly value: Currency }
  | { readonly field: 'merchant' }
  | { readonly field: 'reference'; readonly value: string };

const changeArbitrary: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    field: fc.constant('amountMinor' as const),
    value: fc.integer({ min: 1, max: 1_000_000_000 }),
  }),
  fc.record({ field: fc.constant('currency' as const), value: fc.constantFrom(...currencies) }),
  fc.record({ field: fc.constant('merchant' as const) }),
  fc.record({ field: fc.constant('reference' as const), value: fc.string({ maxLength: 80 }) }),
);

/** What a dishonest console would do: change the request and re-sign it with its own key. */
function changedRequest(original: PaymentRequest, change: Change): PaymentRequest {
  const base = { ...original.body };
  let certificate = original.certificate;
  let deviceSecretKey = parties.identity.deviceSecretKey;
  if (change.field === 'merchant') {
    certificate = otherConsole.certificate;
    deviceSecretKey = otherConsole.deviceSecretKey;
    base.merchantId = certificate.body.merchantId;
    base.merchantName = certificate.body.merchantName;
    base.deviceId = certificate.body.deviceId;
  } else {
    Object.assign(base, { [change.field]: change.value });
  }
  const signature = signBody(DOMAIN_TAGS.paymentRequest, base, deviceSecretKey);
  return { body: base, signature, certificate };
}

function isSameAsOriginal(original: PaymentRequest, change: Change): boolean {
  return change.field !== 'merchant' && original.body[change.field] === change.value;
}

/** One approved payment, built once: the request and the wallet's authorization of it. */
function approvedPayment() {
  const { customer, requestFrame, merchant } = pairSessions({ parties, seed: 2 });
  customer.onFrame(requestFrame, TEST_NOW_MS);
  const { frame } = customer.approve({
    wallet: parties.wallet,
    nowMs: TEST_NOW_MS,
    usedOtpSteps: new Set(),
  });
  const step = merchant.onFrame(frame, TEST_NOW_MS);
  if (step.kind !== 'authorize') throw new Error('expected authorize');
  return { approved: merchant.request, authorization: step.authorization };
}

describe('an authorization binds the exact request (property)', () => {
  const { approved, authorization } = approvedPayment();

  it('a changed, re-signed request no longer matches the approval', () => {
    fc.assert(
      fc.property(changeArbitrary, (change) => {
        fc.pre(!isSameAsOriginal(approved, change));
        const changed = changedRequest(approved, change);
        expect(verifyRequest(changed, parties.serverPublicKey)).toBe(true);
        const changedHash = requestHash(changed);
        expect(changedHash).not.toBe(authorization.body.requestHash);
        // Pointing the approval at the changed request breaks the wallet's signature.
        const repointed = {
          body: { ...authorization.body, requestHash: changedHash },
          signature: authorization.signature,
        };
        expect(verifyAuthorization(repointed, parties.walletPublicKey)).toBe(false);
        expect(verifyAuthorization(authorization, parties.walletPublicKey)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('a console charging something else than the phone approved refuses the approval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.string({ maxLength: 80 }),
        fc.nat(),
        (amountMinor, reference, seed) => {
          const shown = testCharge();
          fc.pre(amountMinor !== shown.amountMinor || reference !== shown.reference);
          const honest = pairSessions({ parties, seed, charge: shown });
          // Same ephemeral key and session id (same seed), different charge.
          const charge = testCharge({ amountMinor, reference });
          const other = pairSessions({ parties, seed, charge });
          honest.customer.onFrame(honest.requestFrame, TEST_NOW_MS);
          const approval = honest.customer.approve({
            wallet: parties.wallet,
            nowMs: TEST_NOW_MS,
            usedOtpSteps: new Set(),
          });
          expect(other.merchant.onFrame(approval.frame, TEST_NOW_MS)).toMatchObject({
            kind: 'failed',
            reason: 'request_mismatch',
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('domain separation (property)', () => {
  const tags = Object.values(DOMAIN_TAGS) as DomainTag[];
  const signer = parties.server;
  const publicKey = toBase64Url(signer.publicKey);
  const bodyArbitrary = fc.dictionary(
    fc.string({ maxLength: 8 }),
    fc.oneof(fc.string({ maxLength: 20 }), fc.maxSafeInteger(), fc.boolean()),
    { maxKeys: 5 },
  );

  it('a signature under one domain tag never verifies under another', () => {
    fc.assert(
      fc.property(
        bodyArbitrary,
        fc.constantFrom(...tags),
        fc.constantFrom(...tags),
        (body, signedAs, checkedAs) => {
          const signature = signBody(signedAs, body, signer.secretKey);
          expect(verifyBody(checkedAs, body, signature, publicKey)).toBe(signedAs === checkedAs);
        },
      ),
      { numRuns: 100 },
    );
  });
});
