// The customer approved but the server has not answered: it is away, or the phone's offline
// approval failed the console's own check. Either way the approval is stored and will be
// sent; this is not a decline, and charging again would risk taking the money twice.
import type { ChargeStatus } from '../../../core/types.ts';
import type { AmountKey } from '../lib/amount-entry.ts';
import type { ServerWait } from '../lib/charge-state.ts';
import { reasonInWords, useT } from '../i18n/i18n-context.ts';
import { formatMoney } from '../lib/money.ts';
import { centredColumn, outcomeIcon, secondaryButton } from './ui.ts';

interface AwaitingServerProps {
  readonly status: ChargeStatus;
  readonly wait: Exclude<ServerWait, { readonly kind: 'none' }>;
  readonly onNewSale: (firstKey: AmountKey | null) => void;
}

/** Drawn, not an emoji: the register's fonts may have no emoji glyphs. */
function ClockIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      className="size-14"
    >
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 2" />
    </svg>
  );
}

interface ExplanationProps {
  readonly wait: AwaitingServerProps['wait'];
  readonly reasonText: string | null;
}

function Explanation({ wait, reasonText }: ExplanationProps) {
  const t = useT();
  if (wait.kind === 'unreachable') {
    return (
      <>
        <h2 className="text-4xl font-bold text-amber-800">{t.waitingForServerTitle}</h2>
        <p data-testid="server-unreachable" className="max-w-xl text-2xl">
          {t.unreachableText}
        </p>
      </>
    );
  }
  return (
    <>
      <h2 className="text-4xl font-bold text-amber-800">{t.offlineRefusedTitle}</h2>
      <p data-testid="offline-refused" data-reason={wait.reason} className="max-w-xl text-2xl">
        {reasonInWords(t, wait.reason, reasonText)}
      </p>
    </>
  );
}

export function AwaitingServer({ status, wait, onNewSale }: AwaitingServerProps) {
  const t = useT();
  return (
    <div
      data-testid="charge-awaiting-server"
      data-kind={wait.kind}
      role="status"
      className={centredColumn}
    >
      <div aria-hidden="true" className={`${outcomeIcon} bg-amber-100 text-amber-700`}>
        <ClockIcon />
      </div>
      <p data-testid="charge-amount" className="tabular text-6xl font-bold">
        {formatMoney(status.amountMinor, status.currency, t.locale)}
      </p>
      <Explanation wait={wait} reasonText={status.reasonText} />
      <p className="max-w-xl text-xl font-semibold text-slate-700">{t.keepsTryingText}</p>
      <p className="max-w-xl text-lg text-slate-500">
        {t.receiptAppearsText}
      </p>
      <button
        type="button"
        data-testid="next-sale-button"
        onClick={() => onNewSale(null)}
        className={`${secondaryButton} h-14 w-64 text-xl`}
      >
        {t.newSale}
      </button>
    </div>
  );
}
