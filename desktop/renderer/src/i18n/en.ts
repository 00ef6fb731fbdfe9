// The English catalogue: the register's original words.
import { INVOICES_EN } from './invoices.ts';
import { REASON_TEXT } from '../../../../protocol/reasons.ts';
import { backlogText, quarantinedText, unsyncedText } from '../lib/sync-text.ts';
import { syncedAgoText } from '../lib/time.ts';
import type { Messages } from './messages.ts';
import { ADMIN_EN } from './admin.ts';
import { CATALOG_EN } from './catalog.ts';
import { SIGNIN_EN } from './signin.ts';

export const ENGLISH: Messages = {
  locale: 'en-US',
  languageName: 'English',

  appName: 'Handshake POS',
  notEnrolled: 'Not enrolled',
  serverOnline: 'Server online',
  serverOffline: 'Server offline',
  languageGroupLabel: 'Language',
  largeText: 'Large text',
  largeTextLabel: 'Large text: make everything bigger',

  startingConsole: 'Starting the console…',
  tryAgain: 'Try again',
  notSignedIn:
    'This page is not signed in to the console. Open the link the console printed when it started.',
  consoleNotAnswering: (detail) => `The console is not answering (${detail}).`,

  enrollTitle: 'Enroll this console',
  enrollHintBefore: 'Enter the one-time code from your administrator. It links this console to',
  enrollHintAfter: '.',
  enrollmentCode: 'Enrollment code',
  enrollNeedsServer: 'The server is not answering; enrollment needs it.',
  enrolling: 'Enrolling…',
  enrollConsole: 'Enroll console',

  saleRegion: 'Sale',
  amount: 'Amount',
  keypadLabel: 'Amount keypad',
  doubleZero: 'Double zero',
  deleteLastDigit: 'Delete last digit',
  clear: 'Clear',
  charge: 'Charge',
  opening: 'Opening…',

  paymentQrAlt: 'Payment QR code: scan it with the Handshake wallet',
  qrFailed: 'Could not draw the QR code',
  drawing: 'Drawing…',
  paymentLink: 'Payment link',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  expiresIn: (countdown) => `Expires in ${countdown}`,
  expiring: 'Expiring…',
  statusUnavailable: (detail) => `Status unavailable: ${detail}`,
  cancelling: 'Cancelling…',
  cancelEsc: 'Cancel (Esc)',
  liveState: {
    awaiting_customer: 'Waiting for the customer to scan',
    awaiting_approval: 'Customer is reviewing on their phone',
    authorizing: 'Approved — confirming with the server',
    awaiting_offline: 'Server away — asking the phone to approve offline',
    offline_accepted: 'Paid offline — will sync',
    offline_pending: 'Paid offline — will sync',
    settled: 'Paid',
    declined: 'Declined',
    expired: 'Expired',
    failed: 'Failed',
  },

  paid: 'Paid',
  paidOffline: 'Paid offline — will sync',
  offlineBadge: 'Accepted offline: the server settles it when the console syncs',
  merchant: 'Merchant',
  transaction: 'Transaction',
  time: 'Time',
  issuedOnSync: 'issued on sync',
  newSale: 'New sale',
  chargeAgain: 'Charge again',
  declineTitle: { declined: 'Declined', expired: 'Expired', failed: 'Payment failed' },
  notPaid: 'Not paid',
  unknownReason: 'The payment did not go through.',
  reasons: REASON_TEXT,

  waitingForServerTitle: 'Waiting for the server',
  unreachableText: 'Server unreachable — the payment is safe and will be sent when it’s back.',
  offlineRefusedTitle: 'Offline approval refused',
  keepsTryingText: 'Do not charge again: the console keeps trying the server.',
  receiptAppearsText:
    'The receipt appears here when the server answers. A new sale serves the next customer; ' +
    'this payment keeps syncing in Today’s list.',

  today: 'Today',
  noPaymentsToday: 'No payments yet today.',
  paidCount: (count) => `${count} paid`,
  offlineSyncingCount: (count) => `${count} offline, syncing`,
  stateLabel: {
    awaiting_customer: 'Waiting',
    awaiting_approval: 'Reviewing',
    authorizing: 'Confirming',
    awaiting_offline: 'Approving offline',
    offline_accepted: 'Offline, syncing',
    offline_pending: 'Offline, syncing',
    settled: 'Paid',
    declined: 'Declined',
    expired: 'Expired',
    failed: 'Failed',
  },
  cancelledLabel: 'Cancelled',
  waitingForServerLabel: 'Waiting for server',

  syncStatusLabel: 'Sync status',
  readingSyncStatus: 'Reading sync status…',
  syncStatusUnavailable: (detail) => `Sync status unavailable: ${detail}`,
  unsynced: unsyncedText,
  quarantined: quarantinedText,
  syncingPayments: 'Syncing payments',
  backlog: (done, total) => backlogText({ done, total }),
  syncedAgo: syncedAgoText,
  shiftOpenSince: 'Shift open since',
  noShiftOpen: 'No shift open',
  openShift: 'Open shift',
  closeShift: 'Close shift',
  closing: 'Closing…',
  dismissShiftMessage: 'Dismiss the shift message',
  signin: SIGNIN_EN,
  catalog: CATALOG_EN,
  admin: ADMIN_EN,
  invoices: INVOICES_EN,
};
