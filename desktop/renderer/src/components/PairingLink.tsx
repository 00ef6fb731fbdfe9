// The QR's contents as text under the code. A customer whose camera cannot scan, or a
// tester driving the wallet CLI, pays from this link instead.
import { useState } from 'react';
import { useT } from '../i18n/i18n-context.ts';
import { focusRing, secondaryButton } from './ui.ts';

type CopyState = 'idle' | 'copied' | 'failed';

const linkFieldClass =
  'min-w-0 flex-1 truncate rounded-xl bg-slate-100 px-3 py-2 font-mono text-sm text-slate-700';

export function PairingLink({ pairingUri }: { pairingUri: string }) {
  const t = useT();
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const copy = () => {
    navigator.clipboard.writeText(pairingUri).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };
  return (
    <div className="flex w-full items-center gap-2">
      <input
        readOnly
        aria-label={t.paymentLink}
        data-testid="pairing-link"
        value={pairingUri}
        onFocus={(event) => event.currentTarget.select()}
        className={`${focusRing} ${linkFieldClass}`}
      />
      <button
        type="button"
        data-testid="copy-pairing-link"
        onClick={copy}
        className={`${secondaryButton} h-10 w-24 shrink-0 text-sm`}
      >
        {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : t.copyLink}
      </button>
    </div>
  );
}
