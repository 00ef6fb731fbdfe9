// The open charge: amount, QR, countdown and live state. Escape or Cancel withdraws it while
// the customer has not approved; once the server is asked, only the server decides.
import { useMutation } from '@tanstack/react-query';
import type { ChargeCreated, ChargeStatus } from '../../../core/types.ts';
import { liveStateText } from '../lib/charge-state.ts';
import { type ConsoleError, describeError } from '../lib/errors.ts';
import { formatMoney } from '../lib/money.ts';
import { formatCountdown, secondsLeft } from '../lib/time.ts';
import { useTRPC } from '../lib/trpc.ts';
import { useKeyboard } from '../lib/use-keyboard.ts';
import { useNow } from '../lib/use-now.ts';
import { PairingQr } from './PairingQr.tsx';
import { secondaryButton } from './ui.ts';

const COUNTDOWN_TICK_MS = 250;

function Countdown({ expiresAt }: { expiresAt: number }) {
  const seconds = secondsLeft(expiresAt, useNow(COUNTDOWN_TICK_MS));
  return (
    <p data-testid="charge-countdown" className="tabular text-xl text-slate-600">
      {seconds > 0 ? <>Expires in {formatCountdown(seconds)}</> : 'Expiring…'}
    </p>
  );
}

interface PendingChargeProps {
  readonly charge: ChargeCreated;
  readonly merchantName: string;
  readonly status: ChargeStatus | undefined;
  readonly statusError: ConsoleError | null;
  readonly onCancelled: () => void;
}

export function PendingCharge(props: PendingChargeProps) {
  const { charge, merchantName, status, statusError, onCancelled } = props;
  const trpc = useTRPC();
  const cancel = useMutation(trpc.charges.cancel.mutationOptions({ onSuccess: onCancelled }));
  const state = status?.state ?? 'awaiting_customer';
  // After approval the server is deciding; withdrawing then could not be honoured.
  const cancellable = state !== 'authorizing' && !cancel.isPending;
  const requestCancel = () => {
    if (cancellable) cancel.mutate({ paymentId: charge.paymentId });
  };
  useKeyboard((event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    requestCancel();
  });

  return (
    <div data-testid="charge-pending" className="flex h-full flex-col items-center justify-center gap-5 text-center">
      <p className="text-xl text-slate-600">{merchantName}</p>
      <p data-testid="charge-amount" className="tabular text-6xl font-bold">
        {formatMoney(charge.amountMinor, charge.currency)}
      </p>
      <PairingQr pairingUri={charge.pairingUri} />
      <p
        data-testid="charge-status"
        data-state={state}
        aria-live="polite"
        className="text-2xl font-semibold text-sky-800"
      >
        {liveStateText(state)}
      </p>
      <Countdown expiresAt={charge.expiresAt} />
      {statusError !== null && (
        <p role="alert" className="text-lg text-amber-700">
          Status unavailable: {describeError(statusError)}
        </p>
      )}
      {cancel.isError && (
        <p role="alert" data-testid="cancel-error" className="text-lg text-rose-700">
          {describeError(cancel.error)}
        </p>
      )}
      <button
        type="button"
        data-testid="cancel-button"
        onClick={requestCancel}
        disabled={!cancellable}
        className={`${secondaryButton} h-16 w-64 text-2xl`}
      >
        {cancel.isPending ? 'Cancelling…' : 'Cancel (Esc)'}
      </button>
    </div>
  );
}
