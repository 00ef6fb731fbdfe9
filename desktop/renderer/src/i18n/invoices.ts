// Words of the tutor's invoices screen, in English and Korean. Flat on purpose: the
// catalogue test compares every text one level deep (maps are functions, not objects).

export type InvoiceChip =
  | 'draft'
  | 'sent'
  | 'viewed'
  | 'partially_paid'
  | 'paid'
  | 'void'
  | 'overdue';
export type InvoiceFilterName = 'all' | 'open' | 'overdue' | 'paid' | 'draft' | 'void';

export interface InvoicesMessages {
  readonly tab: string;
  readonly title: string;
  readonly studentsHeading: string;
  readonly noStudents: string;
  readonly studentName: string;
  readonly studentContact: string;
  readonly addStudent: string;
  readonly archiveStudent: (name: string) => string;
  readonly invoicesHeading: string;
  readonly filtersLabel: string;
  readonly filterName: (filter: InvoiceFilterName) => string;
  readonly noInvoices: string;
  readonly chip: (status: InvoiceChip) => string;
  readonly dueOn: (day: string) => string;
  readonly paidOf: (paid: string, total: string) => string;
  readonly newInvoice: string;
  readonly cancelNew: string;
  readonly studentLabel: string;
  readonly chooseStudent: string;
  readonly lineLabel: string;
  readonly linePrice: string;
  readonly lineQuantity: string;
  readonly addLine: string;
  readonly removeLine: (index: number) => string;
  readonly dueDate: string;
  readonly repeatWeekly: string;
  readonly createAndSend: string;
  readonly creating: string;
  readonly total: (amount: string) => string;
  readonly amountInvalid: string;
  readonly detailHeading: (student: string) => string;
  readonly linkLabel: string;
  readonly linkQrAlt: string;
  readonly copyLink: string;
  readonly copied: string;
  readonly noLinkYet: string;
  readonly send: string;
  readonly chargeNow: string;
  readonly chargeAmount: string;
  readonly chargeQrHint: string;
  readonly chargeSettled: string;
  readonly chargeFailed: (why: string) => string;
  readonly closeCharge: string;
  readonly voidInvoice: string;
  readonly confirmVoid: string;
  readonly remaining: (amount: string) => string;
  readonly seriesHeading: string;
  readonly noSeries: string;
  readonly seriesLine: (
    student: string,
    amount: string,
    everyWeeks: number,
    next: string,
  ) => string;
  readonly stopSeries: string;
  readonly refreshing: string;
  readonly reason: (code: string) => string | null;
  readonly closeDetail: string;
}

const FILTERS_EN: Record<InvoiceFilterName, string> = {
  all: 'All', open: 'Open', overdue: 'Overdue', paid: 'Paid', draft: 'Drafts', void: 'Void',
};
const FILTERS_KO: Record<InvoiceFilterName, string> = {
  all: '전체',
  open: '미결제',
  overdue: '연체',
  paid: '결제 완료',
  draft: '임시 저장',
  void: '취소됨',
};
const CHIPS_EN: Record<InvoiceChip, string> = {
  draft: 'Draft', sent: 'Sent', viewed: 'Viewed', partially_paid: 'Partly paid', paid: 'Paid',
  void: 'Void', overdue: 'Overdue',
};
const CHIPS_KO: Record<InvoiceChip, string> = {
  draft: '임시 저장',
  sent: '보냄',
  viewed: '열람함',
  partially_paid: '일부 결제',
  paid: '결제 완료',
  void: '취소됨',
  overdue: '연체',
};
const weeksEn = (count: number) => (count === 1 ? 'week' : `${count} weeks`);

const REASONS_EN: Readonly<Record<string, string>> = {
  invoice_transition_refused: 'This invoice cannot do that in its current state.',
  invoice_request_invalid: 'The server refused this console’s payment request for the invoice.',
  student_unavailable: 'That student is archived or unknown.',
  invoices_offline: 'Invoices are kept on the server, and it is not reachable. Try again.',
};
const REASONS_KO: Readonly<Record<string, string>> = {
  invoice_transition_refused: '이 청구서는 지금 상태에서 그렇게 할 수 없습니다.',
  invoice_request_invalid: '서버가 이 단말기의 청구서 결제 요청을 거절했습니다.',
  student_unavailable: '보관되었거나 알 수 없는 학생입니다.',
  invoices_offline: '청구서는 서버에 있는데 서버에 연결할 수 없습니다. 다시 시도하세요.',
};

