// The owner's events: create one, sell for it on this console (its catalog replaces the
// everyday one on the register), edit its own catalog, read its report, close it.
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { EnrolledConsoleInfo } from '../../../core/types.ts';
import { CatalogEditor } from '../components/CatalogEditor.tsx';
import { type CatalogView, ErrorAlert, useSetCatalog } from '../components/catalog-ui.tsx';
import { EventReport } from '../components/EventReport.tsx';
import { fieldClass, panel, primaryButton, secondaryButton } from '../components/ui.ts';
import { useT } from '../i18n/i18n-context.ts';
import { localDay } from '../lib/time.ts';
import { useTRPC } from '../lib/trpc.ts';

function CreateEvent() {
  const t = useT();
  const trpc = useTRPC();
  const setCatalog = useSetCatalog();
  const ids = { name: useId(), starts: useId(), ends: useId() };
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState(() => localDay());
  const [endsOn, setEndsOn] = useState(() => localDay());
  const create = useMutation(
    trpc.events.create.mutationOptions({
      onSuccess: (view) => {
        setCatalog(view);
        setName('');
      },
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '' || create.isPending) return;
    create.mutate({ name: name.trim(), startsOn, endsOn });
  };
  return (
    <form onSubmit={submit} data-testid="create-event" className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.name} className="font-semibold">{t.catalog.eventName}</label>
        <input id={ids.name} data-testid="event-name" value={name} maxLength={60}
          onChange={(event) => setName(event.target.value)} className={fieldClass} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.starts} className="font-semibold">{t.catalog.startsOn}</label>
        <input id={ids.starts} type="date" data-testid="event-starts" value={startsOn}
          onChange={(event) => setStartsOn(event.target.value)} className={fieldClass} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.ends} className="font-semibold">{t.catalog.endsOn}</label>
        <input id={ids.ends} type="date" data-testid="event-ends" value={endsOn}
          onChange={(event) => setEndsOn(event.target.value)} className={fieldClass} />
      </div>
      <button type="submit" data-testid="event-create"
        disabled={create.isPending || name.trim() === ''}
        className={`${primaryButton} h-12 px-5 text-lg`}>
        {t.catalog.createEvent}
      </button>
      <ErrorAlert error={create.error} />
    </form>
  );
}

type Panel = { readonly eventId: string; readonly kind: 'catalog' | 'report' } | null;

function EventRow(props: {
  event: CatalogView['events'][number];
  active: boolean;
  panel: Panel;
  onPanel: (panel: Panel) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const setCatalog = useSetCatalog();
  const select = useMutation(trpc.events.select.mutationOptions({ onSuccess: setCatalog }));
  const close = useMutation(trpc.events.close.mutationOptions({ onSuccess: setCatalog }));
  const { event, active } = props;
  const open = event.status === 'open';
  const showing = (kind: 'catalog' | 'report') =>
    props.panel?.eventId === event.eventId && props.panel.kind === kind;
  const toggle = (kind: 'catalog' | 'report') =>
    props.onPanel(showing(kind) ? null : { eventId: event.eventId, kind });
  const small = `${secondaryButton} h-10 px-4 text-base`;
  const error = select.error ?? close.error;
  return (
    <li data-testid="event-row" data-name={event.name} data-status={event.status}
      className="flex flex-wrap items-center gap-3 py-3 text-lg">
      <span className="min-w-48 flex-1">
        <span className="block text-xl font-semibold">{event.name}</span>
        <span className="text-slate-600">{event.startsOn} – {event.endsOn}</span>
      </span>
      <span className={`rounded-full px-3 py-1 text-base font-semibold ${
        open ? 'bg-emerald-100 text-emerald-800' : 'bg-slate-200 text-slate-700'}`}>
        {active ? t.catalog.activeNow : open ? t.catalog.eventOpen : t.catalog.eventClosed}
      </span>
      {open && (
        <button type="button" data-testid="event-activate" disabled={select.isPending}
          onClick={() => select.mutate({ eventId: active ? null : event.eventId })}
          className={`${active ? secondaryButton : primaryButton} h-10 px-4 text-base`}>
          {active ? t.catalog.stopEvent : t.catalog.makeActive}
        </button>
      )}
      {open && (
        <button type="button" data-testid="event-edit-catalog" onClick={() => toggle('catalog')}
          aria-expanded={showing('catalog')} className={small}>
          {t.catalog.editEventCatalog}
        </button>
      )}
      <button type="button" data-testid="event-show-report" onClick={() => toggle('report')}
        aria-expanded={showing('report')} className={small}>
        {t.catalog.showReport}
      </button>
      {open && (
        <button type="button" data-testid="event-close" disabled={close.isPending}
          onClick={() => close.mutate({ eventId: event.eventId })} className={small}>
          {t.catalog.closeEvent}
        </button>
      )}
      <ErrorAlert error={error} />
    </li>
  );
}

export function EventsScreen({ info }: { info: EnrolledConsoleInfo }) {
  const t = useT();
  const trpc = useTRPC();
  const catalog = useQuery(trpc.catalog.current.queryOptions());
  const [expanded, setExpanded] = useState<Panel>(null);
  const view = catalog.data;
  const shown = view?.events.find((event) => event.eventId === expanded?.eventId);
  return (
    <main className="min-h-0 flex-1 overflow-y-auto p-6">
      <section className={`${panel} flex flex-col gap-5 p-6`} aria-labelledby="events-heading">
        <h2 id="events-heading" className="text-3xl font-bold">{t.catalog.eventsTitle}</h2>
        <CreateEvent />
        {view && view.events.length === 0 && <p className="text-slate-500">{t.catalog.noEvents}</p>}
        <ul className="divide-y divide-slate-100">
          {view?.events.map((event) => (
            <EventRow key={event.eventId} event={event}
              active={view.activeEvent?.eventId === event.eventId}
              panel={expanded} onPanel={setExpanded} />
          ))}
        </ul>
        {view && shown && expanded?.kind === 'catalog' && (
          <div className="flex flex-col gap-3 border-t-2 border-slate-200 pt-4">
            <h3 className="text-2xl font-bold">{t.catalog.catalogOf(shown.name)}</h3>
            <CatalogEditor view={view} eventId={shown.eventId} currency={info.currency} />
          </div>
        )}
        {shown && expanded?.kind === 'report' && (
          <div className="border-t-2 border-slate-200 pt-4">
            <EventReport eventId={shown.eventId} currency={info.currency} />
          </div>
        )}
      </section>
    </main>
  );
}
