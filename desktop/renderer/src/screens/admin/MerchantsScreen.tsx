// Merchants and their consoles: create a merchant, issue a one-time enrollment code for a
// new console, see every console and revoke one (after a confirmation); CSV of both tables.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DeviceRow, MerchantRow } from '../../../../core/admin-data.ts';
import { Modal } from '../../components/Modal.tsx';
import { primaryButton, secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { dateTime, screenClass } from './admin-ui.ts';
import { type Column, DataTable } from './DataTable.tsx';
import { ErrorLine } from './ErrorLine.tsx';
import { EnrollmentCodeDialog, NewMerchantForm } from './MerchantForms.tsx';

function RevokeDialog(props: { device: DeviceRow; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.admin.devices.revoke.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.admin.devices.list.queryKey() });
        props.onClose();
      },
    }),
  );
  return (
    <Modal title={t.admin.revoke} testId="revoke-dialog" onClose={props.onClose}>
      <p className="text-lg">{t.admin.revokeQuestion(props.device.label)}</p>
      <ErrorLine error={revoke.error} />
      <div className="mt-5 flex gap-3">
        <button type="button" data-testid="revoke-confirm" disabled={revoke.isPending}
          onClick={() => revoke.mutate({ deviceId: props.device.deviceId })}
          className={`${primaryButton} h-12 flex-1 text-lg`}>
          {t.admin.revoke}
        </button>
        <button type="button" autoFocus onClick={props.onClose}
          className={`${secondaryButton} h-12 flex-1 text-lg`}>
          {t.admin.cancel}
        </button>
      </div>
    </Modal>
  );
}

export function MerchantsScreen() {
  const t = useT();
  const trpc = useTRPC();
  const merchants = useQuery(trpc.admin.merchants.list.queryOptions());
  const devices = useQuery(trpc.admin.devices.list.queryOptions({}));
  const [enrolling, setEnrolling] = useState<MerchantRow | null>(null);
  const [revoking, setRevoking] = useState<DeviceRow | null>(null);
  const smallButton = `${secondaryButton} h-9 px-4 text-base`;
  const merchantColumns: Column<MerchantRow>[] = [
    { header: t.admin.colName, cell: (row) => row.name },
    { header: t.admin.colCategory, cell: (row) => row.category },
    { header: t.admin.colCurrency, cell: (row) => row.currency },
    { header: t.admin.colCreated, cell: (row) => dateTime(row.createdAt, t.locale) },
    {
      header: t.admin.colActions,
      cell: (row) => (
        <button type="button" data-testid="merchant-issue-code" className={smallButton}
          onClick={() => setEnrolling(row)}>
          {t.admin.issueCode}
        </button>
      ),
    },
  ];
  const deviceColumns: Column<DeviceRow>[] = [
    { header: t.admin.colMerchant, cell: (row) => row.merchantName },
    { header: t.admin.colLabel, cell: (row) => row.label },
    { header: t.admin.colStatus, cell: (row) => t.admin.deviceStatus(row.status) },
    { header: t.admin.colEnrolled, cell: (row) => dateTime(row.enrolledAt, t.locale) },
    {
      header: t.admin.colActions,
      cell: (row) =>
        row.status === 'active' && (
          <button type="button" data-testid="device-revoke" className={smallButton}
            onClick={() => setRevoking(row)}>
            {t.admin.revoke}
          </button>
        ),
    },
  ];
  return (
    <main className={screenClass} data-testid="admin-merchants">
      <h1 className="text-3xl font-bold">{t.admin.tabMerchants}</h1>
      <NewMerchantForm />
      <ErrorLine error={merchants.error ?? devices.error} />
      <DataTable title={t.admin.merchantsTitle} testId="table-merchant-list" rows={merchants.data}
        columns={merchantColumns} rowKey={(row) => row.id} csv={{ table: 'merchants' }} />
      <DataTable title={t.admin.devicesTitle} testId="table-devices" rows={devices.data}
        columns={deviceColumns} rowKey={(row) => row.deviceId} csv={{ table: 'devices' }} />
      {enrolling && (
        <EnrollmentCodeDialog merchant={enrolling} onClose={() => setEnrolling(null)} />
      )}
      {revoking && <RevokeDialog device={revoking} onClose={() => setRevoking(null)} />}
    </main>
  );
}
