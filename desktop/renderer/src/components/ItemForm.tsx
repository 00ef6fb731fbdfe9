// Adds an item to a catalog, or changes one: name, price, quick key and category.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { Currency } from '../../../../protocol/constants.ts';
import type { CatalogItem } from '../../../core/catalog.ts';
import { useT } from '../i18n/i18n-context.ts';
import { moneyInputText, parseMoneyInput } from '../lib/money-input.ts';
import { useTRPC } from '../lib/trpc.ts';
import { type CatalogView, ErrorAlert, useSetCatalog } from './catalog-ui.tsx';
import { fieldClass, primaryButton, secondaryButton } from './ui.ts';

interface ItemFormProps {
  readonly eventId: string | null;
  readonly categories: CatalogView['categories'];
  readonly currency: Currency;
  /** The item being changed; null adds a new one. */
  readonly editing: CatalogItem | null;
  readonly position: number;
  readonly onDone: () => void;
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">{label}</label>
      {children}
    </div>
  );
}

const onlyLetter = (text: string) => text.replace(/[^a-z]/gi, '').slice(-1).toUpperCase();

export function ItemForm(props: ItemFormProps) {
  const { eventId, categories, currency, editing } = props;
  const t = useT();
  const trpc = useTRPC();
  const setCatalog = useSetCatalog();
  const ids = { name: useId(), price: useId(), key: useId(), category: useId() };
  const [name, setName] = useState(editing?.name ?? '');
  const [price, setPrice] = useState(editing ? moneyInputText(editing.priceMinor, currency) : '');
  const [quickKey, setQuickKey] = useState(editing?.quickKey ?? '');
  const firstCategory = categories[0]?.categoryId ?? '';
  const [categoryId, setCategoryId] = useState(editing?.categoryId ?? firstCategory);
  const save = useMutation(
    trpc.catalog.upsertItem.mutationOptions({
      onSuccess: (view) => {
        setCatalog(view);
        setName('');
        setPrice('');
        setQuickKey('');
        props.onDone();
      },
    }),
  );
  const priceMinor = parseMoneyInput(price, currency);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '' || priceMinor === null || categoryId === '' || save.isPending) return;
    save.mutate({
      ...(editing ? { itemId: editing.itemId } : {}),
      eventId,
      categoryId,
      name: name.trim(),
      priceMinor,
      quickKey: quickKey === '' ? null : quickKey,
      position: editing?.position ?? props.position,
    });
  };
  const ready = name.trim() !== '' && priceMinor !== null && categoryId !== '';
  return (
    <form onSubmit={submit} data-testid="item-form"
      className="flex flex-wrap items-end gap-3 rounded-2xl bg-slate-50 p-4">
      <Field id={ids.name} label={t.catalog.itemName}>
        <input id={ids.name} data-testid="item-name" value={name} maxLength={40}
          onChange={(event) => setName(event.target.value)} className={fieldClass} />
      </Field>
      <Field id={ids.price} label={t.catalog.price}>
        <input id={ids.price} data-testid="item-price" value={price} inputMode="decimal"
          onChange={(event) => setPrice(event.target.value)}
          className={`${fieldClass} tabular w-36`} />
      </Field>
      <Field id={ids.key} label={t.catalog.quickKey}>
        <input id={ids.key} data-testid="item-quick-key" value={quickKey} maxLength={2}
          placeholder={t.catalog.quickKeyNone}
          onChange={(event) => setQuickKey(onlyLetter(event.target.value))}
          className={`${fieldClass} w-24 text-center font-mono uppercase`} />
      </Field>
      <Field id={ids.category} label={t.catalog.category}>
        <select id={ids.category} data-testid="item-category" value={categoryId}
          onChange={(event) => setCategoryId(event.target.value)} className={fieldClass}>
          {categories.map((category) => (
            <option key={category.categoryId} value={category.categoryId}>{category.name}</option>
          ))}
        </select>
      </Field>
      <button type="submit" data-testid="item-save" disabled={!ready || save.isPending}
        className={`${primaryButton} h-12 px-5 text-lg`}>
        {save.isPending ? t.catalog.saving : editing ? t.catalog.saveItem : t.catalog.addItem}
      </button>
      {editing && (
        <button type="button" onClick={props.onDone}
          className={`${secondaryButton} h-12 px-4 text-lg`}>
          {t.catalog.cancelEdit}
        </button>
      )}
      <ErrorAlert error={save.error} testId="item-error" />
    </form>
  );
}
