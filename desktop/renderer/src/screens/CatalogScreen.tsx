// The owner's catalog: the everyday items with prices, categories and quick keys. An
// event's own catalog is edited from the Events screen with the same editor.
import { useMutation, useQuery } from '@tanstack/react-query';
import type { EnrolledConsoleInfo } from '../../../core/types.ts';
import { CatalogEditor } from '../components/CatalogEditor.tsx';
import { ErrorAlert, useSetCatalog } from '../components/catalog-ui.tsx';
import { panel, secondaryButton } from '../components/ui.ts';
import { useT } from '../i18n/i18n-context.ts';
import { formatTime } from '../lib/time.ts';
import { useTRPC } from '../lib/trpc.ts';

export function CatalogScreen({ info }: { info: EnrolledConsoleInfo }) {
  const t = useT();
  const trpc = useTRPC();
  const catalog = useQuery(trpc.catalog.current.queryOptions());
  const refresh = useMutation(trpc.catalog.refresh.mutationOptions({ onSuccess: useSetCatalog() }));
  const fetchedAt = catalog.data?.fetchedAt ?? null;
  const fetched =
    fetchedAt === null
      ? t.catalog.neverSynced
      : t.catalog.lastSynced(formatTime(fetchedAt, t.locale));
  return (
    <main className="min-h-0 flex-1 overflow-y-auto p-6">
      <section className={`${panel} flex flex-col gap-5 p-6`} aria-labelledby="catalog-heading">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="catalog-heading" className="text-3xl font-bold">{t.catalog.everyday}</h2>
          <div className="flex items-center gap-3 text-slate-600">
            <span data-testid="catalog-fetched">{fetched}</span>
            <button type="button" onClick={() => refresh.mutate()} disabled={refresh.isPending}
              className={`${secondaryButton} h-10 px-4 text-base`}>
              {t.catalog.refresh}
            </button>
          </div>
        </div>
        <ErrorAlert error={catalog.error ?? refresh.error} />
        {catalog.data && (
          <CatalogEditor view={catalog.data} eventId={null} currency={info.currency} />
        )}
      </section>
    </main>
  );
}
