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
  readonly hourFeeNote: string;

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

export const ADMIN_EN: AdminMessages = {
  asAdministrator: 'Administrator',
  signInTitle: 'Administrator sign-in',
  signInHint: 'Your server account: the console keeps the session, never your password.',
  usernameLabel: 'Username',
  passwordLabel: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  sessionEnded: 'Your administrator session has ended. Sign in again.',
  wrongPassword: 'Wrong username or password.',
  loginThrottled: 'Too many wrong passwords. Wait a moment, then try again.',
  serverUnreachable:
    'The server cannot be reached. Administration needs it: check the connection and try again.',
  signOut: 'Sign out',

  tabReports: 'Reports',
  tabSettlements: 'Settlements',
  tabRefunds: 'Refunds audit',
  tabMerchants: 'Merchants & devices',
  tabFees: 'Fee schedules',
  tabGifts: 'Gift certificates',

  loading: 'Loading…',
  noRows: 'Nothing to show.',
  exportCsv: 'Export CSV',
  exportCsvOf: (title) => `Export “${title}” as CSV`,
  exporting: 'Exporting…',
  cancel: 'Cancel',
  create: 'Create',
  creating: 'Creating…',

  colDay: 'Day',
  colHour: 'Hour',
  colCategory: 'Category',
  colMerchant: 'Merchant',
  colPayments: 'Payments',
  colGross: 'Revenue',
  colFee: 'Fee',
  colRefunds: 'Refunds',
  colNetSales: 'Net sales',
  colNetFee: 'Net fee',
  colRefundRatio: 'Refund ratio',
  colStatus: 'Status',
  colNet: 'Net',
  colPayout: 'Payout',
  colAmount: 'Amount',
  colFeeRefund: 'Fee returned',
  colRemaining: 'Left to refund',
  colRequestedBy: 'Requested by',
  colWhen: 'When',
  colPayment: 'Payment',
  colName: 'Name',
  colCurrency: 'Currency',
  colLabel: 'Label',
  colEnrolled: 'Enrolled',
  colVersion: 'Version',
  colEffective: 'In force from',
  colRate: 'Rate',
  colFixed: 'Fixed',
  colMinimum: 'Minimum',
  colCap: 'Cap',
  colCount: 'Count',
  colValue: 'Value each',
  colTotal: 'Total',
  colCreated: 'Created',
  colActions: 'Actions',
  hourOfDay: (hour) => `${String(hour).padStart(2, '0')}:00`,

  reportsTitle: 'Reports',
  fromLabel: 'From (business day)',
  toLabel: 'To (business day)',
  rangeInvalid: 'The range ends before it starts.',
  chartRevenueFees: 'Revenue and fees per day',
  chartByHour: 'Payments by hour',
  chartByCategory: 'By category',
  chartByMerchant: 'By merchant',
  chartRefundRatio: 'Refund ratio per day',
  seriesRevenue: 'Revenue',
  seriesFees: 'Fees',
  seriesPayments: 'Payments',
  seriesRefundRatio: 'Refunds ÷ revenue',
  chartSummary: (title, points) => `${title}: chart of ${points} points; the table below has the numbers.`,
  totalRow: 'Total',
  hourFeeNote: 'Fees are kept per day, not per hour: see the day table for fees.',

  settlementsTitle: 'Settlements',
  closeDayLabel: 'Business day to close',
  closeDay: 'Close day for all merchants',
  closedStatements: (count) =>
    count === 1 ? '1 statement ready for review.' : `${count} statements ready for review.`,
  statusFilter: 'Show',
  statusAll: 'All',
  statusName: (status) => (status === 'pending' ? 'Pending' : 'Approved'),
  view: 'Review',
  statementTitle: (merchant, day) => `Statement: ${merchant}, ${day}`,
  openingCarry: 'Carried in',
  closingCarry: 'Carried out',
  approve: 'Approve',
  approving: 'Approving…',
  approveQuestion: (merchant, day, payout) =>
    `Approve the statement of ${merchant} for ${day} and pay out ${payout}? This cannot be undone.`,
  confirmApprove: 'Yes, approve',
  close: 'Close',

  refundsTitle: 'Refunds audit',
  merchantFilter: 'Merchant',
  allMerchants: 'All merchants',
  refundsLimitNote: (limit) => `The newest ${limit} refunds.`,

  merchantsTitle: 'Merchants',
  newMerchant: 'New merchant',
  nameLabel: 'Name',
  categoryLabel: 'Category (selects the fee schedule)',
  currencyLabel: 'Currency',
  consoleLabelLabel: 'Console label',
  issueCode: 'Issue enrollment code',
  codeShownOnce: 'Enrollment code: shown only now. Type it on the new console.',
  codeExpires: (when) => `Valid until ${when}.`,
  devicesTitle: 'Consoles',
  revoke: 'Revoke',
  revokeQuestion: (label) => `Revoke the console “${label}”? It can no longer take payments.`,
  deviceStatus: (status) => (status === 'active' ? 'Active' : 'Revoked'),

  feesTitle: 'Fee schedules',
  newVersion: 'Add a new version',
  percentLabel: 'Rate (%)',
  fixedLabel: 'Fixed per payment',
  minimumLabel: 'Minimum fee',
  capLabel: 'Cap',
  capHint: 'Leave empty for no cap.',
  defaultCategory: 'All other categories (*)',
  noCap: 'None',
  amountInvalid: 'Type an amount in the currency’s units.',

  giftsTitle: 'Gift certificates',
  newBatch: 'New batch',
  batchLabelLabel: 'Batch name',
  countLabel: 'How many codes',
  valueLabel: 'Value of each',
  issueBatch: 'Issue batch',
  codesShownOnce: (count) => `${count} codes, shown only now: print or copy them before leaving.`,
};

