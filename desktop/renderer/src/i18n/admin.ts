// Words of the administrator's console (sign-in, reports, settlements, refunds audit,
// merchants and devices, fee schedules, gift certificates), in English and Korean. Flat on
// purpose: the catalogue test compares every text one level deep.

export type StatementStatus = 'pending' | 'approved';

export interface AdminMessages {
  // Sign-in and errors.
  readonly asAdministrator: string;
  readonly signInTitle: string;
  readonly signInHint: string;
  readonly usernameLabel: string;
  readonly passwordLabel: string;
  readonly signIn: string;
  readonly signingIn: string;
  readonly sessionEnded: string;
  readonly wrongPassword: string;
  readonly loginThrottled: string;
  readonly serverUnreachable: string;
  readonly signOut: string;

  // Tabs.
  readonly tabReports: string;
  readonly tabSettlements: string;
  readonly tabRefunds: string;
  readonly tabMerchants: string;
  readonly tabFees: string;
  readonly tabGifts: string;

  // Tables.
  readonly loading: string;
  readonly noRows: string;
  readonly exportCsv: string;
  readonly exportCsvOf: (title: string) => string;
  readonly exporting: string;
  readonly cancel: string;
  readonly create: string;
  readonly creating: string;

  // Columns.
  readonly colDay: string;
  readonly colHour: string;
  readonly colCategory: string;
  readonly colMerchant: string;
  readonly colPayments: string;
  readonly colGross: string;
  readonly colFee: string;
  readonly colRefunds: string;
  readonly colNetSales: string;
  readonly colNetFee: string;
  readonly colRefundRatio: string;
  readonly colStatus: string;
  readonly colNet: string;
  readonly colPayout: string;
  readonly colAmount: string;
  readonly colFeeRefund: string;
  readonly colRemaining: string;
  readonly colRequestedBy: string;
  readonly colWhen: string;
  readonly colPayment: string;
  readonly colName: string;
  readonly colCurrency: string;
  readonly colLabel: string;
  readonly colEnrolled: string;
  readonly colVersion: string;
  readonly colEffective: string;
  readonly colRate: string;
  readonly colFixed: string;
  readonly colMinimum: string;
  readonly colCap: string;
  readonly colCount: string;
  readonly colValue: string;
  readonly colTotal: string;
  readonly colCreated: string;
  readonly colActions: string;
  readonly hourOfDay: (hour: number) => string;

  // Reports.
  readonly reportsTitle: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly rangeInvalid: string;
  readonly chartRevenueFees: string;
  readonly chartByHour: string;
  readonly chartByCategory: string;
  readonly chartByMerchant: string;
  readonly chartRefundRatio: string;
  readonly seriesRevenue: string;
  readonly seriesFees: string;
  readonly seriesPayments: string;
  readonly seriesRefundRatio: string;
  readonly chartSummary: (title: string, points: number) => string;
  readonly totalRow: string;

  // Settlements.
  readonly settlementsTitle: string;
  readonly closeDayLabel: string;
  readonly closeDay: string;
  readonly closedStatements: (count: number) => string;
  readonly statusFilter: string;
  readonly statusAll: string;
  readonly statusName: (status: StatementStatus) => string;
  readonly view: string;
  readonly statementTitle: (merchant: string, day: string) => string;
  readonly openingCarry: string;
  readonly closingCarry: string;
  readonly approve: string;
  readonly approving: string;
  readonly approveQuestion: (merchant: string, day: string, payout: string) => string;
  readonly confirmApprove: string;
  readonly close: string;

  // Refunds audit.
  readonly refundsTitle: string;
  readonly merchantFilter: string;
  readonly allMerchants: string;
  readonly refundsLimitNote: (limit: number) => string;

  // Merchants and devices.
  readonly merchantsTitle: string;
  readonly newMerchant: string;
  readonly nameLabel: string;
  readonly categoryLabel: string;
  readonly currencyLabel: string;
  readonly consoleLabelLabel: string;
  readonly issueCode: string;
  readonly codeShownOnce: string;
  readonly codeExpires: (when: string) => string;
  readonly devicesTitle: string;
  readonly revoke: string;
  readonly revokeQuestion: (label: string) => string;
  readonly deviceStatus: (status: 'active' | 'revoked') => string;

  // Fee schedules.
  readonly feesTitle: string;
  readonly newVersion: string;
  readonly percentLabel: string;
  readonly fixedLabel: string;
  readonly minimumLabel: string;
  readonly capLabel: string;
  readonly capHint: string;
  readonly defaultCategory: string;
  readonly noCap: string;
  readonly amountInvalid: string;

  // Gift certificates.
  readonly giftsTitle: string;
  readonly newBatch: string;
  readonly batchLabelLabel: string;
  readonly countLabel: string;
  readonly valueLabel: string;
  readonly issueBatch: string;
  readonly codesShownOnce: (count: number) => string;
}

export { ADMIN_EN } from './admin-en.ts';
export { ADMIN_KO } from './admin-ko.ts';
