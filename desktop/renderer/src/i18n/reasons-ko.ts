// The cashier's words for every reason code, in Korean. Typed over ReasonCode, so a code added
// to the protocol fails the renderer's type check until it has Korean text here.
import type { ReasonCode } from '../../../../protocol/reasons.ts';

export const REASON_TEXT_KO: Record<ReasonCode, string> = {
  insufficient_funds: '고객 지갑의 잔액이 부족합니다.',
  otp_invalid: '일회용 코드가 틀렸습니다. 고객에게 다시 시도해 달라고 하세요.',
  otp_reused: '이미 사용된 일회용 코드입니다. 고객에게 다시 시도해 달라고 하세요.',
  otp_out_of_window: '휴대폰 시간이 너무 많이 어긋나 있습니다. 고객에게 시간을 맞춰 달라고 하세요.',
  otp_throttled: '잘못된 코드가 너무 많습니다. 고객이 잠시 기다려야 합니다.',
  wallet_locked: '고객 지갑이 잠겼습니다. 관리자가 잠금을 해제해야 합니다.',
  request_expired: '결제 요청이 만료되었습니다. 다시 결제하세요.',
  unknown_device: '이 단말기는 서버에 등록되어 있지 않습니다.',
  unknown_wallet: '고객 지갑이 등록되어 있지 않습니다.',
  bad_device_signature: '결제 요청의 서명 확인에 실패했습니다.',
  bad_customer_signature: '고객 승인의 서명 확인에 실패했습니다.',
  request_mismatch: '승인 내용이 이 결제와 다릅니다(금액 또는 가맹점 변경).',
  payment_conflict: '이 결제 ID는 이미 다른 결제에 사용되었습니다.',
  limit_exceeded: '금액이 허용 한도를 넘었습니다.',
  unsupported_currency: '지원하지 않는 통화입니다.',
  customer_cancelled: '고객이 결제를 거절했습니다.',
  merchant_cancelled: '계산대에서 결제를 취소했습니다.',
  session_expired: '고객이 제한 시간 안에 승인하지 않았습니다.',
  protocol_error: '휴대폰과의 연결이 끊겼거나 변조되었습니다.',
  unsupported_version: '고객의 앱 버전이 이 단말기와 맞지 않습니다.',
  server_unreachable: '서버에 연결할 수 없습니다. 이중 결제는 없으며 상태를 확인하는 중입니다.',
  bad_receipt: '서버 영수증의 서명 확인에 실패했습니다.',
  offline_allowance_invalid: '서버가 오프라인이며 이 지갑은 이곳의 오프라인 한도가 없습니다.',
  offline_limit_reached: '서버가 오프라인이며 이 지갑의 오프라인 결제 횟수를 모두 썼습니다.',
  invoice_not_payable: '지금은 이 청구서를 결제할 수 없습니다(임시 저장, 취소 또는 이미 결제됨).',
  invoice_amount_exceeds_remaining: '금액이 청구서의 남은 금액보다 많습니다.',
};