export const ADMIN_KO: AdminMessages = {
  asAdministrator: '관리자',
  signInTitle: '관리자 로그인',
  signInHint: '서버 계정으로 로그인합니다. 콘솔은 세션만 보관하고 비밀번호는 보관하지 않습니다.',
  usernameLabel: '아이디',
  passwordLabel: '비밀번호',
  signIn: '로그인',
  signingIn: '로그인 중…',
  sessionEnded: '관리자 세션이 끝났습니다. 다시 로그인하세요.',
  wrongPassword: '아이디 또는 비밀번호가 틀렸습니다.',
  loginThrottled: '비밀번호를 여러 번 틀렸습니다. 잠시 기다린 뒤 다시 시도하세요.',
  serverUnreachable: '서버에 연결할 수 없습니다. 관리 기능은 서버가 필요합니다. 연결을 확인하고 다시 시도하세요.',
  signOut: '로그아웃',

  tabReports: '보고서',
  tabSettlements: '정산',
  tabRefunds: '환불 감사',
  tabMerchants: '가맹점·기기',
  tabFees: '수수료표',
  tabGifts: '상품권',

  loading: '불러오는 중…',
  noRows: '표시할 내용이 없습니다.',
  exportCsv: 'CSV 내보내기',
  exportCsvOf: (title) => `“${title}” CSV로 내보내기`,
  exporting: '내보내는 중…',
  cancel: '취소',
  create: '만들기',
  creating: '만드는 중…',

  colDay: '날짜',
  colHour: '시간',
  colCategory: '업종',
  colMerchant: '가맹점',
  colPayments: '결제 건수',
  colGross: '매출',
  colFee: '수수료',
  colRefunds: '환불',
  colNetSales: '순매출',
  colNetFee: '순수수료',
  colRefundRatio: '환불 비율',
  colStatus: '상태',
  colNet: '정산액',
  colPayout: '지급액',
  colAmount: '금액',
  colFeeRefund: '돌려준 수수료',
  colRemaining: '남은 환불 가능액',
  colRequestedBy: '요청자',
  colWhen: '일시',
  colPayment: '결제',
  colName: '이름',
  colCurrency: '통화',
  colLabel: '이름표',
  colEnrolled: '등록일',
  colVersion: '버전',
  colEffective: '적용 시작',
  colRate: '요율',
  colFixed: '건당 고정',
  colMinimum: '최소',
  colCap: '상한',
  colCount: '수량',
  colValue: '장당 금액',
  colTotal: '합계',
  colCreated: '발행일',
  colActions: '작업',
  hourOfDay: (hour) => `${hour}시`,

  reportsTitle: '보고서',
  fromLabel: '시작 영업일',
  toLabel: '끝 영업일',
  rangeInvalid: '끝 날짜가 시작 날짜보다 빠릅니다.',
  chartRevenueFees: '일별 매출과 수수료',
  chartByHour: '시간대별 결제',
  chartByCategory: '업종별',
  chartByMerchant: '가맹점별',
  chartRefundRatio: '일별 환불 비율',
  seriesRevenue: '매출',
  seriesFees: '수수료',
  seriesPayments: '결제 건수',
  seriesRefundRatio: '환불 ÷ 매출',
  chartSummary: (title, points) => `${title}: ${points}개 항목의 차트입니다. 아래 표에 숫자가 있습니다.`,
  totalRow: '합계',
  hourFeeNote: '수수료는 시간대가 아니라 날짜별로 집계됩니다. 수수료는 일별 표를 보세요.',

  settlementsTitle: '정산',
  closeDayLabel: '마감할 영업일',
  closeDay: '모든 가맹점 하루 마감',
  closedStatements: (count) => `검토할 정산서 ${count}건이 준비되었습니다.`,
  statusFilter: '보기',
  statusAll: '전체',
  statusName: (status) => (status === 'pending' ? '검토 대기' : '승인됨'),
  view: '검토',
  statementTitle: (merchant, day) => `정산서: ${merchant}, ${day}`,
  openingCarry: '이월 받은 금액',
  closingCarry: '이월할 금액',
  approve: '승인',
  approving: '승인 중…',
  approveQuestion: (merchant, day, payout) =>
    `${merchant}의 ${day} 정산서를 승인하고 ${payout}을 지급할까요? 되돌릴 수 없습니다.`,
  confirmApprove: '네, 승인합니다',
  close: '닫기',

  refundsTitle: '환불 감사',
  merchantFilter: '가맹점',
  allMerchants: '모든 가맹점',
  refundsLimitNote: (limit) => `최근 환불 ${limit}건까지 표시합니다.`,

  merchantsTitle: '가맹점',
  newMerchant: '새 가맹점',
  nameLabel: '이름',
  categoryLabel: '업종 (수수료표를 정합니다)',
  currencyLabel: '통화',
  consoleLabelLabel: '콘솔 이름표',
  issueCode: '등록 코드 발급',
  codeShownOnce: '등록 코드는 지금 한 번만 보입니다. 새 콘솔에 입력하세요.',
  codeExpires: (when) => `${when}까지 유효합니다.`,
  devicesTitle: '콘솔',
  revoke: '사용 중지',
  revokeQuestion: (label) => `콘솔 “${label}”을 사용 중지할까요? 더 이상 결제를 받을 수 없습니다.`,
  deviceStatus: (status) => (status === 'active' ? '사용 중' : '중지됨'),

  feesTitle: '수수료표',
  newVersion: '새 버전 추가',
  percentLabel: '요율 (%)',
  fixedLabel: '건당 고정 수수료',
  minimumLabel: '최소 수수료',
  capLabel: '상한',
  capHint: '상한이 없으면 비워 두세요.',
  defaultCategory: '그 밖의 모든 업종 (*)',
  noCap: '없음',
  amountInvalid: '통화 단위로 금액을 입력하세요.',

  giftsTitle: '상품권',
  newBatch: '새 묶음',
  batchLabelLabel: '묶음 이름',
  countLabel: '코드 수',
  valueLabel: '장당 금액',
  issueBatch: '묶음 발행',
  codesShownOnce: (count) => `코드 ${count}개는 지금 한 번만 보입니다. 나가기 전에 인쇄하거나 복사하세요.`,
};
