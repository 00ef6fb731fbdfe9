// Words of the catalog, the cart, events and their reports, in English and Korean. Flat on
// purpose: the catalogue test compares every text one level deep.

export interface CatalogMessages {
  readonly catalogRegion: string;
  readonly categoriesLabel: string;
  readonly allItems: string;
  readonly noItems: string;
  readonly addOne: (name: string, price: string) => string;
  readonly quickKeyHint: (key: string) => string;
  readonly cartRegion: string;
  readonly cartEmpty: string;
  readonly total: string;
  /** The line a typed amount becomes in the cart (and on the receipt). */
  readonly amountLine: string;
  readonly addAmount: string;
  readonly increase: (name: string) => string;
  readonly decrease: (name: string) => string;
  readonly removeLine: (name: string) => string;
  readonly quantityOf: (name: string, quantity: number) => string;
  readonly keyboardHelp: string;
  readonly eventBanner: (name: string) => string;
  readonly receiptLines: string;
  readonly tabCatalog: string;
  readonly tabEvents: string;
  readonly catalogTitle: string;
  readonly everyday: string;
  readonly catalogOf: (name: string) => string;
  readonly categoryName: string;
  readonly addCategory: string;
  readonly itemName: string;
  readonly price: string;
  readonly quickKey: string;
  readonly quickKeyNone: string;
  readonly category: string;
  readonly addItem: string;
  readonly saveItem: string;
  readonly editItem: (name: string) => string;
  readonly archiveItem: (name: string) => string;
  readonly cancelEdit: string;
  readonly saving: string;
  readonly lastSynced: (time: string) => string;
  readonly neverSynced: string;
  readonly refresh: string;
  readonly eventsTitle: string;
  readonly eventName: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly createEvent: string;
  readonly noEvents: string;
  readonly eventOpen: string;
  readonly eventClosed: string;
  readonly makeActive: string;
  readonly activeNow: string;
  readonly stopEvent: string;
  readonly closeEvent: string;
  readonly editEventCatalog: string;
  readonly showReport: string;
  readonly reportTitle: (name: string) => string;
  readonly settledPayments: string;
  readonly gross: string;
  readonly refunds: string;
  readonly fees: string;
  readonly net: string;
  readonly voided: (count: number, amount: string) => string;
  readonly itemsSold: string;
  readonly quantity: string;
  readonly noSales: string;
  /** A named refusal of a catalog change in words; unknown codes get a generic sentence. */
  readonly reason: (code: string) => string | null;
}

const REASONS_EN: Readonly<Record<string, string>> = {
  quick_key_taken: 'Another item already uses that quick key.',
  price_out_of_range: 'The price must be above zero and at most 10,000,000.',
  event_closed: 'The event is closed.',
  event_dates_invalid: 'An event must end on or after the day it starts.',
  catalog_offline: 'The server is not reachable. Catalog changes need the server; try again.',
  lines_invalid: 'The cart cannot be charged: check the quantities and the total.',
};

const REASONS_KO: Readonly<Record<string, string>> = {
  quick_key_taken: '다른 상품이 이미 그 단축키를 쓰고 있습니다.',
  price_out_of_range: '가격은 0보다 크고 10,000,000 이하여야 합니다.',
  event_closed: '종료된 행사입니다.',
  event_dates_invalid: '행사 종료일은 시작일과 같거나 그 뒤여야 합니다.',
  catalog_offline: '서버에 연결할 수 없습니다. 상품 변경은 서버가 필요합니다. 다시 시도하세요.',
  lines_invalid: '장바구니를 결제할 수 없습니다. 수량과 합계를 확인하세요.',
};

