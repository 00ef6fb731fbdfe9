// Small pieces the owner's catalog and events screens share: the cached
// catalog's type as it crosses IPC, refusals in the owner's language, an alert line.
import { useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { ConsoleRouter } from '../../../core/router.ts';
import { useT } from '../i18n/i18n-context.ts';
import type { Messages } from '../i18n/messages.ts';
import { type ConsoleError, describeError } from '../lib/errors.ts';
import { useTRPC } from '../lib/trpc.ts';

/** The cached catalog as it crosses IPC. */
export type CatalogView = inferRouterOutputs<ConsoleRouter>['catalog']['current'];

/** A catalog refusal in the owner's language when it has a name, else the core's words. */
export function catalogErrorText(error: ConsoleError, t: Messages): string {
  const reason = error.data?.reason;
  return (reason ? t.catalog.reason(reason) : null) ?? describeError(error, t);
}

/** The error of a failed call, as an alert; nothing while there is none. */
export function ErrorAlert({ error, testId }: { error: ConsoleError | null; testId?: string }) {
  const t = useT();
  if (error === null) return null;
  return (
    <p role="alert" data-testid={testId} className="basis-full text-rose-700">
      {catalogErrorText(error, t)}
    </p>
  );
}

/** Puts the view a catalog edit answered with into the query cache: every screen updates. */
export function useSetCatalog(): (view: CatalogView) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (view) => queryClient.setQueryData(trpc.catalog.current.queryKey(), view);
}
