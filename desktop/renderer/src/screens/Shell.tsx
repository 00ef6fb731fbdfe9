// A signed-in console: a tab per screen the role may use (screens/registry.ts), switched by
// click or function key, and the selected screen below. F-keys work even inside a field.
import { Suspense, useEffect, useEffectEvent, useState } from 'react';
import type { SignedInView } from '../../../core/session.ts';
import type { EnrolledConsoleInfo } from '../../../core/types.ts';
import { focusRing } from '../components/ui.ts';
import { useT } from '../i18n/i18n-context.ts';
import { SCREENS, tabsFor } from './registry.ts';

const tabClass = (selected: boolean) =>
  [
    focusRing,
    'flex items-center gap-2 rounded-t-xl px-5 py-2.5 text-lg font-semibold',
    selected ? 'bg-slate-100 text-slate-900' : 'text-slate-300 hover:bg-slate-700',
  ].join(' ');

export function Shell({ info, signedIn }: { info: EnrolledConsoleInfo; signedIn: SignedInView }) {
  const t = useT();
  const tabs = tabsFor(SCREENS, signedIn.role);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = tabs.find((tab) => tab.id === selectedId) ?? tabs[0];
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const tab = tabs.find((candidate) => candidate.key === event.key);
    if (!tab || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    setSelectedId(tab.id);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  if (selected === undefined) return null;
  const { Screen } = selected;
  return (
    <>
      <nav className="bg-slate-800 px-6 pt-2">
        <div role="tablist" aria-label={t.signin.tabsLabel} className="flex gap-1">
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              data-testid={`tab-${tab.id}`}
              aria-selected={tab.id === selected.id}
              aria-controls="screen-panel"
              aria-keyshortcuts={tab.key ?? undefined}
              onClick={() => setSelectedId(tab.id)}
              className={tabClass(tab.id === selected.id)}
            >
              {tab.label(t)}
              {tab.key !== null && (
                <kbd className="rounded bg-slate-600/40 px-1.5 text-sm font-normal">{tab.key}</kbd>
              )}
            </button>
          ))}
        </div>
      </nav>
      <div
        role="tabpanel"
        id="screen-panel"
        aria-labelledby={`tab-${selected.id}`}
        className="flex min-h-0 flex-1 flex-col"
      >
        <Suspense fallback={<p className="p-6 text-xl text-slate-500">{t.admin.loading}</p>}>
          <Screen key={selected.id} info={info} />
        </Suspense>
      </div>
    </>
  );
}
