// "Charge now": the register's QR for what is left (or a part), which the student's wallet
// scans at the end of the lesson; the charge's status is polled until it is final.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ChargeCreated } from '../../../../core/types.ts';
import { PairingLink } from '../../components/PairingLink.tsx';
import { PairingQr } from '../../components/PairingQr.tsx';
import { secondaryButton } from '../../components/ui.ts';
import { reasonInWords, useT } from '../../i18n/i18n-context.ts';
import { isFinalState } from '../../lib/charge-state.ts';
import { useTRPC } from '../../lib/trpc.ts';

const POLL_MS = 500;

export function ChargeNowPanel(props: { charge: ChargeCreated; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { charge, onClose } = props;
  const status = useQuery(
    trpc.charges.status.queryOptions(
      { paymentId: charge.paymentId },
      {
        refetchInterval: (query) =>
          query.state.data && isFinalState(query.state.data.state) ? false : POLL_MS,
      },
    ),
  );
  const state = status.data?.state;
  const settled = state === 'settled';
  useEffect(() => {
    if (settled) void queryClient.invalidateQueries({ queryKey: trpc.invoices.pathKey() });
  }, [settled, queryClient, trpc]);
  const final = state !== undefined && isFinalState(state);
  const cancel = useMutation(trpc.charges.cancel.mutationOptions({ onSettled: onClose }));
  // Closing an open QR cancels the charge, so no phone can pay it unseen afterwards.
  const close = () => (final ? onClose() : cancel.mutate({ paymentId: charge.paymentId }));
  return (
    <div className="flex flex-col items-center gap-3" data-testid="charge-now-panel"
      data-state={state ?? ''}>
      {!final && (
        <>
          <PairingQr pairingUri={charge.pairingUri} />
          <PairingLink pairingUri={charge.pairingUri} />
          <p className="text-lg">{t.invoices.chargeQrHint}</p>
        </>
      )}
      {settled && (
        <p role="status" className="text-2xl font-bold text-emerald-700">
          {t.invoices.chargeSettled}
        </p>
      )}
      {final && !settled && status.data && (
        <p role="alert" className="text-xl text-rose-700">
          {t.invoices.chargeFailed(reasonInWords(t, status.data.reason, status.data.reasonText))}
        </p>
      )}
      <button type="button" onClick={close} disabled={cancel.isPending}
        className={`${secondaryButton} h-11 px-5`}>
        {t.invoices.closeCharge}
      </button>
    </div>
  );
}
