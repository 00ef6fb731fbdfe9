// The open charge: amount, QR, countdown and live state. Escape or Cancel withdraws it while
// the customer has not approved; once the server is asked, only the server decides.
import type { ChargeCreated, ChargeStatus } from '../../../core/types.ts';
import { useT } from '../i18n/i18n-context.ts';
import { liveStateText } from '../lib/charge-state.ts';
import { type ConsoleError, describeError } from '../lib/errors.ts';
import { formatMoney } from '../lib/money.ts';
import { formatCountdown, secondsLeft } from '../lib/time.ts';
import { useKeyboard } from '../lib/use-keyboard.ts';
import { useNow } from '../lib/use-now.ts';
import { PairingLink } from './PairingLink.tsx';
import { PairingQr } from './PairingQr.tsx';
import { secondaryButton } from './ui.ts';

const COUNTDOWN_TICK_MS = 250;

function Countdown({ expiresAt }: { expiresAt: number }) {
  const t = useT();
  const seconds = secondsLeft(expiresAt, useNow(COUNTDOWN_TICK_MS));
  return (
    <p data-testid="charge-countdown" className="tabular text-xl text-slate-600">
      {seconds > 0 ? t.expiresIn(formatCountdown(seconds)) : t.expiring}
    </p>
  );
}

interface PendingChargeProps {
  readonly charge: ChargeCreated;
  readonly merchantName: string;
  readonly status: ChargeStatus | undefined;
  readonly statusError: ConsoleError | null;
  readonly onCancel: () => void;
  readonly cancelling: boolean;
  readonly cancelError: ConsoleError | null;
}

export function PendingCharge(props: PendingChargeProps) {
  const t = useT();
  const { charge, merchantName, status, statusError, cancelling, cancelError } = props;
  const state = status?.state ?? 'awaiting_customer';
  // After approval the server is deciding; withdrawing then could not be honoured.
  const beforeApproval = state === 'awaiting_customer' || state === 'awaiting_approval';
  const cancellable = beforeApproval && !cancelling;
  const requestCancel = () => {
    if (cancellable) props.onCancel();
  };
  useKeyboard((event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    requestCancel();
  });

  return (
    <div
      data-testid="charge-pending"
      className="grid h-full grid-cols-[auto_minmax(0,1fr)] items-center gap-8"
    >
      <div className="flex w-80 flex-col gap-3">
        <PairingQr pairingUri={charge.pairingUri} />
        <PairingLink pairingUri={charge.pairingUri} />
      </div>
      <div className="flex flex-col items-center gap-4 text-center">
        <p className="text-xl text-slate-600">{merchantName}</p>
        <p data-testid="charge-amount" className="tabular text-6xl font-bold">
          {formatMoney(charge.amountMinor, charge.currency, t.locale)}
        </p>
        <p
          data-testid="charge-status"
          data-state={state}
          aria-live="polite"
          className="text-2xl font-semibold text-sky-800"
        >
          {liveStateText(state, t)}
        </p>
        <Countdown expiresAt={charge.expiresAt} />
        {statusError !== null && (
          <p role="alert" className="text-lg text-amber-700">
            {t.statusUnavailable(describeError(statusError, t))}
          </p>
        )}
        {cancelError !== null && (
          <p role="alert" data-testid="cancel-error" className="text-lg text-rose-700">
            {describeError(cancelError, t)}
          </p>
        )}
        <button
          type="button"
          data-testid="cancel-button"
          onClick={requestCancel}
          disabled={!cancellable}
          className={`${secondaryButton} mt-2 h-16 w-64 text-2xl`}
        >
          {cancelling ? t.cancelling : t.cancelEsc}
        </button>
      </div>
    </div>
  );
}
