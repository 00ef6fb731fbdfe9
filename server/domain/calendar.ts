// Business days and hours: statements and reports cut days at midnight in the server's
// business time zone (a fixed UTC offset stored at first start; see settings.ts).
const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
export const HOUR_MS = 60 * MINUTE_MS;

/** 'YYYY-MM-DD', validated as a real calendar date. */
export const BUSINESS_DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function businessDayOf(atMs: number, utcOffsetMinutes: number): string {
  return new Date(atMs + utcOffsetMinutes * MINUTE_MS).toISOString().slice(0, 10);
}

export function businessHourOf(atMs: number, utcOffsetMinutes: number): number {
  const localMs = atMs + utcOffsetMinutes * MINUTE_MS;
  return Math.floor((((localMs % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

/** The instant the business day starts (its local midnight), in epoch ms. */
export function businessDayStartMs(day: string, utcOffsetMinutes: number): number {
  return Date.parse(`${day}T00:00:00.000Z`) - utcOffsetMinutes * MINUTE_MS;
}

export function businessDayEndMs(day: string, utcOffsetMinutes: number): number {
  return businessDayStartMs(day, utcOffsetMinutes) + DAY_MS;
}

export function isBusinessDay(text: string): boolean {
  if (!BUSINESS_DAY_PATTERN.test(text)) return false;
  const parsed = Date.parse(`${text}T00:00:00.000Z`);
  return Number.isFinite(parsed) && new Date(parsed).toISOString().slice(0, 10) === text;
}
