// The backlog bar: shown only while the sync engine drains more than one payment.
import { useT } from '../i18n/i18n-context.ts';
import { type BacklogProgress, backlogPercent } from '../lib/sync-text.ts';

export function SyncProgress({ backlog }: { backlog: BacklogProgress }) {
  const percent = backlogPercent(backlog);
  const t = useT();
  const text = t.backlog(backlog.done, backlog.total);
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        data-testid="sync-progress"
        aria-label={t.syncingPayments}
        aria-valuemin={0}
        aria-valuemax={backlog.total}
        aria-valuenow={Math.min(backlog.done, backlog.total)}
        aria-valuetext={text}
        className="h-2.5 w-40 overflow-hidden motion-safe:animate-pulse rounded-full bg-sky-200"
      >
        {/* Set through the CSSOM by React, which the page's style-src policy allows. */}
        <div
          className="h-full rounded-full bg-sky-600 transition-[width] duration-300"
          style={{ width: `${percent}%` }}
        />
      </div>
      <span aria-hidden="true" className="tabular text-sm text-slate-600">
        {text}
      </span>
    </div>
  );
}
