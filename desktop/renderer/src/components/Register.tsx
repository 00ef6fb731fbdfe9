// The cashier's screen once enrolled: the sale on the left (keypad, then QR, then outcome),
// today's payments on the right.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useReducer, useRef, useState } from 'react';
import type { ChargeCreated, EnrolledConsoleInfo } from '../../../core/types.ts';
import { type AmountKey, amountEntryReducer } from '../lib/amount-entry.ts';
import { useT } from '../i18n/i18n-context.ts';
import { useTRPC } from '../lib/trpc.ts';
import { AmountEntry } from './AmountEntry.tsx';
import { ChargeFlow } from './ChargeFlow.tsx';
import { PaymentsToday } from './PaymentsToday.tsx';
import { panel } from './ui.ts';

type SalePhase =
  | { readonly kind: 'entry' }
  | { readonly kind: 'charge'; readonly charge: ChargeCreated };

export function Register({ info }: { info: EnrolledConsoleInfo }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [amountMinor, dispatchAmount] = useReducer(amountEntryReducer, 0);
  const [phase, setPhase] = useState<SalePhase>({ kind: 'entry' });
  const refreshToday = () =>
    void queryClient.invalidateQueries({ queryKey: trpc.payments.today.queryKey() });
  const create = useMutation(
    trpc.charges.create.mutationOptions({
      onSuccess: (charge) => {
        setPhase({ kind: 'charge', charge });
        refreshToday();
      },
    }),
  );

  // `isPending` reaches the render a tick late; a double tap must not open two charges.
  const chargeInFlight = useRef(false);
  const chargeAmount = (amount: number) => {
    if (amount <= 0 || chargeInFlight.current) return;
    chargeInFlight.current = true;
    const settle = () => {
      chargeInFlight.current = false;
    };
    create.mutate({ amountMinor: amount }, { onSettled: settle });
  };
  const startNewSale = (firstKey: AmountKey | null) => {
    create.reset();
    dispatchAmount({ type: 'clear' });
    if (firstKey !== null) dispatchAmount({ type: 'key', key: firstKey });
    setPhase({ kind: 'entry' });
  };
  // A cancelled charge keeps its amount on the keypad: the cashier usually fixes and retries.
  const backToEntry = () => {
    setPhase({ kind: 'entry' });
    refreshToday();
  };

  return (
    <main className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_26rem] gap-6 p-6">
      <section aria-label={t.saleRegion} className={`${panel} min-h-0 overflow-y-auto p-8`}>
        {phase.kind === 'entry' ? (
          <AmountEntry
            amountMinor={amountMinor}
            currency={info.currency}
            onAction={dispatchAmount}
            onCharge={() => chargeAmount(amountMinor)}
            charging={create.isPending}
            error={create.error}
          />
        ) : (
          <ChargeFlow
            key={phase.charge.paymentId}
            charge={phase.charge}
            merchantName={info.merchantName}
            onFinished={refreshToday}
            onCancelled={backToEntry}
            onNewSale={startNewSale}
            onChargeAgain={chargeAmount}
          />
        )}
      </section>
      <PaymentsToday currency={info.currency} />
    </main>
  );
}
