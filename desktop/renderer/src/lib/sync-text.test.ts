import { describe, expect, it } from 'vitest';
import { backlogPercent, backlogText, quarantinedText, unsyncedText } from './sync-text.ts';

describe('sync status text', () => {
  it('counts payments waiting to sync', () => {
    expect(unsyncedText(0)).toBe('All payments synced');
    expect(unsyncedText(1)).toBe('1 payment waiting to sync');
    expect(unsyncedText(3)).toBe('3 payments waiting to sync');
  });

  it('names quarantined payments as needing a manager', () => {
    expect(quarantinedText(1)).toBe('1 payment refused by the server — tell a manager');
    expect(quarantinedText(2)).toBe('2 payments refused by the server — tell a manager');
  });

  it('fills the backlog bar within 0–100', () => {
    expect(backlogPercent({ done: 0, total: 10 })).toBe(0);
    expect(backlogPercent({ done: 3, total: 10 })).toBe(30);
    expect(backlogPercent({ done: 12, total: 10 })).toBe(100);
    expect(backlogPercent({ done: 0, total: 0 })).toBe(100);
    expect(backlogText({ done: 3, total: 10 })).toBe('Synced 3 of 10 payments');
    expect(backlogText({ done: 12, total: 10 })).toBe('Synced 10 of 10 payments');
  });
});
