// The administrator's way in, from the PIN screen: username and password go to the core,
// which signs in to the server and keeps the session; the page never sees a token.
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { focusRing, panel, primaryButton, secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { useTRPC } from '../../lib/trpc.ts';
import type { SignInPathProps } from '../sign-in-paths.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { ConsoleError } from '../../lib/errors.ts';
import { adminErrorText } from './admin-ui.ts';

const inputClass = `${focusRing} rounded-2xl border-2 border-slate-300 px-4 py-3 text-xl`;

/** A refused sign-in: the core answers BAD_REQUEST for a wrong password (after its checks). */
function signInErrorText(error: ConsoleError, t: Messages): string {
  const fieldErrors = Object.keys(error.data?.fieldErrors ?? {});
  if (error.data?.code === 'BAD_REQUEST' && fieldErrors.length === 0) return t.admin.wrongPassword;
  if (error.data?.code === 'TOO_MANY_REQUESTS') return t.admin.loginThrottled;
  return adminErrorText(error, t);
}

export function AdminSignIn({ onSignedIn, onBack }: SignInPathProps) {
  const t = useT();
  const trpc = useTRPC();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const userId = useId();
  const passwordId = useId();
  const hintId = useId();
  const ended = useQuery(trpc.admin.session.ended.queryOptions());
  const signIn = useMutation(
    trpc.admin.session.signIn.mutationOptions({
      onSuccess: onSignedIn,
      // A wrong password is cleared; the username stays for the next try.
      onError: () => setPassword(''),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!signIn.isPending) signIn.mutate({ username: username.trim(), password });
  }

  return (
    <form
      data-testid="admin-sign-in"
      onSubmit={submit}
      className={`${panel} flex w-full max-w-md flex-col gap-4 p-8`}
    >
      <h1 className="text-3xl font-bold">{t.admin.signInTitle}</h1>
      <p id={hintId} className="text-lg text-slate-600">
        {t.admin.signInHint}
      </p>
      {ended.data?.ended === true && !signIn.isError && (
        <p role="status" data-testid="admin-session-ended" className="text-lg text-amber-800">
          {t.admin.sessionEnded}
        </p>
      )}
      <label htmlFor={userId} className="text-lg font-semibold">
        {t.admin.usernameLabel}
      </label>
      <input id={userId} data-testid="admin-username" autoFocus autoComplete="username"
        aria-describedby={hintId} maxLength={64} value={username}
        onChange={(event) => setUsername(event.target.value)} className={inputClass} />
      <label htmlFor={passwordId} className="text-lg font-semibold">
        {t.admin.passwordLabel}
      </label>
      <input id={passwordId} data-testid="admin-password" type="password"
        autoComplete="current-password" maxLength={1024} value={password}
        onChange={(event) => setPassword(event.target.value)} className={inputClass} />
      {signIn.isError && (
        <p role="alert" data-testid="admin-sign-in-error" className="text-lg text-rose-700">
          {signInErrorText(signIn.error, t)}
        </p>
      )}
      <button
        type="submit"
        data-testid="admin-sign-in-submit"
        disabled={signIn.isPending || username.trim() === '' || password === ''}
        className={`${primaryButton} h-14 text-xl`}
      >
        {signIn.isPending ? t.admin.signingIn : t.admin.signIn}
      </button>
      <button type="button" onClick={onBack} className={`${secondaryButton} h-12 text-lg`}>
        {t.admin.cancel}
      </button>
    </form>
  );
}
