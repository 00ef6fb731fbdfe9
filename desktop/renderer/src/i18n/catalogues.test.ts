// Both catalogues are typed by Messages, so a missing key fails the type check; these tests
// catch what types cannot: an empty string, a function that words nothing, an untranslated
// English sentence left in the Korean catalogue.
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../../../protocol/reasons.ts';
import type { SyncAge } from '../lib/time.ts';
import { formatMoney } from '../lib/money.ts';
import { ENGLISH } from './en.ts';
import { KOREAN } from './ko.ts';
import type { Messages } from './messages.ts';
import { REASON_TEXT_KO } from './reasons-ko.ts';

const SAMPLE_AGES: readonly SyncAge[] = [
  { unit: 'never' },
  { unit: 'just-now' },
  { unit: 's', value: 12 },
  { unit: 'min', value: 3 },
  { unit: 'h', value: 2 },
];

/** Every text a catalogue can produce, named by its path; functions are called on samples. */
function textsOf(messages: Messages): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') texts.set(key, value);
    else if (typeof value === 'object' && value !== null) {
      for (const [inner, text] of Object.entries(value)) texts.set(`${key}.${inner}`, String(text));
    }
  }
  for (const count of [0, 1, 3]) {
    texts.set(`paidCount(${count})`, messages.paidCount(count));
    texts.set(`offlineSyncingCount(${count})`, messages.offlineSyncingCount(count));
    texts.set(`unsynced(${count})`, messages.unsynced(count));
    texts.set(`quarantined(${count})`, messages.quarantined(count));
  }
  texts.set('backlog', messages.backlog(3, 10));
  texts.set('expiresIn', messages.expiresIn('1:15'));
  texts.set('statusUnavailable', messages.statusUnavailable('x'));
  texts.set('syncStatusUnavailable', messages.syncStatusUnavailable('x'));
  texts.set('consoleNotAnswering', messages.consoleNotAnswering('x'));
  for (const age of SAMPLE_AGES) texts.set(`syncedAgo(${age.unit})`, messages.syncedAgo(age));
  return texts;
}

/** Keys whose text is the same in every language (the product's name, a suffix). */
const SAME_IN_BOTH = new Set(['appName', 'enrollHintAfter']);

describe('catalogues', () => {
  const english = textsOf(ENGLISH);
  const korean = textsOf(KOREAN);

  it('have the same keys, including every state and reason', () => {
    expect(Object.keys(KOREAN).sort()).toEqual(Object.keys(ENGLISH).sort());
    expect([...korean.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('leave no Korean text empty', () => {
    const empty = [...korean].filter(([key, text]) => text.trim() === '' && !SAME_IN_BOTH.has(key));
    expect(empty).toEqual([]);
  });

  it('leave no English sentence untranslated in Korean', () => {
    const untranslated = [...korean]
      .filter(([key, text]) => !SAME_IN_BOTH.has(key) && text === english.get(key))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('words counts and ages in Korean', () => {
    expect(KOREAN.unsynced(0)).toBe('모든 결제 동기화됨');
    expect(KOREAN.unsynced(3)).toBe('결제 3건 동기화 대기 중');
    expect(KOREAN.syncedAgo({ unit: 'min', value: 3 })).toBe('3분 전 동기화됨');
    expect(KOREAN.backlog(12, 10)).toBe('결제 10건 중 10건 동기화됨');
    expect(KOREAN.charge).toBe('결제');
    expect(KOREAN.newSale).toBe('새 판매');
  });
});

describe('Korean reasons', () => {
  it('cover every reason code with a Korean sentence', () => {
    expect(Object.keys(REASON_TEXT_KO).sort()).toEqual([...REASON_CODES].sort());
    for (const code of REASON_CODES) {
      expect(REASON_TEXT_KO[code]).toMatch(/[가-힣]/);
    }
  });
});

describe('money in each locale', () => {
  it('shows KRW as ₩4,500 in Korean and in English', () => {
    expect(formatMoney(4500, 'KRW', KOREAN.locale)).toBe('₩4,500');
    expect(formatMoney(4500, 'KRW', ENGLISH.locale)).toBe('₩4,500');
  });
});
