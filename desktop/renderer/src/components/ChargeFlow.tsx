// One charge from QR to outcome. Polls the charge's status until it is final; the poll
// continues when the window is in the background, so a sale never stalls unseen.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import type { ChargeCreated } from '../../../core/types.ts';
import type { AmountKey } from '../lib/amount-entry.ts';
import { isFinalState, serverWaitOf } from '../lib/charge-state.ts';
import { useTRPC } from '../lib/trpc.ts';
import { AwaitingServer } from './AwaitingServer.tsx';
import { Outcome } from './Outcome.tsx';
import { PendingCharge } from './PendingCharge.tsx';

/** Fast enough that the receipt appears well under a second after the server settles. */
const STATUS_POLL_MS = 300;

interface ChargeFlowProps {
  readonly charge: ChargeCreated;
  readonly merchantName: string;
  readonly onFinished: () => void;
  readonly onCancelled: () => void;
  readonly onNewSale: (firstKey: AmountKey | null) => void;
  readonly onChargeAgain: (amountMinor: number) => void;
}

export function ChargeFlow(props: ChargeFlowProps) {
  const { charge, merchantName, onFinished } = props;
  const trpc = useTRPC();
  const status = useQuery(
    trpc.charges.status.queryOptions(
      { paymentId: charge.paymentId },
      {
        refetchInterval: (query) => {
          const state = query.state.data?.state;
          return state !== undefined && isFinalState(state) ? false : STATUS_POLL_MS;
        },
        refetchIntervalInBackground: true,
      },
    ),
  );
  const cancel = useMutation(
    trpc.charges.cancel.mutationOptions({
      onSuccess: (result) => {
        if (result.state !== 'settled') props.onCancelled();
      },
    }),
  );
  // A cancel ends on the keypad, not on a "declined" screen; but if it lost a race with the
  // settlement, the money moved and the receipt must show.
  const cancelling = cancel.isPending || (cancel.isSuccess && cancel.data.state !== 'settled');
  const final = !cancelling && status.data !== undefined && isFinalState(status.data.state);
  const finished = useEffectEvent(onFinished);
  useEffect(() => {
    if (final) finished();
  }, [final]);

  if (status.data !== undefined && final) {
    return <Outcome {...props} status={status.data} merchantName={merchantName} />;
  }
  const wait =
    status.data !== undefined ? serverWaitOf(status.data.state, status.data.reason) : null;
  if (status.data !== undefined && wait !== null && wait.kind !== 'none') {
    return <AwaitingServer status={status.data} wait={wait} onNewSale={props.onNewSale} />;
  }
  return (
    <PendingCharge
      charge={charge}
      merchantName={merchantName}
      status={status.data}
      statusError={status.error}
      onCancel={() => cancel.mutate({ paymentId: charge.paymentId })}
      cancelling={cancelling}
      cancelError={cancel.error}
    />
  );
}
