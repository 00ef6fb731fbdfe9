// Top level: ask the core who this console is, then show enrollment or the register.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EnrollmentForm } from './components/EnrollmentForm.tsx';
import { Header } from './components/Header.tsx';
import { Register } from './components/Register.tsx';
import { StatusBar } from './components/StatusBar.tsx';
import { centredColumn, primaryButton } from './components/ui.ts';
import { useT } from './i18n/i18n-context.ts';
import { describeError } from './lib/errors.ts';
import { useTRPC } from './lib/trpc.ts';

/** How often reachability is re-read; the header's indicator follows it. */
const INFO_REFRESH_MS = 5_000;

function FullScreenMessage({ children }: { children: ReactNode }) {
  return (
    <main className={`${centredColumn} p-10 text-2xl`}>
      {children}
    </main>
  );
}

export function App() {
  const t = useT();
  const trpc = useTRPC();
  const info = useQuery(
    trpc.console.info.queryOptions(undefined, { refetchInterval: INFO_REFRESH_MS }),
  );

  // Once loaded, a failed refresh must not tear down a sale in progress: keep the last data.
  if (info.data === undefined) {
    if (!info.isError) return <FullScreenMessage>{t.startingConsole}</FullScreenMessage>;
    return (
      <FullScreenMessage>
        <p role="alert" data-testid="console-error" className="max-w-2xl">
          {describeError(info.error, t)}
        </p>
        <button
          type="button"
          onClick={() => void info.refetch()}
          className={`${primaryButton} h-16 px-10`}
        >
          {t.tryAgain}
        </button>
      </FullScreenMessage>
    );
  }
  return (
    <div className="flex h-full flex-col">
      <Header info={info.data} />
      {info.data.enrolled && <StatusBar serverUrl={info.data.serverUrl} />}
      {info.isError && (
        <p
          role="alert"
          data-testid="console-error"
          className="bg-amber-100 px-6 py-2 text-lg text-amber-900"
        >
          {describeError(info.error, t)}
        </p>
      )}
      {info.data.enrolled ? <Register info={info.data} /> : <EnrollmentForm info={info.data} />}
    </div>
  );
}
