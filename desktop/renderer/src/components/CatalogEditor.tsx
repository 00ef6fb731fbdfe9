// The owner edits one catalog (the everyday one, or an event's): categories, and items with
// their price and quick key. Every change goes to the server first; the core re-caches.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { Currency } from '../../../../protocol/constants.ts';
import type { inferRouterOutputs } from '@trpc/server';
import type { CatalogItem } from '../../../core/catalog.ts';
import type { ConsoleRouter } from '../../../core/router.ts';
import { useT } from '../i18n/i18n-context.ts';
import type { Messages } from '../i18n/messages.ts';
import { type ConsoleError, describeError } from '../lib/errors.ts';
import { formatMoney } from '../lib/money.ts';
import { moneyInputText, parseMoneyInput } from '../lib/money-input.ts';
import { useTRPC } from '../lib/trpc.ts';
import { focusRing, primaryButton, secondaryButton } from './ui.ts';

/** The cached catalog as it crosses IPC. */
export type CatalogView = inferRouterOutputs<ConsoleRouter>['catalog']['current'];

export const fieldClass = `${focusRing} rounded-xl border-2 border-slate-300 px-3 py-2 text-lg`;

/** A catalog refusal in the owner's language when it has a name, else the core's words. */
export function catalogErrorText(error: ConsoleError, t: Messages): string {
  const reason = error.data?.reason;
  return (reason ? t.catalog.reason(reason) : null) ?? describeError(error, t);
}

function useCatalogMutationOptions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    onSuccess: (view: CatalogView) => queryClient.setQueryData(trpc.catalog.current.queryKey(), view),
  };
}

function AddCategory({ eventId, count }: { eventId: string | null; count: number }) {
  const t = useT();
  const trpc = useTRPC();
  const inputId = useId();
  const [name, setName] = useState('');
  const options = useCatalogMutationOptions();
  const save = useMutation(
    trpc.catalog.upsertCategory.mutationOptions({
      onSuccess: (view) => {
        options.onSuccess(view);
        setName('');
      },
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() !== '') save.mutate({ eventId, name: name.trim(), position: count });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" data-testid="add-category">
      <label htmlFor={inputId} className="sr-only">{t.catalog.categoryName}</label>
      <input id={inputId} data-testid="category-name" value={name} maxLength={40}
        placeholder={t.catalog.categoryName} onChange={(event) => setName(event.target.value)}
        className={fieldClass} />
      <button type="submit" disabled={save.isPending || name.trim() === ''}
        className={`${secondaryButton} h-11 px-4 text-base`}>
        {t.catalog.addCategory}
      </button>
      {save.isError && <p role="alert" className="basis-full text-rose-700">{catalogErrorText(save.error, t)}</p>}
    </form>
  );
}

interface ItemFormProps {
  readonly eventId: string | null;
  readonly categories: CatalogView['categories'];
  readonly currency: Currency;
  readonly editing: CatalogItem | null;
  readonly position: number;
  readonly onDone: () => void;
}

function ItemForm({ eventId, categories, currency, editing, position, onDone }: ItemFormProps) {
  const t = useT();
  const trpc = useTRPC();
  const ids = { name: useId(), price: useId(), key: useId(), category: useId() };
  const [name, setName] = useState(editing?.name ?? '');
  const [price, setPrice] = useState(editing ? moneyInputText(editing.priceMinor, currency) : '');
  const [quickKey, setQuickKey] = useState(editing?.quickKey ?? '');
  const [categoryId, setCategoryId] = useState(editing?.categoryId ?? categories[0]?.categoryId ?? '');
  const options = useCatalogMutationOptions();
  const save = useMutation(
    trpc.catalog.upsertItem.mutationOptions({
      onSuccess: (view) => {
        options.onSuccess(view);
        setName('');
        setPrice('');
        setQuickKey('');
        onDone();
      },
    }),
  );
  const priceMinor = parseMoneyInput(price, currency);
  const ready = name.trim() !== '' && priceMinor !== null && categoryId !== '';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!ready || save.isPending) return;
    save.mutate({
      ...(editing ? { itemId: editing.itemId } : {}),
      eventId,
      categoryId,
      name: name.trim(),
      priceMinor,
      quickKey: quickKey === '' ? null : quickKey,
      position: editing?.position ?? position,
    });
  };
  const field = (id: string, label: string, input: ReactNode) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">{label}</label>
      {input}
    </div>
  );
  return (
    <form onSubmit={submit} data-testid="item-form" className="flex flex-wrap items-end gap-3 rounded-2xl bg-slate-50 p-4">
      {field(ids.name, t.catalog.itemName, <input id={ids.name} data-testid="item-name" value={name}
        maxLength={40} onChange={(event) => setName(event.target.value)} className={fieldClass} />)}
      {field(ids.price, t.catalog.price, <input id={ids.price} data-testid="item-price" value={price}
        inputMode="decimal" onChange={(event) => setPrice(event.target.value)}
        className={`${fieldClass} tabular w-36`} />)}
      {field(ids.key, t.catalog.quickKey, <input id={ids.key} data-testid="item-quick-key" value={quickKey}
        maxLength={1} placeholder={t.catalog.quickKeyNone}
        onChange={(event) => setQuickKey(event.target.value.replace(/[^a-z]/gi, '').toUpperCase())}
        className={`${fieldClass} w-24 text-center font-mono uppercase`} />)}
      {field(ids.category, t.catalog.category, <select id={ids.category} data-testid="item-category"
        value={categoryId} onChange={(event) => setCategoryId(event.target.value)} className={fieldClass}>
        {categories.map((category) => (
          <option key={category.categoryId} value={category.categoryId}>{category.name}</option>
        ))}
      </select>)}
      <button type="submit" data-testid="item-save" disabled={!ready || save.isPending}
        className={`${primaryButton} h-12 px-5 text-lg`}>
        {save.isPending ? t.catalog.saving : editing ? t.catalog.saveItem : t.catalog.addItem}
      </button>
      {editing && (
        <button type="button" onClick={onDone} className={`${secondaryButton} h-12 px-4 text-lg`}>
          {t.catalog.cancelEdit}
        </button>
      )}
      {save.isError && (
        <p role="alert" data-testid="item-error" className="basis-full text-rose-700">
          {catalogErrorText(save.error, t)}
        </p>
      )}
    </form>
  );
}

