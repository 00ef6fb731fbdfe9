// Putting a sale together: the catalog's tiles, the cart and the free-amount keypad, all
// driven from the keyboard too (letters add items by quick key; see lib/sale.ts).
import type { Dispatch } from 'react';
import type { CatalogItem } from '../../../core/catalog.ts';
import type { EnrolledConsoleInfo } from '../../../core/types.ts';
import { useT } from '../i18n/i18n-context.ts';
import type { ConsoleError } from '../lib/errors.ts';
import { EMPTY_SALE, type SaleAction, type SaleState, saleKeyAction } from '../lib/sale.ts';
import { useKeyboard } from '../lib/use-keyboard.ts';
import { AmountEntry } from './AmountEntry.tsx';
import { Cart } from './Cart.tsx';
import type { CatalogView } from './catalog-ui.tsx';
import { CatalogPanel } from './CatalogPanel.tsx';

const eventBannerClass =
  'rounded-xl bg-violet-100 px-4 py-2 text-lg font-semibold text-violet-900';

interface SaleEntryProps {
  readonly info: EnrolledConsoleInfo;
  /** The cached catalog; undefined until the core first answers. */
  readonly catalog: CatalogView | undefined;
  readonly sale: SaleState;
  readonly dispatch: Dispatch<SaleAction>;
  readonly onCharge: () => void;
  readonly charging: boolean;
  readonly error: ConsoleError | null;
}

export function SaleEntry(props: SaleEntryProps) {
  const { info, catalog, sale, dispatch, charging } = props;
  const t = useT();
  const items = catalog?.onSale.items ?? [];
  const addItem = (item: CatalogItem) =>
    dispatch({
      type: 'cart',
      action: { type: 'add', key: item.itemId, label: item.name, unitPriceMinor: item.priceMinor },
    });
  useKeyboard((event) => {
    if (charging) return;
    const action = saleKeyAction(event.key, sale, items);
    if (action === null) return;
    event.preventDefault();
    if (action === 'charge') props.onCharge();
    else if (action.type === 'addItem') addItem(action.item);
    else dispatch(action);
  });
  return (
    <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_20rem] gap-5">
      <div className="flex min-h-0 flex-col gap-3">
        {catalog?.activeEvent && (
          <p data-testid="event-banner" className={eventBannerClass}>
            {t.catalog.eventBanner(catalog.activeEvent.name)}
          </p>
        )}
        <CatalogPanel
          categories={catalog?.onSale.categories ?? []}
          items={items}
          currency={info.currency}
          onAdd={addItem}
          disabled={charging}
        />
        <p className="mt-auto text-sm text-slate-500">{t.catalog.keyboardHelp}</p>
      </div>
      <div className="flex min-h-0 flex-col gap-3">
        <Cart
          cart={sale.cart}
          currency={info.currency}
          onAction={(action) => dispatch({ type: 'cart', action })}
          disabled={charging}
          pendingMinor={sale.amountMinor}
        />
        <AmountEntry
          amountMinor={sale.amountMinor}
          currency={info.currency}
          onAction={(action) => dispatch({ type: 'amount', action })}
          onAddAmount={() => dispatch({ type: 'commitAmount', label: t.catalog.amountLine })}
          onClear={() => dispatch({ type: 'replace', state: EMPTY_SALE })}
          onCharge={props.onCharge}
          charging={charging}
          empty={sale.cart.lines.length === 0 && sale.amountMinor === 0}
          error={props.error}
        />
      </div>
    </div>
  );
}
