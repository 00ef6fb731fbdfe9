// The items on sale as tiles, by category. Each tile shows its quick key: pressing that
// letter anywhere on the register adds one, like tapping the tile.
import { type MouseEvent, useState } from 'react';
import type { Currency } from '../../../../protocol/constants.ts';
import type { CatalogCategory, CatalogItem } from '../../../core/catalog.ts';
import { useT } from '../i18n/i18n-context.ts';
import { formatMoney } from '../lib/money.ts';
import { focusRing, secondaryButton } from './ui.ts';

const keepFocus = (event: MouseEvent) => event.preventDefault();
const ALL = 'all';

interface CatalogPanelProps {
  readonly categories: readonly CatalogCategory[];
  readonly items: readonly CatalogItem[];
  readonly currency: Currency;
  readonly onAdd: (item: CatalogItem) => void;
  readonly disabled: boolean;
}

function CategoryTabs(props: {
  categories: readonly CatalogCategory[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const tabs = [
    { id: ALL, name: t.catalog.allItems },
    ...props.categories.map((category) => ({ id: category.categoryId, name: category.name })),
  ];
  return (
    <div role="tablist" aria-label={t.catalog.categoriesLabel} className="flex flex-wrap gap-2">
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={props.selected === tab.id}
          data-testid="category-tab"
          onMouseDown={keepFocus}
          onClick={() => props.onSelect(tab.id)}
          className={`${focusRing} rounded-full px-4 py-2 text-lg font-semibold ${
            props.selected === tab.id ? 'bg-slate-900 text-white' : 'bg-slate-100 text-slate-800'
          }`}
        >
          {tab.name}
        </button>
      ))}
    </div>
  );
}

interface ItemTileProps {
  readonly item: CatalogItem;
  readonly currency: Currency;
  readonly onAdd: () => void;
  readonly disabled: boolean;
}

const tileClass = [
  secondaryButton,
  'relative flex min-h-24 flex-col items-start justify-between p-3 text-left',
].join(' ');
const keyBadgeClass =
  'absolute top-2 right-2 rounded-md border-2 border-slate-400 bg-white px-2 font-mono text-lg';
const tilesClass = [
  'grid min-h-0 grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))] content-start gap-3',
  'overflow-y-auto p-1',
].join(' ');

function ItemTile(props: ItemTileProps) {
  const t = useT();
  const { item } = props;
  const price = formatMoney(item.priceMinor, props.currency, t.locale);
  return (
    <button
      type="button"
      data-testid="item-tile"
      data-item-id={item.itemId}
      data-quick-key={item.quickKey ?? ''}
      aria-label={t.catalog.addOne(item.name, price)}
      aria-keyshortcuts={item.quickKey ?? undefined}
      onMouseDown={keepFocus}
      onClick={props.onAdd}
      disabled={props.disabled}
      className={tileClass}
    >
      <span className="text-xl leading-tight">{item.name}</span>
      <span className="tabular text-lg font-medium text-slate-700">{price}</span>
      {item.quickKey !== null && (
        <kbd
          title={t.catalog.quickKeyHint(item.quickKey)}
          className={keyBadgeClass}
        >
          {item.quickKey}
        </kbd>
      )}
    </button>
  );
}

export function CatalogPanel({ categories, items, currency, onAdd, disabled }: CatalogPanelProps) {
  const t = useT();
  const [selected, setSelected] = useState<string>(ALL);
  const known = selected === ALL || categories.some((category) => category.categoryId === selected);
  const category = known ? selected : ALL;
  const shown = category === ALL ? items : items.filter((item) => item.categoryId === category);
  return (
    <section
      aria-label={t.catalog.catalogRegion}
      data-testid="catalog-panel"
      className="flex min-h-0 flex-col gap-3"
    >
      {categories.length > 0 && (
        <CategoryTabs categories={categories} selected={category} onSelect={setSelected} />
      )}
      {shown.length === 0 ? (
        <p className="text-lg text-slate-500">{t.catalog.noItems}</p>
      ) : (
        <div className={tilesClass}>
          {shown.map((item) => (
            <ItemTile
              key={item.itemId}
              item={item}
              currency={currency}
              onAdd={() => onAdd(item)}
              disabled={disabled}
            />
          ))}
        </div>
      )}
    </section>
  );
}
