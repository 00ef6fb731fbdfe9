import { describe, expect, it } from 'vitest';
import { formatCountdown, localDay, secondsLeft, syncedAgo } from './time.ts';

describe('countdown', () => {
  it('rounds up and stops at zero', () => {
    expect(secondsLeft(10_000, 9_001)).toBe(1);
    expect(secondsLeft(10_000, 10_000)).toBe(0);
    expect(secondsLeft(10_000, 12_000)).toBe(0);
    expect(secondsLeft(70_000, 0)).toBe(70);
  });

  it('formats minutes and seconds', () => {
    expect(formatCountdown(75)).toBe('1:15');
    expect(formatCountdown(9)).toBe('0:09');
    expect(formatCountdown(0)).toBe('0:00');
  });
});

describe('syncedAgo', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(syncedAgo(null, 1_000)).toBe('not synced yet');
    expect(syncedAgo(10_000, 11_000)).toBe('synced just now');
    expect(syncedAgo(10_000, 9_000)).toBe('synced just now');
    expect(syncedAgo(0, 12_400)).toBe('synced 12 s ago');
    expect(syncedAgo(0, 3 * 60_000 + 5_000)).toBe('synced 3 min ago');
    expect(syncedAgo(0, 2 * 3_600_000 + 1)).toBe('synced 2 h ago');
  });
});

describe('localDay', () => {
  it('names local days as YYYY-MM-DD across a month end', () => {
    const now = new Date(2026, 10, 30, 23, 59);
    expect(localDay(0, now)).toBe('2026-11-30');
    expect(localDay(1, now)).toBe('2026-12-01');
    expect(localDay(-30, now)).toBe('2026-10-31');
  });

  it('formats the local day', () => {
    expect(localDay(0, new Date(2026, 10, 5, 12))).toBe('2026-11-05');
  });
});
