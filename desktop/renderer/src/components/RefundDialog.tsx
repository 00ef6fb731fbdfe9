// Refund or void one payment from today's list. A cashier refunds up to the console's limit
// alone; above it, and for a void, the dialog asks for an owner's PIN, which the core checks
// (the core also refuses without it, whatever this dialog decided). The outcome is the
// server's: refunded, refused (its reason in words), or queued while it does not answer.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PaymentRow } from '../../../core/types.ts';
import { useT } from '../i18n/i18n-context.ts';
import { describeError } from '../lib/errors.ts';
import { formatMoney } from '../lib/money.ts';
import { useTRPC } from '../lib/trpc.ts';
import { Modal } from './Modal.tsx';
import { AmountStep, OwnerPinStep, RefundResult, type RefundKind } from './RefundSteps.tsx';

type Step =
  | { readonly at: 'amount' }
  | { readonly at: 'owner'; readonly kind: RefundKind; readonly amountMinor: number };

function useRefund(row: PaymentRow, askOwner: (step: Step) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.payments.refund.mutationOptions({
      onSettled: () =>
        // Today's list, its pending refunds: every payments.* answer is read again.
        void queryClient.invalidateQueries({ queryKey: trpc.payments.pathKey() }),
      onError: (error, input) => {
        // The core has the last word on the limit: ask for the owner if it says so.
        if (error.data?.reason !== 'owner_approval_required') return;
        const amountMinor = input.amountMinor ?? row.amountMinor;
        askOwner({ at: 'owner', kind: input.kind, amountMinor });
      },
    }),
  );
}

export function RefundDialog({ row, onClose }: { row: PaymentRow; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const [step, setStep] = useState<Step>({ at: 'amount' });
  const limitMinor = useQuery(trpc.auth.refundLimit.queryOptions()).data?.refundLimitMinor ?? 0;
  const role = useQuery(trpc.auth.status.queryOptions()).data?.signedIn?.role;
  const refund = useRefund(row, setStep);
  const money = (amountMinor: number) => formatMoney(amountMinor, row.currency, t.locale);
  const send = (kind: RefundKind, amountMinor: number, ownerPin?: string) =>
    refund.mutate({
      paymentId: row.paymentId,
      kind,
      ...(kind === 'refund' ? { amountMinor } : {}),
      ...(ownerPin !== undefined ? { ownerPin } : {}),
    });
  const ask = (kind: RefundKind, amountMinor: number) => {
    refund.reset();
    const needsOwner = role !== 'owner' && (kind === 'void' || amountMinor > limitMinor);
    if (needsOwner) setStep({ at: 'owner', kind, amountMinor });
    else send(kind, amountMinor);
  };
  const refusedByCore = refund.isError && refund.error.data?.reason !== 'owner_approval_required';
  const error = refusedByCore ? describeError(refund.error, t) : null;
  const kindWord = (kind: RefundKind) => (kind === 'void' ? t.signin.voidPayment : t.signin.refund);
  const verb = step.at === 'owner' ? kindWord(step.kind) : '';
  return (
    <Modal
      title={step.at === 'owner' ? t.signin.ownerPinTitle : t.signin.refundTitle}
      testId="refund-dialog"
      onClose={onClose}
    >
      <p data-testid="refund-dialog-amount" className="tabular mb-4 text-3xl font-bold">
        {verb} {money(step.at === 'owner' ? step.amountMinor : row.amountMinor)}
      </p>
      {refund.isSuccess ? (
        <RefundResult outcome={refund.data} row={row} onClose={onClose} />
      ) : step.at === 'owner' ? (
        <OwnerPinStep
          limit={money(limitMinor)}
          busy={refund.isPending}
          error={error}
          onSubmit={(pin) => send(step.kind, step.amountMinor, pin)}
          onCancel={onClose}
        />
      ) : (
        <>
          <AmountStep row={row} busy={refund.isPending} onSubmit={ask} onCancel={onClose} />
          {error !== null && (
            <p role="alert" data-testid="refund-error" className="mt-4 text-lg text-rose-700">
              {error}
            </p>
          )}
        </>
      )}
    </Modal>
  );
}
