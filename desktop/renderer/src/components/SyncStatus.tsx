// Whether the server answers and how far behind it this console is: the unsynced count, the
// last sync, a bar while a backlog drains, and a warning for payments the server refused.
import type { SyncStatus as SyncStatusData } from '../../../core/sync.ts';
import { useT } from '../i18n/i18n-context.ts';
import { describeError } from '../lib/errors.ts';
import { syncAge } from '../lib/time.ts';
import { useNow } from '../lib/use-now.ts';
import { useSyncStatus } from '../lib/use-sync-status.ts';
import { SyncProgress } from './SyncProgress.tsx';

const AGO_TICK_MS = 1_000;

function OnlineBadge({ online, serverUrl }: { online: boolean; serverUrl: string }) {
  const t = useT();
  return (
    <span
      role="status"
      data-testid="server-status"
      data-reachable={online ? 'true' : 'false'}
      title={serverUrl}
      className={`flex items-center gap-2 rounded-full px-3 py-1 font-semibold ${
        online ? 'bg-emerald-100 text-emerald-800' : 'bg-amber-200 text-amber-950'
      }`}
    >
      <span
        aria-hidden="true"
        className={`size-2.5 rounded-full ${
          online ? 'bg-emerald-500' : 'bg-amber-600 motion-safe:animate-pulse'
        }`}
      />
      {online ? t.serverOnline : t.serverOffline}
    </span>
  );
}

function SyncedAgo({ lastSyncAt }: { lastSyncAt: number | null }) {
  const t = useT();
  const nowMs = useNow(AGO_TICK_MS);
  return (
    <span data-testid="sync-last" className="text-slate-500">
      {t.syncedAgo(syncAge(lastSyncAt, nowMs))}
    </span>
  );
}

const quarantineClass =
  'flex items-center gap-1.5 rounded-full bg-rose-100 px-3 py-1 font-semibold text-rose-800';

function QuarantineWarning({ quarantined }: { quarantined: number }) {
  const t = useT();
  return (
    <span
      role="status"
      data-testid="sync-quarantined"
      data-count={quarantined}
      className={quarantineClass}
    >
      <span aria-hidden="true">⚠</span>
      {t.quarantined(quarantined)}
    </span>
  );
}

function SyncDetails({ status, serverUrl }: { status: SyncStatusData; serverUrl: string }) {
  const t = useT();
  return (
    <>
      <OnlineBadge online={status.online} serverUrl={serverUrl} />
      <span
        role="status"
        data-testid="sync-unsynced"
        data-count={status.unsynced}
        className={`tabular font-semibold ${
          status.unsynced > 0 ? 'text-amber-900' : 'text-slate-700'
        }`}
      >
        {t.unsynced(status.unsynced)}
      </span>
      <SyncedAgo lastSyncAt={status.lastSyncAt} />
      {status.backlog !== null && <SyncProgress backlog={status.backlog} />}
      {status.quarantined > 0 && <QuarantineWarning quarantined={status.quarantined} />}
    </>
  );
}

export function SyncStatus({ serverUrl }: { serverUrl: string }) {
  const t = useT();
  const status = useSyncStatus();
  const online = status.data?.online ?? true;
  return (
    <section
      aria-label={t.syncStatusLabel}
      data-testid="sync-status"
      data-online={online ? 'true' : 'false'}
      className="flex flex-wrap items-center gap-x-4 gap-y-2"
    >
      {status.data !== undefined ? (
        <SyncDetails status={status.data} serverUrl={serverUrl} />
      ) : (
        <span className="text-slate-500">{t.readingSyncStatus}</span>
      )}
      {status.isError && (
        <span role="alert" className="text-amber-800">
          {t.syncStatusUnavailable(describeError(status.error, t))}
        </span>
      )}
    </section>
  );
}
