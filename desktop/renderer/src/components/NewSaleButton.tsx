import type { AmountKey } from '../lib/amount-entry.ts';
import { useT } from '../i18n/i18n-context.ts';
import { primaryButton } from './ui.ts';

/** Focused when an outcome appears, so Enter starts the next sale. */
export function NewSaleButton({ onNewSale }: { onNewSale: (firstKey: AmountKey | null) => void }) {
  const t = useT();
  return (
    <button
      type="button"
      data-testid="new-sale-button"
      autoFocus
      onClick={() => onNewSale(null)}
      className={`${primaryButton} h-16 w-64 text-2xl`}
    >
      {t.newSale}
    </button>
  );
}
