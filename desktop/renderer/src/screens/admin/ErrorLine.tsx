// One administrator call's error, read out by screen readers; an ended session also sends
// the console back to its sign-in screen.
import { useT } from '../../i18n/i18n-context.ts';
import type { ConsoleError } from '../../lib/errors.ts';
import { adminErrorText, useSignedOutOnUnauthorized } from './admin-ui.ts';

export function ErrorLine({ error, testId }: { error: ConsoleError | null; testId?: string }) {
  const t = useT();
  useSignedOutOnUnauthorized(error);
  if (error === null) return null;
  return (
    <p role="alert" data-testid={testId ?? 'admin-error'} className="text-lg text-rose-700">
      {adminErrorText(error, t)}
    </p>
  );
}
