// Clock text for the cashier. Times are epoch milliseconds from the console core.

/** Whole seconds left until `expiresAt`, never negative. Rounded up: "1" until it is over. */
export function secondsLeft(expiresAt: number, now: number): number {
  return Math.max(0, Math.ceil((expiresAt - now) / 1000));
}

/** 75 → "1:15". */
export function formatCountdown(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

// Intl formatters are costly to build; one per (locale, style) is kept.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string | undefined, style: 'medium' | 'short') {
  const key = `${locale ?? ''}|${style}`;
  let formatter = dateFormatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { timeStyle: style });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/** Local wall-clock time, e.g. "12:04:31 PM". `locale` undefined means the machine's. */
export function formatTime(epochMs: number, locale?: string): string {
  return dateFormatter(locale, 'medium').format(epochMs);
}

/** Local wall-clock time without seconds, e.g. "9:02 AM": for when a shift opened. */
export function formatClock(epochMs: number, locale?: string): string {
  return dateFormatter(locale, 'short').format(epochMs);
}

/** Under this, "just now": the sync engine's own rhythm is a couple of seconds. */
const JUST_NOW_MS = 3_000;

/** How long ago the last sync was, in the largest whole unit; each language words it. */
export type SyncAge =
  | { readonly unit: 'never' }
  | { readonly unit: 'just-now' }
  | { readonly unit: 's' | 'min' | 'h'; readonly value: number };

/**
 * The age of the last sync. A time a little in the future (the core's clock ahead of the
 * page's) reads as just now rather than negative.
 */
export function syncAge(lastSyncAt: number | null, nowMs: number): SyncAge {
  if (lastSyncAt === null) return { unit: 'never' };
  const elapsedMs = nowMs - lastSyncAt;
  if (elapsedMs < JUST_NOW_MS) return { unit: 'just-now' };
  const seconds = Math.floor(elapsedMs / 1000);
  if (seconds < 60) return { unit: 's', value: seconds };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { unit: 'min', value: minutes };
  return { unit: 'h', value: Math.floor(minutes / 60) };
}

/** English words for a sync age: "not synced yet", "synced just now", "synced 12 s ago". */
export function syncedAgoText(age: SyncAge): string {
  if (age.unit === 'never') return 'not synced yet';
  if (age.unit === 'just-now') return 'synced just now';
  return `synced ${age.value} ${age.unit} ago`;
}

/** "synced 12 s ago", "synced 3 min ago", "synced 2 h ago", in English. */
export function syncedAgo(lastSyncAt: number | null, nowMs: number): string {
  return syncedAgoText(syncAge(lastSyncAt, nowMs));
}

/** A local calendar day as 'YYYY-MM-DD', `offsetDays` from `now`'s: date inputs' values. */
export function localDay(offsetDays = 0, now: Date = new Date()): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays);
  const month = String(day.getMonth() + 1).padStart(2, '0');
  return `${day.getFullYear()}-${month}-${String(day.getDate()).padStart(2, '0')}`;
}
