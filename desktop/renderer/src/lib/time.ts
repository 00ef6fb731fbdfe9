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

const timeFormatter = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** Local wall-clock time, e.g. "12:04:31 PM". */
export function formatTime(epochMs: number): string {
  return timeFormatter.format(epochMs);
}

const clockFormatter = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** Local wall-clock time without seconds, e.g. "9:02 AM": for when a shift opened. */
export function formatClock(epochMs: number): string {
  return clockFormatter.format(epochMs);
}

/** Under this, "just now": the sync engine's own rhythm is a couple of seconds. */
const JUST_NOW_MS = 3_000;

/**
 * "synced 12 s ago", "synced 3 min ago", "synced 2 h ago". A time a little in the future
 * (the core's clock ahead of the page's) reads as just now rather than negative.
 */
export function syncedAgo(lastSyncAt: number | null, nowMs: number): string {
  if (lastSyncAt === null) return 'not synced yet';
  const elapsedMs = nowMs - lastSyncAt;
  if (elapsedMs < JUST_NOW_MS) return 'synced just now';
  const seconds = Math.floor(elapsedMs / 1000);
  if (seconds < 60) return `synced ${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `synced ${minutes} min ago`;
  return `synced ${Math.floor(minutes / 60)} h ago`;
}
