// Right after enrollment: the owner's name and PIN, typed twice. The owner is then signed in.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { onlyDigits, PIN_MAX_DIGITS } from '../components/PinPad.tsx';
import { focusRing, panel, primaryButton } from '../components/ui.ts';
import { useT } from '../i18n/i18n-context.ts';
import { describeError } from '../lib/errors.ts';
import { useTRPC } from '../lib/trpc.ts';
import { useAfterSignIn } from './SignIn.tsx';

const fieldClass = 'rounded-2xl border-2 border-slate-300 px-5 py-3 text-2xl';
const PIN_PATTERN = /^\d{4,8}$/;

export function OwnerSetup() {
  const t = useT();
  const trpc = useTRPC();
  const afterSignIn = useAfterSignIn();
  const ids = { name: useId(), pin: useId(), again: useId(), hint: useId() };
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const setup = useMutation(trpc.auth.setupOwner.mutationOptions({ onSuccess: afterSignIn }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (setup.isPending) return;
    if (!PIN_PATTERN.test(pin)) return setProblem(t.signin.pinFormat);
    if (pin !== again) return setProblem(t.signin.pinsDiffer);
    setProblem(null);
    setup.mutate({ name: name.trim(), pin });
  }

  const pinField = (id: string, value: string, set: (pin: string) => void, testId: string) => (
    <input
      id={id}
      data-testid={testId}
      type="password"
      inputMode="numeric"
      autoComplete="off"
      maxLength={PIN_MAX_DIGITS}
      value={value}
      onChange={(event) => {
        set(onlyDigits(event.target.value));
        // An old complaint about the PINs would be wrong about the new ones.
        setProblem(null);
      }}
      className={`${focusRing} ${fieldClass} font-mono tracking-[0.4em]`}
    />
  );
  const message = problem ?? (setup.isError ? describeError(setup.error, t) : null);
  return (
    <main className="flex flex-1 items-center-safe justify-center overflow-y-auto p-6">
      <form
        data-testid="owner-setup"
        onSubmit={submit}
        aria-describedby={ids.hint}
        className={`${panel} flex w-full max-w-lg flex-col gap-4 p-8`}
      >
        <h1 className="text-3xl font-bold">{t.signin.ownerSetupTitle}</h1>
        <p id={ids.hint} className="text-lg text-slate-600">
          {t.signin.ownerSetupHint}
        </p>
        <label htmlFor={ids.name} className="text-lg font-semibold">
          {t.signin.nameLabel}
        </label>
        <input
          id={ids.name}
          data-testid="owner-name"
          autoFocus
          maxLength={40}
          value={name}
          onChange={(event) => setName(event.target.value)}
          className={`${focusRing} ${fieldClass}`}
        />
        <label htmlFor={ids.pin} className="text-lg font-semibold">
          {t.signin.newPinLabel}
        </label>
        {pinField(ids.pin, pin, setPin, 'owner-pin')}
        <label htmlFor={ids.again} className="text-lg font-semibold">
          {t.signin.confirmPinLabel}
        </label>
        {pinField(ids.again, again, setAgain, 'owner-pin-again')}
        {message !== null && (
          <p role="alert" data-testid="owner-setup-error" className="text-lg text-rose-700">
            {message}
          </p>
        )}
        <button
          type="submit"
          data-testid="owner-setup-submit"
          disabled={setup.isPending || name.trim() === ''}
          className={`${primaryButton} h-16 text-2xl`}
        >
          {setup.isPending ? t.signin.saving : t.signin.saveOwner}
        </button>
      </form>
    </main>
  );
}
