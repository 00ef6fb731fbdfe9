// The strip under the header on an enrolled console: sync status on the left, the shift on
// the right. It turns amber while the server is away, so "offline" is seen from across the
// counter; selling goes on regardless.
import { ShiftControls } from './ShiftControls.tsx';
import { SyncStatus } from './SyncStatus.tsx';

const barClass = [
  'flex flex-wrap items-center gap-x-6 gap-y-2 border-b px-6 py-2.5 text-base',
  'border-slate-200 bg-white',
  // Keyed on the sync area's own attribute, so the bar and the badge never disagree.
  'has-[[data-online=false]]:border-amber-300 has-[[data-online=false]]:bg-amber-50',
].join(' ');

/** `withShift` is false for an administrator, who reviews but never sells. */
export function StatusBar({ serverUrl, withShift }: { serverUrl: string; withShift: boolean }) {
  return (
    <div className={barClass}>
      <SyncStatus serverUrl={serverUrl} />
      {withShift && <ShiftControls />}
    </div>
  );
}
