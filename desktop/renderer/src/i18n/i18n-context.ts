// The context and its hooks, apart from the provider so components import no JSX module.
import { createContext, useContext } from 'react';
import type { ReasonCode } from '../../../../protocol/reasons.ts';
import type { Language, Messages } from './messages.ts';

export interface I18n {
  readonly t: Messages;
  readonly language: Language;
  readonly largeText: boolean;
  setLanguage(language: Language): void;
  setLargeText(largeText: boolean): void;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
}

/** The current language's messages. */
export function useT(): Messages {
  return useI18n().t;
}

/**
 * Why a payment did not settle, in the cashier's language. The core's `reasonText` is the
 * English text of the same code, so the code decides; the core's text is only a fallback.
 */
export function reasonInWords(
  t: Messages,
  reason: ReasonCode | null,
  coreText: string | null,
): string {
  if (reason !== null) return t.reasons[reason];
  return coreText ?? t.unknownReason;
}
