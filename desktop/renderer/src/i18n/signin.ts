// Words of sign-in, staff, refunds, shifts with a cash count and today's summary, in English
// and Korean. Flat on purpose: the catalogue test compares every text one level deep.
import type { SignedInRole } from '../../../core/session.ts';

export interface SigninMessages {
  readonly signInTitle: string;
  readonly pinLabel: string;
  readonly pinHint: string;
  readonly signIn: string;
  readonly signingIn: string;
  readonly clearPin: string;
  readonly deleteLastDigit: string;
  readonly pinPadLabel: string;
  readonly signOut: string;
  readonly signInFirst: string;
  readonly roleName: (role: SignedInRole) => string;
  readonly signedInAs: (name: string, role: SignedInRole) => string;
  readonly ownerSetupTitle: string;
  readonly ownerSetupHint: string;
  readonly nameLabel: string;
  readonly newPinLabel: string;
  readonly confirmPinLabel: string;
  readonly pinsDiffer: string;
  readonly pinFormat: string;
  readonly saveOwner: string;
  readonly saving: string;
  /** A named refusal (console or server) in words; unknown codes get a generic sentence. */
  readonly reason: (code: string) => string;
  readonly tabsLabel: string;
  readonly tabSell: string;
  readonly tabStaff: string;
  readonly staffTitle: string;
  readonly cashiersHeading: string;
  readonly noCashiers: string;
  readonly addCashier: string;
  readonly removeCashier: (name: string) => string;
  readonly refundLimitHeading: string;
  readonly refundLimitLabel: string;
  readonly refundLimitHint: string;
  readonly saveLimit: string;
  readonly saved: string;
  readonly refund: string;
  readonly voidPayment: string;
  readonly refundTitle: string;
  readonly voidTitle: string;
  readonly refundAmountLabel: string;
  readonly leftToRefund: (amount: string) => string;
  readonly voidHint: string;
  readonly confirmRefund: string;
  readonly confirmVoid: string;
  readonly sending: string;
  readonly cancel: string;
  readonly close: string;
  readonly ownerPinTitle: string;
  readonly ownerPinHint: (limit: string) => string;
  readonly ownerPinLabel: string;
  readonly approve: string;
  readonly refundDone: (amount: string) => string;
  readonly voidDone: string;
  readonly refundQueued: string;
  readonly refundRefused: string;
  readonly refundedBadge: (amount: string) => string;
  readonly voidedBadge: string;
  readonly refundWaitingBadge: string;
  readonly openShiftTitle: string;
  readonly floatLabel: string;
  readonly floatHint: string;
  readonly confirmOpenShift: string;
  readonly closeShiftTitle: string;
  readonly countedLabel: string;
  readonly blindCountHint: string;
  readonly recordCount: string;
  readonly shiftClosedTitle: string;
  readonly expectedLabel: string;
  readonly countedResultLabel: string;
  readonly varianceLabel: string;
  readonly varianceWords: (varianceMinor: number) => string;
  readonly done: string;
  readonly summaryHeading: string;
  readonly salesCount: string;
  readonly gross: string;
  readonly refunds: string;
  readonly net: string;
  readonly paidBanner: string;
  readonly paidSound: string;
  readonly paidSoundOn: string;
  readonly paidSoundOff: string;
}

const REASONS_EN: Readonly<Record<string, string>> = {
  pin_wrong: 'That PIN is not right.',
  pin_throttled: 'Too many wrong PINs. Wait a few seconds and try again.',
  pin_locked: 'Too many wrong PINs in a row. PIN sign-in is locked for 15 minutes.',
  pin_not_owner: 'That is a cashier’s PIN. An owner must type their own PIN.',
  pin_taken: 'Someone on this console already uses that PIN. Choose another.',
  owner_exists: 'This console already has an owner.',
  owner_missing: 'Set up the owner first.',
  staff_not_found: 'That person is not on this console any more.',
  staff_full: 'This console has as many people as it can hold.',
  owner_approval_required: 'An owner’s PIN must approve this.',
  payment_not_refundable: 'Only a paid payment can be refunded or voided.',
  refund_in_flight: 'A refund of this payment is still on its way to the server.',
  refund_exceeds_remaining: 'That is more than is left to refund on this payment.',
  payment_voided: 'This payment was voided already.',
  payment_refunded: 'This payment was partly refunded. Refund the rest instead of voiding.',
  payment_in_statement: 'This payment is in a settlement statement already. Refund it instead.',
  payment_not_settled: 'This payment was not paid, so there is nothing to refund.',
  device_revoked: 'The server no longer accepts this console. Ask an administrator.',
  not_found: 'The server does not know this payment.',
};

