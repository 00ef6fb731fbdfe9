// Shared pieces of the administrator's screens: form and screen classes, money in any
// currency the server answers, dates, and errors in the administrator's words.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { CURRENCY_MINOR_UNITS, type Currency } from '../../../../../protocol/constants.ts';
import { panel } from '../../components/ui.ts';
import type { Messages } from '../../i18n/messages.ts';
import { type ConsoleError, describeError } from '../../lib/errors.ts';
import { formatMoney } from '../../lib/money.ts';
import { useTRPC } from '../../lib/trpc.ts';

export const labelClass = 'flex flex-col gap-1 text-base font-semibold';
/** A form of labelled fields in a row that wraps, its button at the end of the last row. */
export const formClass = `${panel} flex flex-wrap items-end gap-4 p-4`;
export const sectionClass = 'flex flex-col gap-3';
export const screenClass = 'flex min-h-0 flex-1 flex-col gap-6 overflow-y-auto p-6';

function isCurrency(code: string): code is Currency {
  return Object.hasOwn(CURRENCY_MINOR_UNITS, code);
}

/** Money from the server (minor units and a currency code) in the screen's language. */
export function money(amountMinor: number, currency: string, locale: string): string {
  if (!isCurrency(currency)) return `${amountMinor} ${currency}`;
  return formatMoney(amountMinor, currency, locale);
}

/** An instant as local date and time in the screen's language. */
export function dateTime(epochMs: number | null, locale: string): string {
  if (epochMs === null) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    epochMs,
  );
}

/** The error of an administrator call, in the administrator's words. */
export function adminErrorText(error: ConsoleError, t: Messages): string {
  const code = error.data?.code;
  if (code === 'BAD_GATEWAY') return t.admin.serverUnreachable;
  if (code === 'UNAUTHORIZED') return t.admin.sessionEnded;
  return describeError(error, t);
}

/**
 * When an administrator call finds the session over, the shell reads auth.status again and
 * shows the sign-in screen, where the administrator's form says the session ended.
 */
export function useSignedOutOnUnauthorized(error: ConsoleError | null): void {
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  const unauthorized = error?.data?.code === 'UNAUTHORIZED';
  useEffect(() => {
    if (unauthorized) void queryClient.invalidateQueries({ queryKey: trpc.auth.status.queryKey() });
  }, [unauthorized, queryClient, trpc]);
}