function ItemRows(props: { items: CatalogItem[]; view: CatalogView; currency: Currency; onEdit: (item: CatalogItem) => void }) {
  const t = useT();
  const trpc = useTRPC();
  const options = useCatalogMutationOptions();
  const archive = useMutation(trpc.catalog.archiveItem.mutationOptions(options));
  const categoryName = (id: string) => props.view.categories.find((c) => c.categoryId === id)?.name ?? '';
  return (
    <>
      {archive.isError && <p role="alert" className="text-rose-700">{catalogErrorText(archive.error, t)}</p>}
      <table className="w-full text-left text-lg" data-testid="catalog-items">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2">{t.catalog.itemName}</th>
            <th>{t.catalog.price}</th>
            <th>{t.catalog.quickKey}</th>
            <th>{t.catalog.category}</th>
            <th><span className="sr-only">{t.catalog.editItem('')}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {props.items.map((item) => (
            <tr key={item.itemId} data-testid="catalog-item-row" data-name={item.name}>
              <td className="py-2 font-semibold">{item.name}</td>
              <td className="tabular">{formatMoney(item.priceMinor, props.currency, t.locale)}</td>
              <td><kbd className="font-mono">{item.quickKey ?? '—'}</kbd></td>
              <td>{categoryName(item.categoryId)}</td>
              <td className="flex justify-end gap-2 py-2">
                <button type="button" onClick={() => props.onEdit(item)} className={`${secondaryButton} h-10 px-3 text-base`}>
                  {t.catalog.editItem(item.name)}
                </button>
                <button type="button" disabled={archive.isPending} onClick={() => archive.mutate({ itemId: item.itemId })}
                  className={`${secondaryButton} h-10 px-3 text-base`}>
                  {t.catalog.archiveItem(item.name)}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The editor of one catalog: `eventId` null is the everyday catalog. */
export function CatalogEditor({ view, eventId, currency }: { view: CatalogView; eventId: string | null; currency: Currency }) {
  const t = useT();
  const [editing, setEditing] = useState<CatalogItem | null>(null);
  const categories = view.categories.filter((category) => category.eventId === eventId);
  const items = view.items.filter((item) => item.eventId === eventId);
  return (
    <div className="flex flex-col gap-4" data-testid="catalog-editor" data-event-id={eventId ?? ''}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{t.catalog.categoriesLabel}:</span>
        {categories.map((category) => (
          <span key={category.categoryId} data-testid="category-chip" className="rounded-full bg-slate-100 px-3 py-1">
            {category.name}
          </span>
        ))}
        <AddCategory eventId={eventId} count={categories.length} />
      </div>
      {categories.length > 0 && (
        <ItemForm key={editing?.itemId ?? 'new'} eventId={eventId} categories={categories}
          currency={currency} editing={editing} position={items.length} onDone={() => setEditing(null)} />
      )}
      {items.length > 0 && <ItemRows items={items} view={view} currency={currency} onEdit={setEditing} />}
    </div>
  );
}
