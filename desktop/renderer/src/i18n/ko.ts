// The Korean catalogue: the words a cafeteria cashier in Korea expects on a register.
import { INVOICES_KO } from './invoices.ts';
import type { SyncAge } from '../lib/time.ts';
import type { Messages } from './messages.ts';
import { ADMIN_KO } from './admin.ts';
import { CATALOG_KO } from './catalog.ts';
import { SIGNIN_KO } from './signin.ts';
import { REASON_TEXT_KO } from './reasons-ko.ts';

const SYNC_AGE_UNIT = { s: '초', min: '분', h: '시간' } as const;

function syncedAgoKo(age: SyncAge): string {
  if (age.unit === 'never') return '아직 동기화 안 됨';
  if (age.unit === 'just-now') return '방금 동기화됨';
  return `${age.value}${SYNC_AGE_UNIT[age.unit]} 전 동기화됨`;
}

export const KOREAN: Messages = {
  locale: 'ko-KR',
  languageName: '한국어',

  appName: 'Handshake POS',
  notEnrolled: '등록되지 않음',
  serverOnline: '서버 연결됨',
  serverOffline: '서버 연결 끊김',
  languageGroupLabel: '언어',
  largeText: '큰 글씨',
  largeTextLabel: '큰 글씨: 화면 전체를 크게 보기',

  startingConsole: '단말기를 시작하는 중…',
  tryAgain: '다시 시도',
  notSignedIn:
    '이 페이지는 단말기에 로그인되어 있지 않습니다. 단말기가 시작할 때 출력한 링크를 여세요.',
  consoleNotAnswering: (detail) => `단말기가 응답하지 않습니다 (${detail}).`,

  enrollTitle: '단말기 등록',
  enrollHintBefore: '관리자에게 받은 일회용 코드를 입력하세요. 이 단말기를 다음 서버에 연결합니다:',
  enrollHintAfter: '',
  enrollmentCode: '등록 코드',
  enrollNeedsServer: '서버가 응답하지 않습니다. 등록하려면 서버가 필요합니다.',
  enrolling: '등록하는 중…',
  enrollConsole: '단말기 등록',

  saleRegion: '판매',
  amount: '금액',
  keypadLabel: '금액 키패드',
  doubleZero: '공공',
  deleteLastDigit: '마지막 숫자 지우기',
  clear: '지우기',
  charge: '결제',
  opening: '여는 중…',

  paymentQrAlt: '결제 QR 코드: Handshake 지갑으로 스캔하세요',
  qrFailed: 'QR 코드를 그리지 못했습니다',
  drawing: '그리는 중…',
  paymentLink: '결제 링크',
  copyLink: '링크 복사',
  copied: '복사됨',
  copyFailed: '복사 실패',
  expiresIn: (countdown) => `${countdown} 후 만료`,
  expiring: '만료되는 중…',
  statusUnavailable: (detail) => `상태를 확인할 수 없음: ${detail}`,
  cancelling: '취소하는 중…',
  cancelEsc: '취소 (Esc)',
  liveState: {
    awaiting_customer: '고객이 QR 코드를 스캔하기를 기다리는 중',
    awaiting_approval: '고객이 휴대폰에서 확인하는 중',
    authorizing: '승인됨 — 서버에서 확인하는 중',
    awaiting_offline: '서버 연결 끊김 — 휴대폰에 오프라인 승인을 요청하는 중',
    offline_accepted: '오프라인 결제됨 — 나중에 동기화',
    offline_pending: '오프라인 결제됨 — 나중에 동기화',
    settled: '결제 완료',
    declined: '거절됨',
    expired: '만료됨',
    failed: '실패',
  },

  paid: '결제 완료',
  paidOffline: '오프라인 결제됨 — 나중에 동기화',
  offlineBadge: '오프라인으로 승인됨: 단말기가 동기화하면 서버가 정산합니다',
  merchant: '가맹점',
  transaction: '거래 번호',
  time: '시각',
  issuedOnSync: '동기화 때 발급',
  newSale: '새 판매',
  chargeAgain: '다시 결제',
  declineTitle: { declined: '거절됨', expired: '만료됨', failed: '결제 실패' },
  notPaid: '결제되지 않음',
  unknownReason: '결제가 완료되지 않았습니다.',
  reasons: REASON_TEXT_KO,

  waitingForServerTitle: '서버 응답 대기 중',
  unreachableText: '서버에 연결할 수 없음 — 결제는 안전하며 서버가 돌아오면 전송됩니다.',
  offlineRefusedTitle: '오프라인 승인 거부됨',
  keepsTryingText: '다시 결제하지 마세요: 단말기가 계속 서버에 연결을 시도합니다.',
  receiptAppearsText:
    '서버가 응답하면 여기에 영수증이 나타납니다. 새 판매로 다음 고객을 받을 수 있으며, ' +
    '이 결제는 오늘 목록에서 계속 동기화됩니다.',

  today: '오늘',
  noPaymentsToday: '오늘은 아직 결제가 없습니다.',
  paidCount: (count) => `${count}건 결제`,
  offlineSyncingCount: (count) => `오프라인 ${count}건 동기화 중`,
  stateLabel: {
    awaiting_customer: '대기 중',
    awaiting_approval: '확인 중',
    authorizing: '승인 확인 중',
    awaiting_offline: '오프라인 승인 중',
    offline_accepted: '오프라인, 동기화 중',
    offline_pending: '오프라인, 동기화 중',
    settled: '결제 완료',
    declined: '거절됨',
    expired: '만료됨',
    failed: '실패',
  },
  cancelledLabel: '취소됨',
  waitingForServerLabel: '서버 대기 중',

  syncStatusLabel: '동기화 상태',
  readingSyncStatus: '동기화 상태를 읽는 중…',
  syncStatusUnavailable: (detail) => `동기화 상태를 확인할 수 없음: ${detail}`,
  unsynced: (count) =>
    count === 0 ? '모든 결제 동기화됨' : `결제 ${count}건 동기화 대기 중`,
  quarantined: (count) => `결제 ${count}건이 서버에서 거부됨 — 관리자에게 알리세요`,
  syncingPayments: '결제 동기화 중',
  backlog: (done, total) => `결제 ${total}건 중 ${Math.min(done, total)}건 동기화됨`,
  syncedAgo: syncedAgoKo,
  shiftOpenSince: '근무 시작:',
  noShiftOpen: '열린 근무 없음',
  openShift: '근무 시작',
  closeShift: '근무 마감',
  closing: '마감하는 중…',
  dismissShiftMessage: '근무 메시지 닫기',
  signin: SIGNIN_KO,
  catalog: CATALOG_KO,
  admin: ADMIN_KO,
  invoices: INVOICES_KO,
};
