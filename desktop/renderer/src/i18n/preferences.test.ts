import { describe, expect, it } from 'vitest';
import {
  initialLanguage,
  initialLargeText,
  type PreferenceStorage,
  readPreference,
  writePreference,
} from './preferences.ts';

describe('display preferences', () => {
  it('defaults to Korean for a Korean browser, English otherwise', () => {
    expect(initialLanguage(null, 'ko-KR')).toBe('ko');
    expect(initialLanguage(null, 'ko')).toBe('ko');
    expect(initialLanguage(null, 'en-US')).toBe('en');
    expect(initialLanguage(null, 'ja-JP')).toBe('en');
  });

  it('lets a stored choice win, and ignores a stored value it does not know', () => {
    expect(initialLanguage('en', 'ko-KR')).toBe('en');
    expect(initialLanguage('ko', 'en-US')).toBe('ko');
    expect(initialLanguage('fr', 'ko-KR')).toBe('ko');
  });

  it('turns large text on only when stored as on', () => {
    expect(initialLargeText('true')).toBe(true);
    expect(initialLargeText('false')).toBe(false);
    expect(initialLargeText(null)).toBe(false);
  });

  it('survives a storage that refuses', () => {
    const refusing: PreferenceStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readPreference(refusing, 'k')).toBeNull();
    expect(() => writePreference(refusing, 'k', 'v')).not.toThrow();
    expect(readPreference(null, 'k')).toBeNull();
  });
});
