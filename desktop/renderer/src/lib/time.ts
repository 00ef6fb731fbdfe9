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
