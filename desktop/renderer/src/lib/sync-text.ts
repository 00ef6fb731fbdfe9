// The sync status in words for the status bar. Pure, so each sentence is tested.

/** "All payments synced", "1 payment waiting to sync", "3 payments waiting to sync". */
export function unsyncedText(unsynced: number): string {
  if (unsynced === 0) return 'All payments synced';
  return `${unsynced} ${unsynced === 1 ? 'payment' : 'payments'} waiting to sync`;
}

/** Items the server refused for good: an operator must look at them. */
export function quarantinedText(quarantined: number): string {
  const payments = quarantined === 1 ? '1 payment' : `${quarantined} payments`;
  return `${payments} refused by the server — tell a manager`;
}

export interface BacklogProgress {
  readonly done: number;
  readonly total: number;
}

/** The bar's fill, 0–100, safe against a total of 0 or a count that ran past it. */
export function backlogPercent({ done, total }: BacklogProgress): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}

/** What a screen reader says for the bar: "Synced 3 of 10 payments". */
export function backlogText({ done, total }: BacklogProgress): string {
  return `Synced ${Math.min(done, total)} of ${total} payments`;
}
