// Open and close the cashier's shift. Opening asks for the float in the drawer; closing asks
// for a blind count (the expected figure is not shown until the count is recorded), then
// shows expected, counted and the variance. The core refuses to close while anything has not
// reached the server; its message says what to wait for.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ShiftInfo } from '../../../core/shifts.ts';
import { useT } from '../i18n/i18n-context.ts';
import { formatClock } from '../lib/time.ts';
import { useTRPC } from '../lib/trpc.ts';
import { CloseShiftDialog, OpenShiftDialog } from './ShiftDialogs.tsx';
import { primaryButton, secondaryButton } from './ui.ts';

function ShiftState({ shift }: { shift: ShiftInfo | null }) {
  const t = useT();
  return (
    <span data-testid="shift-state" data-open={shift !== null ? 'true' : 'false'}>
      {shift !== null ? (
        <>
          {t.shiftOpenSince}{' '}
          <time className="tabular">{formatClock(shift.openedAt, t.locale)}</time>
        </>
      ) : (
        t.noShiftOpen
      )}
    </span>
  );
}

export function ShiftControls() {
  const t = useT();
  const trpc = useTRPC();
  const shift = useQuery(trpc.shift.current.queryOptions());
  const [dialog, setDialog] = useState<'open' | 'close' | null>(null);
  const current = shift.data;
  const closeDialog = () => setDialog(null);

  return (
    <div className="ml-auto flex items-center gap-3 text-slate-700">
      {current !== undefined && <ShiftState shift={current} />}
      {current === null && (
        <button
          type="button"
          data-testid="shift-open-button"
          onClick={() => setDialog('open')}
          className={`${primaryButton} h-10 px-5 text-base`}
        >
          {t.openShift}
        </button>
      )}
      {current !== undefined && current !== null && (
        <button
          type="button"
          data-testid="shift-close-button"
          onClick={() => setDialog('close')}
          className={`${secondaryButton} h-10 px-5 text-base`}
        >
          {t.closeShift}
        </button>
      )}
      {dialog === 'open' && <OpenShiftDialog onClose={closeDialog} />}
      {dialog === 'close' && <CloseShiftDialog onClose={closeDialog} />}
    </div>
  );
}
