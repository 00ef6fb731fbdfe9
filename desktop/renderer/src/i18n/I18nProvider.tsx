// The chosen language and text size for the whole renderer. Both are applied to <html> (its
// `lang` for screen readers and fonts, a class that raises the root font size) and persisted.
import { type ReactNode, useLayoutEffect, useMemo, useState } from 'react';
import { ENGLISH } from './en.ts';
import { I18nContext, type I18n } from './i18n-context.ts';
import { KOREAN } from './ko.ts';
import type { Language, Messages } from './messages.ts';
import {
  browserStorage,
  initialLanguage,
  initialLargeText,
  LANGUAGE_KEY,
  LARGE_TEXT_KEY,
  readPreference,
  writePreference,
} from './preferences.ts';

const CATALOGUES: Record<Language, Messages> = { en: ENGLISH, ko: KOREAN };

/** On <html>: styles.css raises the root font size, and every rem-based size follows. */
export const LARGE_TEXT_CLASS = 'large-text';

export function I18nProvider({ children }: { children: ReactNode }) {
  const storage = useMemo(browserStorage, []);
  const [language, setLanguageState] = useState<Language>(() =>
    initialLanguage(readPreference(storage, LANGUAGE_KEY), navigator.language),
  );
  const [largeText, setLargeTextState] = useState(() =>
    initialLargeText(readPreference(storage, LARGE_TEXT_KEY)),
  );

  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.classList.toggle(LARGE_TEXT_CLASS, largeText);
  }, [language, largeText]);

  const value = useMemo<I18n>(
    () => ({
      t: CATALOGUES[language],
      language,
      largeText,
      setLanguage: (next) => {
        writePreference(storage, LANGUAGE_KEY, next);
        setLanguageState(next);
      },
      setLargeText: (next) => {
        writePreference(storage, LARGE_TEXT_KEY, String(next));
        setLargeTextState(next);
      },
    }),
    [language, largeText, storage],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}