export const CATALOG_EN: CatalogMessages = {
  catalogRegion: 'Items',
  categoriesLabel: 'Categories',
  allItems: 'All',
  noItems: 'No items yet. The owner adds them on the Catalog tab.',
  addOne: (name, price) => `Add one ${name}, ${price}`,
  quickKeyHint: (key) => `Key ${key}`,
  cartRegion: 'Cart',
  cartEmpty: 'The cart is empty. Press an item’s key or type an amount.',
  total: 'Total',
  amountLine: 'Amount',
  addAmount: 'Add amount',
  increase: (name) => `One more ${name}`,
  decrease: (name) => `One less ${name}`,
  removeLine: (name) => `Remove ${name}`,
  quantityOf: (name, quantity) => `${name}, quantity ${quantity}`,
  keyboardHelp: 'Letter: add item · + / −: quantity · Delete: remove · Enter: charge · Esc: clear',
  eventBanner: (name) => `Selling for the event “${name}”`,
  receiptLines: 'Items',
  tabCatalog: 'Catalog',
  tabEvents: 'Events',
  catalogTitle: 'Catalog',
  everyday: 'Everyday catalog',
  catalogOf: (name) => `Catalog of ${name}`,
  categoryName: 'New category',
  addCategory: 'Add category',
  itemName: 'Item name',
  price: 'Price',
  quickKey: 'Quick key (A–Z)',
  quickKeyNone: 'none',
  category: 'Category',
  addItem: 'Add item',
  saveItem: 'Save item',
  editItem: (name) => `Edit ${name}`,
  archiveItem: (name) => `Remove ${name} from sale`,
  cancelEdit: 'Cancel',
  saving: 'Saving…',
  lastSynced: (time) => `Catalog from the server at ${time}`,
  neverSynced: 'Not yet fetched from the server',
  refresh: 'Refresh from server',
  eventsTitle: 'Events',
  eventName: 'Event name',
  startsOn: 'First day',
  endsOn: 'Last day',
  createEvent: 'Create event',
  noEvents: 'No events yet.',
  eventOpen: 'Open',
  eventClosed: 'Closed',
  makeActive: 'Sell for this event',
  activeNow: 'On sale now',
  stopEvent: 'Back to everyday catalog',
  closeEvent: 'Close event',
  editEventCatalog: 'Edit its catalog',
  showReport: 'Report',
  reportTitle: (name) => `Report: ${name}`,
  settledPayments: 'Settled payments',
  gross: 'Gross',
  refunds: 'Refunds',
  fees: 'Fees',
  net: 'Net',
  voided: (count, amount) => `${count} voided (${amount}), not counted`,
  itemsSold: 'Items sold',
  quantity: 'Quantity',
  noSales: 'No sales yet.',
  reason: (code) => REASONS_EN[code] ?? null,
};

export const CATALOG_KO: CatalogMessages = {
  catalogRegion: '상품',
  categoriesLabel: '분류',
  allItems: '전체',
  noItems: '아직 상품이 없습니다. 점주가 상품 탭에서 추가합니다.',
  addOne: (name, price) => `${name} 하나 추가, ${price}`,
  quickKeyHint: (key) => `단축키 ${key}`,
  cartRegion: '장바구니',
  cartEmpty: '장바구니가 비어 있습니다. 상품 단축키를 누르거나 금액을 입력하세요.',
  total: '합계',
  amountLine: '금액',
  addAmount: '금액 담기',
  increase: (name) => `${name} 하나 더`,
  decrease: (name) => `${name} 하나 빼기`,
  removeLine: (name) => `${name} 삭제`,
  quantityOf: (name, quantity) => `${name}, 수량 ${quantity}`,
  keyboardHelp: '문자: 상품 추가 · + / −: 수량 · Delete: 삭제 · Enter: 결제 · Esc: 비우기',
  eventBanner: (name) => `행사 “${name}” 판매 중`,
  receiptLines: '품목',
  tabCatalog: '상품',
  tabEvents: '행사',
  catalogTitle: '상품 목록',
  everyday: '기본 상품 목록',
  catalogOf: (name) => `${name} 상품 목록`,
  categoryName: '새 분류',
  addCategory: '분류 추가',
  itemName: '상품 이름',
  price: '가격',
  quickKey: '단축키 (A–Z)',
  quickKeyNone: '없음',
  category: '분류',
  addItem: '상품 추가',
  saveItem: '상품 저장',
  editItem: (name) => `${name} 수정`,
  archiveItem: (name) => `${name} 판매 중지`,
  cancelEdit: '취소',
  saving: '저장 중…',
  lastSynced: (time) => `${time}에 서버에서 받은 상품 목록`,
  neverSynced: '아직 서버에서 받지 않았습니다',
  refresh: '서버에서 새로 받기',
  eventsTitle: '행사',
  eventName: '행사 이름',
  startsOn: '첫날',
  endsOn: '마지막 날',
  createEvent: '행사 만들기',
  noEvents: '아직 행사가 없습니다.',
  eventOpen: '진행 중',
  eventClosed: '종료',
  makeActive: '이 행사로 판매',
  activeNow: '지금 판매 중',
  stopEvent: '기본 상품 목록으로',
  closeEvent: '행사 종료',
  editEventCatalog: '행사 상품 편집',
  showReport: '보고서',
  reportTitle: (name) => `보고서: ${name}`,
  settledPayments: '완료된 결제',
  gross: '총매출',
  refunds: '환불',
  fees: '수수료',
  net: '순매출',
  voided: (count, amount) => `취소 ${count}건 (${amount}), 합계에서 제외`,
  itemsSold: '판매된 상품',
  quantity: '수량',
  noSales: '아직 판매가 없습니다.',
  reason: (code) => REASONS_KO[code] ?? null,
};
