// A refusal under a form or list, in the owner's language, announced to screen readers.
import { useT } from '../../i18n/i18n-context.ts';
import type { ConsoleError } from '../../lib/errors.ts';
import { invoiceErrorText } from './shared.ts';

export function ErrorLine({ error }: { error: ConsoleError | null }) {
  const t = useT();
  if (!error) return null;
  return <p role="alert" className="text-rose-700">{invoiceErrorText(error, t)}</p>;
}

/** A quiet line when a list is empty. */
export function EmptyLine({ text }: { text: string }) {
  return <p className="text-slate-500">{text}</p>;
}