const REASONS_KO: Readonly<Record<string, string>> = {
  pin_wrong: 'PIN이 맞지 않습니다.',
  pin_throttled: 'PIN이 여러 번 틀렸습니다. 몇 초 뒤에 다시 시도하세요.',
  pin_locked: 'PIN이 연속으로 너무 많이 틀려 15분 동안 PIN 로그인이 잠겼습니다.',
  pin_not_owner: '계산원의 PIN입니다. 점주가 본인의 PIN을 입력해야 합니다.',
  pin_taken: '이 단말기에서 이미 다른 사람이 쓰는 PIN입니다. 다른 PIN을 고르세요.',
  owner_exists: '이 단말기에는 이미 점주가 있습니다.',
  owner_missing: '먼저 점주를 등록하세요.',
  staff_not_found: '이 단말기에 더 이상 없는 직원입니다.',
  staff_full: '이 단말기에 등록할 수 있는 인원이 다 찼습니다.',
  owner_approval_required: '점주의 PIN 승인이 필요합니다.',
  payment_not_refundable: '결제 완료된 건만 환불하거나 취소할 수 있습니다.',
  refund_in_flight: '이 결제의 환불이 아직 서버로 가는 중입니다.',
  refund_exceeds_remaining: '이 결제에서 환불할 수 있는 금액보다 많습니다.',
  payment_voided: '이미 취소된 결제입니다.',
  payment_refunded: '일부 환불된 결제입니다. 취소 대신 남은 금액을 환불하세요.',
  payment_in_statement: '이미 정산서에 포함된 결제입니다. 취소 대신 환불하세요.',
  payment_not_settled: '결제되지 않은 건이라 환불할 것이 없습니다.',
  device_revoked: '서버가 이 단말기를 더 이상 받지 않습니다. 관리자에게 문의하세요.',
  not_found: '서버에 이 결제가 없습니다.',
};

const ROLE_EN: Readonly<Record<SignedInRole, string>> = {
  cashier: 'Cashier',
  owner: 'Owner',
  administrator: 'Administrator',
};
const ROLE_KO: Readonly<Record<SignedInRole, string>> = {
  cashier: '계산원',
  owner: '점주',
  administrator: '관리자',
};

export const SIGNIN_EN: SigninMessages = {
  signInTitle: 'Sign in',
  pinLabel: 'PIN',
  pinHint: 'Type your PIN and press Enter.',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  clearPin: 'Clear',
  deleteLastDigit: 'Delete last digit',
  pinPadLabel: 'PIN keypad',
  signOut: 'Sign out',
  signInFirst: 'You were signed out. Sign in again.',
  roleName: (role) => ROLE_EN[role],
  signedInAs: (name, role) => `${name} (${ROLE_EN[role]})`,
  ownerSetupTitle: 'Set up the owner',
  ownerSetupHint:
    'This console has no owner yet. The owner adds cashiers and approves large refunds.',
  nameLabel: 'Name',
  newPinLabel: 'PIN (4 to 8 digits)',
  confirmPinLabel: 'PIN again',
  pinsDiffer: 'The two PINs are not the same.',
  pinFormat: 'A PIN is 4 to 8 digits.',
  saveOwner: 'Save and sign in',
  saving: 'Saving…',
  reason: (code) => REASONS_EN[code] ?? `The request was refused (${code}).`,
  tabsLabel: 'Screens',
  tabSell: 'Sell',
  tabStaff: 'Staff',
  staffTitle: 'Staff on this console',
  cashiersHeading: 'Cashiers',
  noCashiers: 'No cashiers yet.',
  addCashier: 'Add cashier',
  removeCashier: (name) => `Remove ${name}`,
  refundLimitHeading: 'Refund limit',
  refundLimitLabel: 'A cashier may refund up to',
  refundLimitHint: 'Above this, and for every void, an owner types their PIN.',
  saveLimit: 'Save limit',
  saved: 'Saved.',
  refund: 'Refund',
  voidPayment: 'Void',
  refundTitle: 'Refund a payment',
  voidTitle: 'Void a payment',
  refundAmountLabel: 'Amount to refund',
  leftToRefund: (amount) => `Left to refund: ${amount}`,
  voidHint: 'A void takes back the whole payment. An owner must approve it.',
  confirmRefund: 'Refund',
  confirmVoid: 'Void payment',
  sending: 'Sending…',
  cancel: 'Cancel',
  close: 'Close',
  ownerPinTitle: 'Owner approval',
  ownerPinHint: (limit) => `Refunds above ${limit}, and voids, need an owner’s PIN.`,
  ownerPinLabel: 'Owner PIN',
  approve: 'Approve',
  refundDone: (amount) => `Refunded ${amount}.`,
  voidDone: 'The payment was voided.',
  refundQueued:
    'The server did not answer. The refund is saved and will be sent again automatically.',
  refundRefused: 'The server refused:',
  refundedBadge: (amount) => `Refunded ${amount}`,
  voidedBadge: 'Voided',
  refundWaitingBadge: 'Refund waiting for server',
  openShiftTitle: 'Open shift',
  floatLabel: 'Cash in the drawer now (float)',
  floatHint: 'Count the cash you start with.',
  confirmOpenShift: 'Open shift',
  closeShiftTitle: 'Close shift: count the cash',
  countedLabel: 'Cash counted in the drawer',
  blindCountHint: 'Count the drawer and type what you counted. The expected amount is shown after.',
  recordCount: 'Record count and close',
  shiftClosedTitle: 'Shift closed',
  expectedLabel: 'Expected',
  countedResultLabel: 'Counted',
  varianceLabel: 'Variance',
  varianceWords: (varianceMinor) =>
    varianceMinor === 0 ? 'The drawer matches.' : varianceMinor > 0 ? 'Over' : 'Short',
  done: 'Done',
  summaryHeading: 'Today’s sales',
  salesCount: 'Sales',
  gross: 'Gross',
  refunds: 'Refunds',
  net: 'Net',
  paidBanner: 'Paid',
  paidSound: 'Sound when paid',
  paidSoundOn: 'Sound on',
  paidSoundOff: 'Sound off',
};