export const INVOICES_EN: InvoicesMessages = {
  tab: 'Invoices',
  title: 'Students and invoices',
  studentsHeading: 'Students',
  noStudents: 'No students yet. Add the first one below.',
  studentName: 'Student’s name',
  studentContact: 'Contact (phone or e-mail)',
  addStudent: 'Add student',
  archiveStudent: (name) => `Archive ${name}`,
  invoicesHeading: 'Invoices',
  filtersLabel: 'Show invoices',
  filterName: (filter) => FILTERS_EN[filter],
  noInvoices: 'No invoices here.',
  chip: (status) => CHIPS_EN[status],
  dueOn: (day) => `Due ${day}`,
  paidOf: (paid, total) => `${paid} of ${total} paid`,
  newInvoice: 'New invoice',
  cancelNew: 'Cancel',
  studentLabel: 'Student',
  chooseStudent: 'Choose a student',
  lineLabel: 'What for',
  linePrice: 'Price',
  lineQuantity: 'Quantity',
  addLine: 'Add a line',
  removeLine: (index) => `Remove line ${index}`,
  dueDate: 'Due date',
  repeatWeekly: 'Repeat every week (a new invoice each week)',
  createAndSend: 'Create and send',
  creating: 'Creating…',
  total: (amount) => `Total ${amount}`,
  amountInvalid: 'Enter a price above zero for every line.',
  detailHeading: (student) => `Invoice for ${student}`,
  linkLabel: 'Payment link for the student',
  linkQrAlt: 'QR code of the invoice’s payment link',
  copyLink: 'Copy link',
  copied: 'Copied',
  noLinkYet: 'Send the invoice to get its link.',
  send: 'Send',
  chargeNow: 'Charge now',
  chargeAmount: 'Amount to charge now',
  chargeQrHint: 'The student scans this code with the wallet app and approves.',
  chargeSettled: 'Paid. Thank you!',
  chargeFailed: (why) => `Not paid: ${why}`,
  closeCharge: 'Close',
  voidInvoice: 'Void invoice',
  confirmVoid: 'Yes, void it',
  remaining: (amount) => `${amount} left to pay`,
  seriesHeading: 'Weekly lessons',
  noSeries: 'No weekly lessons.',
  seriesLine: (student, amount, everyWeeks, next) =>
    `${student}: ${amount} every ${weeksEn(everyWeeks)}, next ${next}`,
  stopSeries: 'Stop',
  refreshing: 'Updating…',
  reason: (code) => REASONS_EN[code] ?? null,
  closeDetail: 'Close invoice',
};

export const INVOICES_KO: InvoicesMessages = {
  tab: '청구서',
  title: '학생과 청구서',
  studentsHeading: '학생',
  noStudents: '아직 학생이 없습니다. 아래에서 첫 학생을 추가하세요.',
  studentName: '학생 이름',
  studentContact: '연락처(전화 또는 이메일)',
  addStudent: '학생 추가',
  archiveStudent: (name) => `${name} 보관`,
  invoicesHeading: '청구서',
  filtersLabel: '청구서 보기',
  filterName: (filter) => FILTERS_KO[filter],
  noInvoices: '해당하는 청구서가 없습니다.',
  chip: (status) => CHIPS_KO[status],
  dueOn: (day) => `납부 기한 ${day}`,
  paidOf: (paid, total) => `${total} 중 ${paid} 결제됨`,
  newInvoice: '새 청구서',
  cancelNew: '취소',
  studentLabel: '학생',
  chooseStudent: '학생을 선택하세요',
  lineLabel: '항목',
  linePrice: '가격',
  lineQuantity: '수량',
  addLine: '항목 추가',
  removeLine: (index) => `${index}번 항목 삭제`,
  dueDate: '납부 기한',
  repeatWeekly: '매주 반복(매주 새 청구서)',
  createAndSend: '만들어 보내기',
  creating: '만드는 중…',
  total: (amount) => `합계 ${amount}`,
  amountInvalid: '모든 항목에 0보다 큰 가격을 입력하세요.',
  detailHeading: (student) => `${student} 학생 청구서`,
  linkLabel: '학생용 결제 링크',
  linkQrAlt: '청구서 결제 링크의 QR 코드',
  copyLink: '링크 복사',
  copied: '복사됨',
  noLinkYet: '청구서를 보내면 링크가 생깁니다.',
  send: '보내기',
  chargeNow: '지금 결제',
  chargeAmount: '지금 결제할 금액',
  chargeQrHint: '학생이 지갑 앱으로 이 코드를 스캔하고 승인합니다.',
  chargeSettled: '결제되었습니다. 감사합니다!',
  chargeFailed: (why) => `결제되지 않음: ${why}`,
  closeCharge: '닫기',
  voidInvoice: '청구서 취소',
  confirmVoid: '네, 취소합니다',
  remaining: (amount) => `남은 금액 ${amount}`,
  seriesHeading: '매주 수업',
  noSeries: '매주 수업이 없습니다.',
  seriesLine: (student, amount, everyWeeks, next) =>
    `${student}: ${everyWeeks === 1 ? '매주' : `${everyWeeks}주마다`} ${amount}, 다음 ${next}`,
  stopSeries: '중지',
  refreshing: '업데이트 중…',
  reason: (code) => REASONS_KO[code] ?? null,
  closeDetail: '청구서 닫기',
};
