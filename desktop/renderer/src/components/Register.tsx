// The cashier's screen: the catalog (items by category), the cart and the free-amount
// keypad on the left, then QR and outcome; today's payments on the right. The catalog comes
// from the core's cache, so the register sells while the server is away.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useReducer, useRef, useState } from 'react';
import type { ChargeCreated, EnrolledConsoleInfo } from '../../../core/types.ts';
import { useT } from '../i18n/i18n-context.ts';
import type { AmountKey } from '../lib/amount-entry.ts';
import { cartLines } from '../lib/cart.ts';
import { EMPTY_SALE, type SaleState, saleReducer, withTypedAmount } from '../lib/sale.ts';
import { useTRPC } from '../lib/trpc.ts';
import { ChargeFlow } from './ChargeFlow.tsx';
import { PaymentsToday } from './PaymentsToday.tsx';
import { SaleEntry } from './SaleEntry.tsx';
import { panel } from './ui.ts';

/** The core refreshes its cache on each sync round; the register re-reads it this often. */
const CATALOG_REFRESH_MS = 5_000;

type SalePhase =
  | { readonly kind: 'entry' }
  | { readonly kind: 'charge'; readonly charge: ChargeCreated };

/** A lone typed amount is a free amount, as before the catalog: no item line to report. */
function chargeInput(sale: SaleState) {
  const [only, ...rest] = sale.cart.lines;
  if (only && rest.length === 0 && only.key.startsWith('amount:') && only.quantity === 1) {
    return { amountMinor: only.unitPriceMinor };
  }
  return { lines: cartLines(sale.cart) };
}

export function Register({ info }: { info: EnrolledConsoleInfo }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [sale, dispatch] = useReducer(saleReducer, EMPTY_SALE);
  const [phase, setPhase] = useState<SalePhase>({ kind: 'entry' });
  const catalog = useQuery(
    trpc.catalog.current.queryOptions(undefined, { refetchInterval: CATALOG_REFRESH_MS }),
  );
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
  /** Charges the whole cart; a typed amount not yet added becomes its last line. */
  const chargeCart = () => {
    const next = withTypedAmount(sale, t.catalog.amountLine);
    if (next.cart.lines.length === 0 || chargeInFlight.current) return;
    dispatch({ type: 'replace', state: next });
    chargeInFlight.current = true;
    const settle = () => {
      chargeInFlight.current = false;
    };
    create.mutate(chargeInput(next), { onSettled: settle });
  };
  const startNewSale = (firstKey: AmountKey | null) => {
    create.reset();
    dispatch({ type: 'replace', state: EMPTY_SALE });
    if (firstKey !== null) dispatch({ type: 'amount', action: { type: 'key', key: firstKey } });
    setPhase({ kind: 'entry' });
  };
  // A cancelled charge keeps its cart: the cashier usually fixes and retries.
  const backToEntry = () => {
    setPhase({ kind: 'entry' });
    refreshToday();
  };

  return (
    <main className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_24rem] gap-5 p-5">
      <section
        aria-label={t.saleRegion}
        className={`${panel} flex min-h-0 flex-col overflow-y-auto p-5`}
      >
        {phase.kind === 'entry' ? (
          <SaleEntry
            info={info}
            catalog={catalog.data}
            sale={sale}
            dispatch={dispatch}
            onCharge={chargeCart}
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
            onChargeAgain={chargeCart}
          />
        )}
      </section>
      <PaymentsToday currency={info.currency} />
    </main>
  );
}
