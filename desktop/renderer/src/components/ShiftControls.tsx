// Open and close the cashier's shift. The core refuses to close while any payment has not
// reached the server; its message is shown as it is, since it already says what to wait for.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ShiftInfo } from '../../../core/shifts.ts';
import { type ConsoleError, describeError } from '../lib/errors.ts';
import { useT } from '../i18n/i18n-context.ts';
import { formatClock } from '../lib/time.ts';
import { useTRPC } from '../lib/trpc.ts';
import { focusRing, primaryButton, secondaryButton } from './ui.ts';

/** Its own row under the bar (basis-full), so a long refusal never squeezes the status. */
const shiftErrorClass = [
  'flex basis-full items-center justify-between gap-4',
  'rounded-xl bg-rose-100 px-4 py-2 text-rose-900',
].join(' ');

function ShiftError({ error, onDismiss }: { error: ConsoleError; onDismiss: () => void }) {
  const t = useT();
  return (
    <div
      role="alert"
      data-testid="shift-error"
      className={shiftErrorClass}
    >
      <span>{describeError(error, t)}</span>
      <button
        type="button"
        aria-label={t.dismissShiftMessage}
        onClick={onDismiss}
        className={`${focusRing} rounded-lg px-2 text-xl leading-none hover:bg-rose-200`}
      >
        ×
      </button>
    </div>
  );
}

function ShiftState({ shift }: { shift: ShiftInfo | null }) {
  const t = useT();
  return (
    <span data-testid="shift-state" data-open={shift !== null ? 'true' : 'false'}>
      {shift !== null ? (
        <>
          {t.shiftOpenSince}{' '}
          <time className="tabular">{formatClock(shift.openedAt, t.locale)}</time>
        </>
      ) : (
        t.noShiftOpen
      )}
    </span>
  );
}

export function ShiftControls() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const shiftKey = trpc.shift.current.queryKey();
  const shift = useQuery(trpc.shift.current.queryOptions());
  const open = useMutation(
    trpc.shift.open.mutationOptions({
      onSuccess: (opened) => queryClient.setQueryData(shiftKey, opened),
    }),
  );
  const close = useMutation(
    trpc.shift.close.mutationOptions({
      onSuccess: () => queryClient.setQueryData(shiftKey, null),
    }),
  );
  const busy = open.isPending || close.isPending;
  const error = close.error ?? open.error ?? shift.error;
  const dismiss = () => {
    open.reset();
    close.reset();
    // A failed read of the shift clears only by reading it again.
    if (shift.isError) void shift.refetch();
  };
  const current = shift.data;
  const act = (mutation: typeof open | typeof close) => () => {
    dismiss();
    mutation.mutate();
  };

  return (
    <>
      <div className="ml-auto flex items-center gap-3 text-slate-700">
        {current !== undefined && <ShiftState shift={current} />}
        {current === null && (
          <button
            type="button"
            data-testid="shift-open-button"
            disabled={busy}
            onClick={act(open)}
            className={`${primaryButton} h-10 px-5 text-base`}
          >
            {open.isPending ? t.opening : t.openShift}
          </button>
        )}
        {current !== undefined && current !== null && (
          <button
            type="button"
            data-testid="shift-close-button"
            disabled={busy}
            onClick={act(close)}
            className={`${secondaryButton} h-10 px-5 text-base`}
          >
            {close.isPending ? t.closing : t.closeShift}
          </button>
        )}
      </div>
      {error !== null && <ShiftError error={error} onDismiss={dismiss} />}
    </>
  );
}
