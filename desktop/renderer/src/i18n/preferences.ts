// The cashier's display preferences, kept in localStorage: language and large text. Pure
// apart from the storage handed in, so the choice of a default is tested without a browser.
import { type Language, LANGUAGES } from './messages.ts';

export const LANGUAGE_KEY = 'hspos.language';
export const LARGE_TEXT_KEY = 'hspos.largeText';

/** The subset of Storage used here; a test passes a Map-backed fake. */
export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function isLanguage(value: string | null): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** A stored choice wins; otherwise Korean for a Korean browser, English for any other. */
export function initialLanguage(stored: string | null, navigatorLanguage: string): Language {
  if (isLanguage(stored)) return stored;
  return navigatorLanguage.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function initialLargeText(stored: string | null): boolean {
  return stored === 'true';
}

/** localStorage, or null where the page may not use it (a locked-down profile). */
export function browserStorage(): PreferenceStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads a key; a storage that refuses is treated as holding nothing. */
export function readPreference(storage: PreferenceStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a key; failing to persist only means the choice lasts until the page reloads. */
export function writePreference(storage: PreferenceStorage | null, key: string, value: string) {
  try {
    storage?.setItem(key, value);
  } catch {
    // Nothing to do: the preference still applies to this session.
  }
}
