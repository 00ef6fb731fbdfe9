// Top level: ask the core who this console is and who is signed in, then show enrollment,
// the owner's first setup, the PIN screen, or the signed-in shell with its tabs.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { AuthStatus } from '../../core/routers/auth.ts';
import type { EnrolledConsoleInfo } from '../../core/types.ts';
import { EnrollmentForm } from './components/EnrollmentForm.tsx';
import { Header } from './components/Header.tsx';
import { StatusBar } from './components/StatusBar.tsx';
import { centredColumn, primaryButton } from './components/ui.ts';
import { useT } from './i18n/i18n-context.ts';
import { describeError } from './lib/errors.ts';
import { useTRPC } from './lib/trpc.ts';
import { OwnerSetup } from './screens/OwnerSetup.tsx';
import { Shell } from './screens/Shell.tsx';
import { SignIn } from './screens/SignIn.tsx';

/** How often reachability is re-read; the header's indicator follows it. */
const INFO_REFRESH_MS = 5_000;
/** Who is signed in is re-read too: a restarted core has signed everybody out. */
const AUTH_REFRESH_MS = 5_000;

function FullScreenMessage({ children }: { children: ReactNode }) {
  return (
    <main className={`${centredColumn} p-10 text-2xl`}>
      {children}
    </main>
  );
}

function EnrolledBody({ info, auth }: { info: EnrolledConsoleInfo; auth: AuthStatus }) {
  if (auth.needsOwner) return <OwnerSetup />;
  if (auth.signedIn === null) return <SignIn />;
  return (
    <>
      <StatusBar
        serverUrl={info.serverUrl}
        withShift={auth.signedIn.role !== 'administrator'}
      />
      <Shell info={info} signedIn={auth.signedIn} />
    </>
  );
}

export function App() {
  const t = useT();
  const trpc = useTRPC();
  const info = useQuery(
    trpc.console.info.queryOptions(undefined, { refetchInterval: INFO_REFRESH_MS }),
  );
  const auth = useQuery(
    trpc.auth.status.queryOptions(undefined, { refetchInterval: AUTH_REFRESH_MS }),
  );

  // Once loaded, a failed refresh must not tear down a sale in progress: keep the last data.
  const failed = info.data === undefined ? info : auth;
  if (info.data === undefined || auth.data === undefined) {
    if (!failed.isError) return <FullScreenMessage>{t.startingConsole}</FullScreenMessage>;
    return (
      <FullScreenMessage>
        <p role="alert" data-testid="console-error" className="max-w-2xl">
          {describeError(failed.error, t)}
        </p>
        <button
          type="button"
          onClick={() => void failed.refetch()}
          className={`${primaryButton} h-16 px-10`}
        >
          {t.tryAgain}
        </button>
      </FullScreenMessage>
    );
  }
  return (
    <div className="flex h-full flex-col">
      <Header info={info.data} signedIn={auth.data.signedIn} />
      {info.isError && (
        <p
          role="alert"
          data-testid="console-error"
          className="bg-amber-100 px-6 py-2 text-lg text-amber-900"
        >
          {describeError(info.error, t)}
        </p>
      )}
      {info.data.enrolled ? (
        <EnrolledBody info={info.data} auth={auth.data} />
      ) : (
        <EnrollmentForm info={info.data} />
      )}
    </div>
  );
}
