// What each signature covers. Every signed message is
//   utf8(domain tag) || 0x00 || utf8(canonical JSON of the body)
// so a signature made for one kind of document can never be replayed as another.
import { canonicalJson } from './canonical.ts';
import { concatBytes, fromBase64Url, toBase64Url, utf8 } from './bytes.ts';
import { nobleSignatures, sha256Bytes, type SignatureSuite } from './crypto.ts';
import type {
  Authorization,
  AuthorizationBody,
  DeviceCertificate,
  PaymentRequest,
  Receipt,
  ReceiptBody,
} from './messages.ts';

export const DOMAIN_TAGS = {
  deviceCertificate: 'HSPOS/1 device-certificate',
  paymentRequest: 'HSPOS/1 payment-request',
  authorization: 'HSPOS/1 authorization',
  receipt: 'HSPOS/1 receipt',
  deviceCall: 'HSPOS/1 device-call',
  offlineAllowance: 'HSPOS/1 offline-allowance',
  offlineAuthorization: 'HSPOS/1 offline-authorization',
  walletCall: 'HSPOS/1 wallet-call',
} as const;
export type DomainTag = (typeof DOMAIN_TAGS)[keyof typeof DOMAIN_TAGS];

export function signedBytes(tag: DomainTag, body: unknown): Uint8Array {
  return concatBytes(utf8(tag), new Uint8Array([0]), utf8(canonicalJson(body)));
}

export function signBody(
  tag: DomainTag,
  body: unknown,
  secretKey: Uint8Array,
  suite: SignatureSuite = nobleSignatures,
): string {
  return toBase64Url(suite.sign(signedBytes(tag, body), secretKey));
}

export function verifyBody(
  tag: DomainTag,
  body: unknown,
  signature: string,
  publicKey: string,
  suite: SignatureSuite = nobleSignatures,
): boolean {
  try {
    return suite.verify(
      fromBase64Url(signature),
      signedBytes(tag, body),
      fromBase64Url(publicKey),
    );
  } catch {
    return false;
  }
}

/** SHA-256 over the canonical JSON of a whole document (body and signatures), base64url. */
export function documentHash(document: unknown): string {
  return toBase64Url(sha256Bytes(utf8(canonicalJson(document))));
}

export function requestHash(request: PaymentRequest): string {
  return documentHash(request);
}

export function authorizationHash(authorization: Authorization): string {
  return documentHash(authorization);
}

export function verifyCertificate(
  certificate: DeviceCertificate,
  serverPublicKey: string,
  suite?: SignatureSuite,
): boolean {
  return verifyBody(
    DOMAIN_TAGS.deviceCertificate,
    certificate.body,
    certificate.signature,
    serverPublicKey,
    suite,
  );
}

/**
 * Checks the request's device signature against the certificate's key, and that the
 * certificate names the same device and merchant as the request.
 */
export function verifyRequest(
  request: PaymentRequest,
  serverPublicKey: string,
  suite?: SignatureSuite,
): boolean {
  return (
    verifyCertificate(request.certificate, serverPublicKey, suite) &&
    verifyRequestSignature(request, suite)
  );
}

/**
 * The request's own half of `verifyRequest`: it names the certificate's device and merchant,
 * and the certificate's device key signed it. Only for a verifier that already knows the
 * certificate is genuine (the server, holding the very certificate it issued).
 */
export function verifyRequestSignature(request: PaymentRequest, suite?: SignatureSuite): boolean {
  const { body, certificate } = request;
  return (
    certificate.body.deviceId === body.deviceId &&
    certificate.body.merchantId === body.merchantId &&
    certificate.body.merchantName === body.merchantName &&
    verifyBody(
      DOMAIN_TAGS.paymentRequest,
      body,
      request.signature,
      certificate.body.devicePublicKey,
      suite,
    )
  );
}

export function signAuthorization(
  body: AuthorizationBody,
  walletSecretKey: Uint8Array,
  suite?: SignatureSuite,
): Authorization {
  return { body, signature: signBody(DOMAIN_TAGS.authorization, body, walletSecretKey, suite) };
}

export function verifyAuthorization(
  authorization: Authorization,
  walletPublicKey: string,
  suite?: SignatureSuite,
): boolean {
  return verifyBody(
    DOMAIN_TAGS.authorization,
    authorization.body,
    authorization.signature,
    walletPublicKey,
    suite,
  );
}

export function signReceipt(
  body: ReceiptBody,
  serverSecretKey: Uint8Array,
  suite?: SignatureSuite,
): Receipt {
  return { body, signature: signBody(DOMAIN_TAGS.receipt, body, serverSecretKey, suite) };
}

export function verifyReceipt(
  receipt: Receipt,
  serverPublicKey: string,
  suite?: SignatureSuite,
): boolean {
  return verifyBody(DOMAIN_TAGS.receipt, receipt.body, receipt.signature, serverPublicKey, suite);
}
