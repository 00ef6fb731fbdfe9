// The header's paid-sound switch, a toggle button like large text, remembered on this
// machine.
import { useState } from 'react';
import { useT } from '../i18n/i18n-context.ts';
import { paidSoundOn, setPaidSoundOn } from '../lib/paid-signal.ts';
import { focusRing } from './ui.ts';

export function SoundToggle() {
  const t = useT();
  const [on, setOn] = useState(paidSoundOn);
  const toggle = () => {
    setPaidSoundOn(!on);
    setOn(!on);
  };
  return (
    <button
      type="button"
      data-testid="paid-sound-toggle"
      aria-pressed={on}
      aria-label={t.signin.paidSound}
      onClick={toggle}
      className={`${focusRing} rounded-lg px-3 py-1.5 text-sm font-semibold ring-1 ring-slate-600 ${
        on ? 'bg-white text-slate-900' : 'text-slate-200 hover:bg-slate-700'
      }`}
    >
      {on ? t.signin.paidSoundOn : t.signin.paidSoundOff}
    </button>
  );
}
