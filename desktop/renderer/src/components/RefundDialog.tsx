// Refund or void one payment from today's list. A cashier refunds up to the console's limit
// alone; above it, and for a void, the dialog asks for an owner's PIN, which the core checks.
// The outcome is the server's: refunded, refused (its reason in words), or queued.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { RefundOutcome } from '../../../core/refunds.ts';
import type { PaymentRow } from '../../../core/types.ts';
import { useT } from '../i18n/i18n-context.ts';
import { describeError } from '../lib/errors.ts';
import { formatMoney } from '../lib/money.ts';
import { refundableMinor } from '../lib/sales-summary.ts';
import { useTRPC } from '../lib/trpc.ts';
import { Modal, parseMinor } from './Modal.tsx';
import { PinPad } from './PinPad.tsx';
import { focusRing, primaryButton, secondaryButton } from './ui.ts';

type Kind = 'refund' | 'void';
type Step = { readonly at: 'amount' } | { readonly at: 'owner'; readonly kind: Kind; readonly amountMinor: number };

const fieldClass = `${focusRing} w-full rounded-2xl border-2 border-slate-300 px-5 py-3 text-right text-3xl tabular`;

function Outcome({ outcome, row, onClose }: { outcome: RefundOutcome; row: PaymentRow; onClose: () => void }) {
  const t = useT();
  const amount = formatMoney(outcome.amountMinor, row.currency, t.locale);
  const text =
    outcome.state === 'done'
      ? outcome.kind === 'void' ? t.signin.voidDone : t.signin.refundDone(amount)
      : outcome.state === 'pending'
        ? t.signin.refundQueued
        : `${t.signin.refundRefused} ${t.signin.reason(outcome.reason ?? 'refused')}`;
  const tone = outcome.state === 'done' ? 'text-emerald-800' : outcome.state === 'pending' ? 'text-amber-900' : 'text-rose-800';
  return (
    <div className="flex flex-col gap-5">
      <p role="status" data-testid="refund-outcome" data-state={outcome.state}
        data-reason={outcome.reason ?? ''} className={`text-xl font-semibold ${tone}`}>
        {text}
      </p>
      <button type="button" autoFocus onClick={onClose} className={`${primaryButton} h-14 text-xl`}>
        {t.signin.close}
      </button>
    </div>
  );
}

interface AmountStepProps {
  readonly row: PaymentRow;
  readonly busy: boolean;
  readonly onSubmit: (kind: Kind, amountMinor: number) => void;
  readonly onCancel: () => void;
}

function AmountStep({ row, busy, onSubmit, onCancel }: AmountStepProps) {
  const t = useT();
  const ids = { field: useId(), hint: useId() };
  const left = refundableMinor(row);
  const [text, setText] = useState(String(left));
  const amountMinor = parseMinor(text);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (amountMinor !== null && amountMinor > 0 && !busy) onSubmit('refund', amountMinor);
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <label htmlFor={ids.field} className="text-lg font-semibold">{t.signin.refundAmountLabel}</label>
      <input id={ids.field} data-testid="refund-amount" inputMode="numeric" autoComplete="off" autoFocus
        aria-describedby={ids.hint} value={text}
        onChange={(event) => setText(event.target.value.replace(/\D/g, '').slice(0, 12))}
        className={fieldClass} />
      <p id={ids.hint} className="text-slate-600">
        {amountMinor !== null && (
          <span className="tabular mr-2 font-semibold text-slate-900">
            {formatMoney(amountMinor, row.currency, t.locale)}
          </span>
        )}
        {t.signin.leftToRefund(formatMoney(left, row.currency, t.locale))}
      </p>
      <div className="flex flex-wrap justify-end gap-3">
        <button type="button" onClick={onCancel} className={`${secondaryButton} h-14 px-6 text-xl`}>
          {t.signin.cancel}
        </button>
        {row.refundedMinor === 0 && (
          <button type="button" data-testid="void-submit" disabled={busy}
            onClick={() => onSubmit('void', row.amountMinor)}
            className={`${secondaryButton} h-14 px-6 text-xl`}>
            {t.signin.confirmVoid}
          </button>
        )}
        <button type="submit" data-testid="refund-submit" disabled={busy || amountMinor === null || amountMinor <= 0}
          className={`${primaryButton} h-14 px-6 text-xl`}>
          {busy ? t.signin.sending : t.signin.confirmRefund}
        </button>
      </div>
    </form>
  );
}

