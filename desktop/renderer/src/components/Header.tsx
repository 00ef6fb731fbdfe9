import type { SignedInView } from '../../../core/session.ts';
import type { ConsoleInfo } from '../../../core/types.ts';
import { useT } from '../i18n/i18n-context.ts';
import { DisplaySettings } from './DisplaySettings.tsx';
import { SignedInBadge } from './SignedInBadge.tsx';
import { SoundToggle } from './SoundToggle.tsx';

function ServerStatus({ reachable, serverUrl }: { reachable: boolean; serverUrl: string }) {
  const t = useT();
  return (
    <div
      role="status"
      data-testid="server-status"
      data-reachable={reachable ? 'true' : 'false'}
      title={serverUrl}
      className={`flex items-center gap-2 rounded-full px-4 py-1.5 font-medium ${
        reachable ? 'bg-emerald-500/15 text-emerald-200' : 'bg-rose-500/20 text-rose-200'
      }`}
    >
      <span
        aria-hidden="true"
        className={`size-3 rounded-full ${
          reachable ? 'bg-emerald-400' : 'animate-pulse bg-rose-400'
        }`}
      />
      {reachable ? t.serverOnline : t.serverOffline}
    </div>
  );
}

export function Header({
  info,
  signedIn = null,
}: {
  info: ConsoleInfo | null;
  signedIn?: SignedInView | null;
}) {
  const t = useT();
  return (
    <header className="flex items-center justify-between gap-4 bg-slate-900 px-6 py-3 text-white">
      <div className="flex items-baseline gap-3">
        <span className="text-xl font-bold tracking-tight">{t.appName}</span>
        {info?.enrolled === true && (
          <span data-testid="merchant-name" className="text-lg text-slate-300">
            {info.merchantName}
          </span>
        )}
        {info?.enrolled === false && (
          <span className="text-lg text-amber-300">{t.notEnrolled}</span>
        )}
      </div>
      <div className="flex items-center gap-4">
        {/* Once enrolled, the status bar under the header shows reachability with the sync. */}
        {info?.enrolled === false && (
          <ServerStatus reachable={info.serverReachable} serverUrl={info.serverUrl} />
        )}
        {signedIn !== null && <SignedInBadge signedIn={signedIn} />}
        {info?.enrolled === true && <SoundToggle />}
        <DisplaySettings />
      </div>
    </header>
  );
}
