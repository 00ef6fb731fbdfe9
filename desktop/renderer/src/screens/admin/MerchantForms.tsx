// The forms of the merchants screen: a new merchant, and a one-time enrollment code for a
// new console of a merchant (shown once, never stored by the console).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { Currency } from '../../../../../protocol/constants.ts';
import type { MerchantRow } from '../../../../core/admin-data.ts';
import { Modal } from '../../components/Modal.tsx';
import { fieldClass, primaryButton, secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { dateTime, formClass, labelClass } from './admin-ui.ts';
import { CurrencyField } from './CurrencyField.tsx';
import { ErrorLine } from './ErrorLine.tsx';

export function NewMerchantForm() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [category, setCategory] = useState('');
  const [currency, setCurrency] = useState<Currency>('KRW');
  const ids = { name: useId(), category: useId(), currency: useId() };
  const create = useMutation(
    trpc.admin.merchants.create.mutationOptions({
      onSuccess: async () => {
        setName('');
        setCategory('');
        await queryClient.invalidateQueries({ queryKey: trpc.admin.merchants.list.queryKey() });
      },
    }),
  );
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate({ name: name.trim(), category: category.trim(), currency });
  }
  return (
    <form onSubmit={submit} data-testid="new-merchant-form" className={formClass}>
      <h2 className="w-full text-xl font-bold">{t.admin.newMerchant}</h2>
      <label htmlFor={ids.name} className={labelClass}>
        {t.admin.nameLabel}
        <input id={ids.name} data-testid="new-merchant-name" value={name} maxLength={80}
          onChange={(event) => setName(event.target.value)} className={fieldClass} />
      </label>
      <label htmlFor={ids.category} className={labelClass}>
        {t.admin.categoryLabel}
        <input id={ids.category} data-testid="new-merchant-category" value={category} maxLength={40}
          onChange={(event) => setCategory(event.target.value)} className={fieldClass} />
      </label>
      <CurrencyField id={ids.currency} value={currency} onChange={setCurrency} />
      <button type="submit" data-testid="merchant-create"
        disabled={create.isPending || name.trim() === '' || category.trim() === ''}
        className={`${primaryButton} h-12 px-6 text-lg`}>
        {create.isPending ? t.admin.creating : t.admin.create}
      </button>
      <ErrorLine error={create.error} testId="merchant-create-error" />
    </form>
  );
}

export function EnrollmentCodeDialog(props: { merchant: MerchantRow; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const [label, setLabel] = useState('');
  const labelId = useId();
  const issue = useMutation(trpc.admin.merchants.enrollmentCode.mutationOptions());
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!issue.isPending && !issue.isSuccess) {
      issue.mutate({ merchantId: props.merchant.id, label: label.trim() });
    }
  }
  return (
    <Modal title={`${t.admin.issueCode}: ${props.merchant.name}`} testId="enrollment-dialog"
      onClose={props.onClose}>
      {issue.data ? (
        <div className="flex flex-col gap-3" role="status">
          <p className="text-lg">{t.admin.codeShownOnce}</p>
          <p data-testid="enrollment-code" className="font-mono text-4xl font-bold tracking-widest">
            {issue.data.code}
          </p>
          <p className="text-slate-600">
            {t.admin.codeExpires(dateTime(issue.data.expiresAt, t.locale))}
          </p>
        </div>
      ) : (
        <form onSubmit={submit} className="flex flex-col gap-3">
          <label htmlFor={labelId} className={labelClass}>
            {t.admin.consoleLabelLabel}
            <input id={labelId} data-testid="enrollment-label" autoFocus value={label}
              maxLength={80}
              onChange={(event) => setLabel(event.target.value)} className={fieldClass} />
          </label>
          <ErrorLine error={issue.error} />
          <button type="submit" data-testid="enrollment-issue"
            disabled={issue.isPending || label.trim() === ''}
            className={`${primaryButton} h-12 text-lg`}>
            {t.admin.issueCode}
          </button>
        </form>
      )}
      <button type="button" onClick={props.onClose} data-testid="enrollment-close"
        className={`${secondaryButton} mt-4 h-12 w-full text-lg`}>
        {t.admin.close}
      </button>
    </Modal>
  );
}