function OwnerPinStep({ limit, busy, error, onSubmit, onCancel }: {
  limit: string; busy: boolean; error: string | null;
  onSubmit: (pin: string) => void; onCancel: () => void;
}) {
  const t = useT();
  const ids = { pin: useId(), hint: useId() };
  const [pin, setPin] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pin.length >= 4 && !busy) {
      onSubmit(pin);
      setPin('');
    }
  };
  return (
    <form onSubmit={submit} data-testid="owner-pin-dialog" className="flex flex-col gap-4">
      <p id={ids.hint} className="text-lg text-slate-700">{t.signin.ownerPinHint(limit)}</p>
      <PinPad id={ids.pin} label={t.signin.ownerPinLabel} value={pin} onChange={setPin}
        disabled={busy} testIdPrefix="owner-pin" describedBy={ids.hint} />
      {error !== null && (
        <p role="alert" data-testid="owner-pin-error" className="text-lg text-rose-700">{error}</p>
      )}
      <div className="flex justify-end gap-3">
        <button type="button" onClick={onCancel} className={`${secondaryButton} h-14 px-6 text-xl`}>
          {t.signin.cancel}
        </button>
        <button type="submit" data-testid="owner-pin-submit" disabled={busy || pin.length < 4}
          className={`${primaryButton} h-14 px-6 text-xl`}>
          {busy ? t.signin.sending : t.signin.approve}
        </button>
      </div>
    </form>
  );
}

export function RefundDialog({ row, onClose }: { row: PaymentRow; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ at: 'amount' });
  const limit = useQuery(trpc.auth.refundLimit.queryOptions());
  const auth = useQuery(trpc.auth.status.queryOptions());
  const refund = useMutation(
    trpc.payments.refund.mutationOptions({
      onSettled: () => void queryClient.invalidateQueries({ queryKey: trpc.payments.today.queryKey() }),
      onError: (error, input) => {
        // The core has the last word on the limit: ask for the owner if it says so.
        if (error.data?.reason === 'owner_approval_required') {
          setStep({ at: 'owner', kind: input.kind, amountMinor: input.amountMinor ?? row.amountMinor });
        }
      },
    }),
  );
  const limitMinor = limit.data?.refundLimitMinor ?? 0;
  const isOwner = auth.data?.signedIn?.role === 'owner';
  const send = (kind: Kind, amountMinor: number, ownerPin?: string) =>
    refund.mutate({ paymentId: row.paymentId, kind, ...(kind === 'refund' ? { amountMinor } : {}),
      ...(ownerPin !== undefined ? { ownerPin } : {}) });
  const ask = (kind: Kind, amountMinor: number) => {
    refund.reset();
    const needsOwner = !isOwner && (kind === 'void' || amountMinor > limitMinor);
    if (needsOwner) setStep({ at: 'owner', kind, amountMinor });
    else send(kind, amountMinor);
  };
  const title = step.at === 'owner' ? t.signin.ownerPinTitle : t.signin.refundTitle;
  const error = refund.isError && refund.error.data?.reason !== 'owner_approval_required'
    ? describeError(refund.error, t) : null;
  return (
    <Modal title={title} testId="refund-dialog" onClose={onClose}>
      <p data-testid="refund-dialog-amount" className="tabular mb-4 text-3xl font-bold">
        {step.at === 'owner' && `${step.kind === 'void' ? t.signin.voidPayment : t.signin.refund} `}
        {formatMoney(step.at === 'owner' ? step.amountMinor : row.amountMinor, row.currency, t.locale)}
      </p>
      {refund.isSuccess ? (
        <Outcome outcome={refund.data} row={row} onClose={onClose} />
      ) : step.at === 'owner' ? (
        <OwnerPinStep limit={formatMoney(limitMinor, row.currency, t.locale)} busy={refund.isPending}
          error={error} onSubmit={(pin) => send(step.kind, step.amountMinor, pin)} onCancel={onClose} />
      ) : (
        <>
          <AmountStep row={row} busy={refund.isPending} onSubmit={ask} onCancel={onClose} />
          {error !== null && <p role="alert" data-testid="refund-error" className="mt-4 text-lg text-rose-700">{error}</p>}
        </>
      )}
    </Modal>
  );
}
