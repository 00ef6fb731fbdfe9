// Every user-visible string of the renderer, as one type. Each language's catalogue is typed
// by it, so a string added in one language and missing in another fails the type check.
import type { InvoicesMessages } from './invoices.ts';
import type { ReasonCode } from '../../../../protocol/reasons.ts';
import type { ConsolePaymentState } from '../../../core/types.ts';
import type { SyncAge } from '../lib/time.ts';
import type { AdminMessages } from './admin.ts';
import type { CatalogMessages } from './catalog.ts';
import type { SigninMessages } from './signin.ts';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Messages {
  /** BCP 47 locale for Intl: money, times. */
  readonly locale: string;
  /** The language's own name, as shown on its switcher button. */
  readonly languageName: string;

  // Header and settings.
  readonly appName: string;
  readonly notEnrolled: string;
  readonly serverOnline: string;
  readonly serverOffline: string;
  readonly languageGroupLabel: string;
  readonly largeText: string;
  readonly largeTextLabel: string;

  // App shell.
  readonly startingConsole: string;
  readonly tryAgain: string;
  readonly notSignedIn: string;
  readonly consoleNotAnswering: (detail: string) => string;

  // Enrollment.
  readonly enrollTitle: string;
  readonly enrollHintBefore: string;
  readonly enrollHintAfter: string;
  readonly enrollmentCode: string;
  readonly enrollNeedsServer: string;
  readonly enrolling: string;
  readonly enrollConsole: string;

  // Amount entry and keypad.
  readonly saleRegion: string;
  readonly amount: string;
  readonly keypadLabel: string;
  readonly doubleZero: string;
  readonly deleteLastDigit: string;
  readonly clear: string;
  readonly charge: string;
  readonly opening: string;

  // The open charge.
  readonly paymentQrAlt: string;
  readonly qrFailed: string;
  readonly drawing: string;
  readonly paymentLink: string;
  readonly copyLink: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly expiresIn: (countdown: string) => string;
  readonly expiring: string;
  readonly statusUnavailable: (detail: string) => string;
  readonly cancelling: string;
  readonly cancelEsc: string;
  readonly liveState: Readonly<Record<ConsolePaymentState, string>>;

  // Outcomes.
  readonly paid: string;
  readonly paidOffline: string;
  readonly offlineBadge: string;
  readonly merchant: string;
  readonly transaction: string;
  readonly time: string;
  readonly issuedOnSync: string;
  readonly newSale: string;
  readonly chargeAgain: string;
  readonly declineTitle: Readonly<Partial<Record<ConsolePaymentState, string>>>;
  readonly notPaid: string;
  readonly unknownReason: string;
  readonly reasons: Readonly<Record<ReasonCode, string>>;

  // Waiting for the server.
  readonly waitingForServerTitle: string;
  readonly unreachableText: string;
  readonly offlineRefusedTitle: string;
  readonly keepsTryingText: string;
  readonly receiptAppearsText: string;

  // Today's payments.
  readonly today: string;
  readonly noPaymentsToday: string;
  readonly paidCount: (count: number) => string;
  readonly offlineSyncingCount: (count: number) => string;
  readonly stateLabel: Readonly<Record<ConsolePaymentState, string>>;
  readonly cancelledLabel: string;
  readonly waitingForServerLabel: string;

  // Sync status and shift.
  readonly syncStatusLabel: string;
  readonly readingSyncStatus: string;
  readonly syncStatusUnavailable: (detail: string) => string;
  readonly unsynced: (count: number) => string;
  readonly quarantined: (count: number) => string;
  readonly syncingPayments: string;
  readonly backlog: (done: number, total: number) => string;
  readonly syncedAgo: (age: SyncAge) => string;
  readonly shiftOpenSince: string;
  readonly noShiftOpen: string;
  readonly openShift: string;
  readonly closeShift: string;
  readonly closing: string;
  readonly dismissShiftMessage: string;
  readonly signin: SigninMessages;
  readonly catalog: CatalogMessages;
  readonly admin: AdminMessages;
  readonly invoices: InvoicesMessages;
}
