// One statement to review: every amount of the signed statement, then Approve behind a
// confirmation that names the merchant, the day and the payout. Approving twice pays once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { StatementRow } from '../../../../core/admin-data.ts';
import { Modal } from '../../components/Modal.tsx';
import { primaryButton, secondaryButton } from '../../components/ui.ts';
import type { StatementStatus } from '../../i18n/admin.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { dateTime, money } from './admin-ui.ts';
import { ErrorLine } from './ErrorLine.tsx';

/** A business day in a title must not wrap at its hyphens (2026-\n11-29). */
const unbrokenDay = (day: string) => day.replaceAll('-', '\u2011');

type StatementView = Omit<StatementRow, 'merchantName'>;

/** Every amount of the statement, labelled; each value has data-testid="statement-<id>". */
function StatementLines({ statement }: { statement: StatementView }) {
  const t = useT();
  const m = (amount: number) => money(amount, statement.currency, t.locale);
  const lines: Array<[string, string, string]> = [
    [t.admin.colPayments, String(statement.paymentCount), 'payments'],
    [t.admin.colGross, m(statement.grossMinor), 'gross'],
    [t.admin.colRefunds, m(statement.refundMinor), 'refunds'],
    [t.admin.colFee, m(statement.feeMinor), 'fee'],
    [t.admin.colFeeRefund, m(statement.feeRefundMinor), 'fee-refund'],
    [t.admin.colNet, m(statement.netMinor), 'net'],
    [t.admin.openingCarry, m(statement.openingCarryMinor), 'opening-carry'],
    [t.admin.colPayout, m(statement.payoutMinor), 'payout'],
    [t.admin.closingCarry, m(statement.closingCarryMinor), 'closing-carry'],
    [t.admin.colStatus, t.admin.statusName(statement.status as StatementStatus), 'status'],
  ];
  if (statement.approvedAt !== null) {
    lines.push([t.admin.colWhen, dateTime(statement.approvedAt, t.locale), 'approved-at']);
  }
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-lg">
      {lines.map(([label, value, id]) => (
        <div key={id} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="tabular text-right font-semibold" data-testid={`statement-${id}`}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

interface StatementDetailProps {
  readonly statement: StatementRow;
  readonly onClose: () => void;
}

export function StatementDetail({ statement, onClose }: StatementDetailProps) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const input = { statementId: statement.statementId };
  // The list row is shown at once; the server's own copy replaces it when it arrives.
  const fresh = useQuery(trpc.admin.settlements.get.queryOptions(input));
  const approve = useMutation(
    trpc.admin.settlements.approve.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await queryClient.invalidateQueries({ queryKey: trpc.admin.settlements.pathKey() });
      },
    }),
  );
  const shown = fresh.data ?? statement;
  const merchant = statement.merchantName ?? statement.merchantId;
  const m = (amount: number) => money(amount, shown.currency, t.locale);
  return (
    <Modal title={t.admin.statementTitle(merchant, unbrokenDay(shown.businessDay))} testId="statement-detail"
      onClose={onClose}>
      <StatementLines statement={shown} />
      <ErrorLine error={fresh.error ?? approve.error} testId="statement-error" />
      {confirming ? (
        <div className="mt-5 flex flex-col gap-3" data-testid="approve-confirmation">
          <p role="alert" className="text-lg font-semibold text-amber-900">
            {t.admin.approveQuestion(merchant, shown.businessDay, m(shown.payoutMinor))}
          </p>
          <div className="flex gap-3">
            <button type="button" data-testid="approve-confirm" autoFocus
              disabled={approve.isPending} onClick={() => approve.mutate(input)}
              className={`${primaryButton} h-12 flex-1 text-lg`}>
              {approve.isPending ? t.admin.approving : t.admin.confirmApprove}
            </button>
            <button type="button" onClick={() => setConfirming(false)}
              className={`${secondaryButton} h-12 flex-1 text-lg`}>
              {t.admin.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div className="mt-5 flex gap-3">
          {shown.status === 'pending' && (
            <button type="button" data-testid="statement-approve"
              onClick={() => setConfirming(true)}
              className={`${primaryButton} h-12 flex-1 text-lg`}>
              {t.admin.approve}
            </button>
          )}
          <button type="button" data-testid="statement-close" onClick={onClose}
            className={`${secondaryButton} h-12 flex-1 text-lg`}>
            {t.admin.close}
          </button>
        </div>
      )}
    </Modal>
  );
}
