// The console's sync status, read every second while the register is shown. When the count
// of unsynced payments moves, some payment changed state, so today's list is refreshed too.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from './trpc.ts';

/** Often enough that "synced 3 s ago" and the backlog bar move visibly. */
const SYNC_POLL_MS = 1_000;

/** The status alone; every reader shares one cached query and one poll. */
export function useSyncStatusQuery() {
  const trpc = useTRPC();
  return useQuery(
    trpc.sync.status.queryOptions(undefined, {
      refetchInterval: SYNC_POLL_MS,
      // A backlog draining while the window is hidden must still be shown when it returns.
      refetchIntervalInBackground: true,
    }),
  );
}

/** The status, refreshing today's payments whenever the unsynced count moves. */
export function useSyncStatus() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useSyncStatusQuery();
  const unsynced = status.data?.unsynced;
  useEffect(() => {
    if (unsynced === undefined) return;
    void queryClient.invalidateQueries({ queryKey: trpc.payments.today.queryKey() });
  }, [unsynced, queryClient, trpc]);
  return status;
}
