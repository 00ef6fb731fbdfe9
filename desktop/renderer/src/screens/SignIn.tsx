// The PIN screen: cashier and owner sign in by PIN (Enter submits). Other sign-in paths (the
// administrator's) are listed under the pad from sign-in-paths.ts.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { PinPad } from '../components/PinPad.tsx';
import { panel, primaryButton, secondaryButton } from '../components/ui.ts';
import { useT } from '../i18n/i18n-context.ts';
import { describeError } from '../lib/errors.ts';
import { useTRPC } from '../lib/trpc.ts';
import { SIGN_IN_PATHS, type SignInPath } from './sign-in-paths.ts';

/** The core's sign-in changes who may call what: every cached answer is read again. */
export function useAfterSignIn(): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries();
}

export function SignIn() {
  const t = useT();
  const trpc = useTRPC();
  const afterSignIn = useAfterSignIn();
  const [pin, setPin] = useState('');
  const [path, setPath] = useState<SignInPath | null>(null);
  const pinId = useId();
  const hintId = useId();
  const signIn = useMutation(
    trpc.auth.signInWithPin.mutationOptions({
      onSuccess: afterSignIn,
      // A wrong PIN is cleared, so the next try starts from an empty field.
      onError: () => setPin(''),
    }),
  );

  const trySignIn = () => {
    if (!signIn.isPending && pin.length >= 4) signIn.mutate({ pin });
  };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    trySignIn();
  }

  if (path !== null) {
    return (
      <main className="flex flex-1 items-center-safe justify-center overflow-y-auto p-6">
        <path.Form onSignedIn={afterSignIn} onBack={() => setPath(null)} />
      </main>
    );
  }
  return (
    <main className="flex flex-1 items-center-safe justify-center overflow-y-auto p-6">
      <form
        data-testid="sign-in-screen"
        onSubmit={submit}
        className={`${panel} flex w-full max-w-md flex-col gap-4 p-6`}
      >
        <h1 className="text-3xl font-bold">{t.signin.signInTitle}</h1>
        <p id={hintId} className="text-lg text-slate-600">
          {t.signin.pinHint}
        </p>
        <PinPad
          id={pinId}
          label={t.signin.pinLabel}
          value={pin}
          onChange={(next) => {
            setPin(next);
            if (signIn.isError) signIn.reset();
          }}
          disabled={signIn.isPending}
          describedBy={hintId}
          onEnter={trySignIn}
        />
        {signIn.isError && (
          <p role="alert" data-testid="sign-in-error" className="text-lg text-rose-700">
            {describeError(signIn.error, t)}
          </p>
        )}
        <button
          type="submit"
          data-testid="pin-submit"
          disabled={signIn.isPending || pin.length < 4}
          className={`${primaryButton} h-14 text-2xl`}
        >
          {signIn.isPending ? t.signin.signingIn : t.signin.signIn}
        </button>
        {SIGN_IN_PATHS.map((other) => (
          <button
            key={other.id}
            type="button"
            data-testid={`sign-in-path-${other.id}`}
            onClick={() => setPath(other)}
            className={`${secondaryButton} h-12 text-lg`}
          >
            {other.label(t)}
          </button>
        ))}
      </form>
    </main>
  );
}