export const SIGNIN_KO: SigninMessages = {
  signInTitle: '로그인',
  pinLabel: 'PIN 번호',
  pinHint: 'PIN을 입력하고 Enter를 누르세요.',
  signIn: '로그인',
  signingIn: '로그인하는 중…',
  clearPin: '지우기',
  deleteLastDigit: '마지막 숫자 지우기',
  pinPadLabel: 'PIN 키패드',
  signOut: '로그아웃',
  signInFirst: '로그아웃되었습니다. 다시 로그인하세요.',
  roleName: (role) => ROLE_KO[role],
  signedInAs: (name, role) => `${name} (${ROLE_KO[role]})`,
  ownerSetupTitle: '점주 등록',
  ownerSetupHint: '이 단말기에는 아직 점주가 없습니다. 점주는 계산원을 추가하고 큰 환불을 승인합니다.',
  nameLabel: '이름',
  newPinLabel: 'PIN (숫자 4~8자리)',
  confirmPinLabel: 'PIN 다시 입력',
  pinsDiffer: '두 PIN이 같지 않습니다.',
  pinFormat: 'PIN은 숫자 4~8자리입니다.',
  saveOwner: '저장하고 로그인',
  saving: '저장하는 중…',
  reason: (code) => REASONS_KO[code] ?? `요청이 거절되었습니다 (${code}).`,
  tabsLabel: '화면',
  tabSell: '판매',
  tabStaff: '직원',
  staffTitle: '이 단말기의 직원',
  cashiersHeading: '계산원',
  noCashiers: '아직 계산원이 없습니다.',
  addCashier: '계산원 추가',
  removeCashier: (name) => `${name} 삭제`,
  refundLimitHeading: '환불 한도',
  refundLimitLabel: '계산원이 혼자 환불할 수 있는 금액',
  refundLimitHint: '이 금액을 넘는 환불과 모든 결제 취소는 점주의 PIN이 필요합니다.',
  saveLimit: '한도 저장',
  saved: '저장했습니다.',
  refund: '환불',
  voidPayment: '결제 취소',
  refundTitle: '결제 환불',
  voidTitle: '결제 취소',
  refundAmountLabel: '환불 금액',
  leftToRefund: (amount) => `환불 가능 금액: ${amount}`,
  voidHint: '결제 취소는 결제 전체를 되돌립니다. 점주의 승인이 필요합니다.',
  confirmRefund: '환불하기',
  confirmVoid: '결제 취소하기',
  sending: '보내는 중…',
  cancel: '취소',
  close: '닫기',
  ownerPinTitle: '점주 승인',
  ownerPinHint: (limit) => `${limit}을 넘는 환불과 결제 취소는 점주의 PIN이 필요합니다.`,
  ownerPinLabel: '점주 PIN',
  approve: '승인',
  refundDone: (amount) => `${amount} 환불했습니다.`,
  voidDone: '결제를 취소했습니다.',
  refundQueued: '서버가 응답하지 않습니다. 환불은 저장되었고 자동으로 다시 보냅니다.',
  refundRefused: '서버가 거절했습니다:',
  refundedBadge: (amount) => `${amount} 환불됨`,
  voidedBadge: '취소됨',
  refundWaitingBadge: '환불 서버 전송 대기 중',
  openShiftTitle: '근무 시작',
  floatLabel: '지금 서랍에 있는 현금 (시재금)',
  floatHint: '시작할 때 있는 현금을 세어 입력하세요.',
  confirmOpenShift: '근무 시작',
  closeShiftTitle: '근무 마감: 현금 세기',
  countedLabel: '서랍에서 센 현금',
  blindCountHint: '서랍의 현금을 세어 입력하세요. 예상 금액은 입력한 뒤에 보여 드립니다.',
  recordCount: '기록하고 마감',
  shiftClosedTitle: '근무 마감됨',
  expectedLabel: '예상 금액',
  countedResultLabel: '센 금액',
  varianceLabel: '차액',
  varianceWords: (varianceMinor) =>
    varianceMinor === 0 ? '서랍 금액이 맞습니다.' : varianceMinor > 0 ? '남음' : '모자람',
  done: '확인',
  summaryHeading: '오늘 매출',
  salesCount: '판매 건수',
  gross: '총매출',
  refunds: '환불',
  net: '순매출',
  paidBanner: '결제 완료',
  paidSound: '결제 완료 소리',
  paidSoundOn: '소리 켜짐',
  paidSoundOff: '소리 꺼짐',
};
