// Before first use an administrator hands the cashier a one-time enrollment code. The
// console's keys are made and registered by the core; nothing secret is typed here but it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { UnenrolledConsoleInfo } from '../../../core/types.ts';
import { useT } from '../i18n/i18n-context.ts';
import { describeError } from '../lib/errors.ts';
import { useTRPC } from '../lib/trpc.ts';
import { focusRing, panel, primaryButton } from './ui.ts';

const codeFieldClass =
  'rounded-2xl border-2 border-slate-300 px-5 py-4 font-mono text-2xl tracking-widest';

export function EnrollmentForm({ info }: { info: UnenrolledConsoleInfo }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const inputId = useId();
  const hintId = useId();
  const enroll = useMutation(
    trpc.console.enroll.mutationOptions({
      // Who this console is and who may sign in both change: the owner's setup comes next.
      onSuccess: () => queryClient.invalidateQueries(),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!enroll.isPending) enroll.mutate({ code: code.trim() });
  }

  return (
    <main className="flex flex-1 items-center justify-center p-6">
      <form
        data-testid="enroll-form"
        onSubmit={submit}
        className={`${panel} flex w-full max-w-xl flex-col gap-6 p-10`}
      >
        <h1 className="text-3xl font-bold">{t.enrollTitle}</h1>
        <p id={hintId} className="text-lg text-slate-600">
          {t.enrollHintBefore}{' '}
          <span className="font-mono text-slate-900">{info.serverUrl}</span>
          {t.enrollHintAfter}
        </p>
        <label htmlFor={inputId} className="text-lg font-semibold">
          {t.enrollmentCode}
        </label>
        <input
          id={inputId}
          data-testid="enroll-code"
          aria-describedby={hintId}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          maxLength={64}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          className={`${focusRing} ${codeFieldClass}`}
        />
        {enroll.isError && (
          <p role="alert" data-testid="enroll-error" className="text-lg text-rose-700">
            {describeError(enroll.error, t)}
          </p>
        )}
        {!info.serverReachable && (
          <p className="text-lg text-amber-700">
            {t.enrollNeedsServer}
          </p>
        )}
        <button
          type="submit"
          data-testid="enroll-submit"
          disabled={enroll.isPending || code.trim().length === 0}
          className={`${primaryButton} h-16 text-2xl`}
        >
          {enroll.isPending ? t.enrolling : t.enrollConsole}
        </button>
      </form>
    </main>
  );
}
