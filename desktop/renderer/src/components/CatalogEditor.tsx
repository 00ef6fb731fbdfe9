// The owner edits one catalog (the everyday one, or an event's): categories, and items with
// their price and quick key. Every change goes to the server first; the core re-caches.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { Currency } from '../../../../protocol/constants.ts';
import type { CatalogItem } from '../../../core/catalog.ts';
import { useT } from '../i18n/i18n-context.ts';
import { formatMoney } from '../lib/money.ts';
import { useTRPC } from '../lib/trpc.ts';
import { type CatalogView, ErrorAlert, useSetCatalog } from './catalog-ui.tsx';
import { ItemForm } from './ItemForm.tsx';
import { fieldClass, secondaryButton } from './ui.ts';

function AddCategory({ eventId, count }: { eventId: string | null; count: number }) {
  const t = useT();
  const trpc = useTRPC();
  const inputId = useId();
  const setCatalog = useSetCatalog();
  const [name, setName] = useState('');
  const save = useMutation(
    trpc.catalog.upsertCategory.mutationOptions({
      onSuccess: (view) => {
        setCatalog(view);
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
      <ErrorAlert error={save.error} />
    </form>
  );
}

interface ItemRowsProps {
  readonly items: readonly CatalogItem[];
  readonly view: CatalogView;
  readonly currency: Currency;
  readonly onEdit: (item: CatalogItem) => void;
}

function ItemRows({ items, view, currency, onEdit }: ItemRowsProps) {
  const t = useT();
  const trpc = useTRPC();
  const setCatalog = useSetCatalog();
  const archive = useMutation(trpc.catalog.archiveItem.mutationOptions({ onSuccess: setCatalog }));
  const categoryName = (id: string) =>
    view.categories.find((category) => category.categoryId === id)?.name ?? '';
  const small = `${secondaryButton} h-10 px-3 text-base`;
  return (
    <>
      <ErrorAlert error={archive.error} />
      <table className="w-full text-left text-lg" data-testid="catalog-items">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2">{t.catalog.itemName}</th>
            <th>{t.catalog.price}</th>
            <th>{t.catalog.quickKey}</th>
            <th>{t.catalog.category}</th>
            <th />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <tr key={item.itemId} data-testid="catalog-item-row" data-name={item.name}>
              <td className="py-2 font-semibold">{item.name}</td>
              <td className="tabular">{formatMoney(item.priceMinor, currency, t.locale)}</td>
              <td><kbd className="font-mono">{item.quickKey ?? '—'}</kbd></td>
              <td>{categoryName(item.categoryId)}</td>
              <td className="flex justify-end gap-2 py-2">
                <button type="button" onClick={() => onEdit(item)} className={small}>
                  {t.catalog.editItem(item.name)}
                </button>
                <button type="button" disabled={archive.isPending} className={small}
                  onClick={() => archive.mutate({ itemId: item.itemId })}>
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

interface CatalogEditorProps {
  readonly view: CatalogView;
  /** Null: the everyday catalog. */
  readonly eventId: string | null;
  readonly currency: Currency;
}

export function CatalogEditor({ view, eventId, currency }: CatalogEditorProps) {
  const t = useT();
  const [editing, setEditing] = useState<CatalogItem | null>(null);
  const categories = view.categories.filter((category) => category.eventId === eventId);
  const items = view.items.filter((item) => item.eventId === eventId);
  return (
    <div className="flex flex-col gap-4" data-testid="catalog-editor" data-event-id={eventId ?? ''}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{t.catalog.categoriesLabel}:</span>
        {categories.map((category) => (
          <span key={category.categoryId} data-testid="category-chip"
            className="rounded-full bg-slate-100 px-3 py-1">
            {category.name}
          </span>
        ))}
        <AddCategory eventId={eventId} count={categories.length} />
      </div>
      {categories.length > 0 && (
        <ItemForm key={editing?.itemId ?? 'new'} eventId={eventId} categories={categories}
          currency={currency} editing={editing} position={items.length}
          onDone={() => setEditing(null)} />
      )}
      {items.length > 0 && (
        <ItemRows items={items} view={view} currency={currency} onEdit={setEditing} />
      )}
    </div>
  );
}
