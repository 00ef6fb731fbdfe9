// A new invoice in a few keys: student, what for and the price (more lines if needed), the
// due date, and whether it repeats every week. It is sent at once, so it has its link.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { EnrolledConsoleInfo } from '../../../../core/types.ts';
import { primaryButton, secondaryButton, focusRing } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { formatMoney } from '../../lib/money.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { type DraftLine, localDay, parseLines } from './invoice-view.ts';
import { fieldClass, invoiceErrorText } from './shared.ts';

const EMPTY_LINE: DraftLine = { label: '', price: '', quantity: 1 };
const MAX_LINES = 20;

function LineFields(props: {
  index: number;
  line: DraftLine;
  onChange: (line: DraftLine) => void;
  onRemove: (() => void) | null;
}) {
  const t = useT();
  const ids = { label: useId(), price: useId(), quantity: useId() };
  const { line, onChange } = props;
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="invoice-line">
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <label htmlFor={ids.label} className="text-sm font-semibold">{t.invoices.lineLabel}</label>
        <input id={ids.label} data-testid="line-label" value={line.label} maxLength={80}
          onChange={(event) => onChange({ ...line, label: event.target.value })} className={fieldClass} />
      </div>
      <div className="flex w-36 flex-col gap-1">
        <label htmlFor={ids.price} className="text-sm font-semibold">{t.invoices.linePrice}</label>
        <input id={ids.price} data-testid="line-price" inputMode="decimal" value={line.price}
          onChange={(event) => onChange({ ...line, price: event.target.value })} className={fieldClass} />
      </div>
      <div className="flex w-24 flex-col gap-1">
        <label htmlFor={ids.quantity} className="text-sm font-semibold">{t.invoices.lineQuantity}</label>
        <input id={ids.quantity} type="number" min={1} max={10_000} value={line.quantity}
          onChange={(event) => onChange({ ...line, quantity: Number(event.target.value) })} className={fieldClass} />
      </div>
      {props.onRemove && (
        <button type="button" onClick={props.onRemove} aria-label={t.invoices.removeLine(props.index + 1)}
          className={`${secondaryButton} h-11 w-11 text-xl`}>×</button>
      )}
    </div>
  );
}

export function NewInvoiceForm(props: {
  info: EnrolledConsoleInfo;
  onCreated: (invoiceId: string | null) => void;
  onCancel: () => void;
}) {
  const { info, onCreated } = props;
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { student: useId(), due: useId(), repeat: useId() };
  const students = useQuery(trpc.invoices.students.queryOptions());
  const [studentId, setStudentId] = useState('');
  const [lines, setLines] = useState<DraftLine[]>([EMPTY_LINE]);
  const [dueDay, setDueDay] = useState(() => localDay(Date.now()));
  const [weekly, setWeekly] = useState(false);
  const parsed = parseLines(lines, info.currency);
  const create = useMutation(
    trpc.invoices.create.mutationOptions({
      onSuccess: (answer) => {
        setLines([EMPTY_LINE]);
        setWeekly(false);
        void queryClient.invalidateQueries({ queryKey: trpc.invoices.pathKey() });
        onCreated(answer.invoice?.invoiceId ?? null);
      },
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending || !parsed.ok || studentId === '') return;
    create.mutate({ studentId, lines: parsed.lines, dueDay, ...(weekly ? { everyWeeks: 1 } : {}) });
  };
  const active = (students.data ?? []).filter((student) => !student.archived);
  const setLine = (index: number, line: DraftLine) =>
    setLines((current) => current.map((old, at) => (at === index ? line : old)));
  return (
    <form onSubmit={submit} data-testid="new-invoice" aria-labelledby="new-invoice-heading"
      className="flex flex-col gap-3">
      <h2 id="new-invoice-heading" className="text-2xl font-bold">{t.invoices.newInvoice}</h2>
      <label htmlFor={ids.student} className="font-semibold">{t.invoices.studentLabel}</label>
      <select id={ids.student} data-testid="invoice-student" value={studentId} autoFocus
        onChange={(event) => setStudentId(event.target.value)} className={fieldClass}>
        <option value="">{t.invoices.chooseStudent}</option>
        {active.map((student) => <option key={student.studentId} value={student.studentId}>{student.name}</option>)}
      </select>
      {lines.map((line, index) => (
        <LineFields key={index} index={index} line={line} onChange={(changed) => setLine(index, changed)}
          onRemove={lines.length > 1 ? () => setLines((current) => current.filter((_, at) => at !== index)) : null} />
      ))}
      <button type="button" disabled={lines.length >= MAX_LINES}
        onClick={() => setLines((current) => [...current, EMPTY_LINE])}
        className={`${secondaryButton} h-10 self-start px-4`}>{t.invoices.addLine}</button>
      <div className="flex flex-wrap items-center gap-4">
        <label htmlFor={ids.due} className="font-semibold">{t.invoices.dueDate}</label>
        <input id={ids.due} type="date" data-testid="invoice-due" value={dueDay} required
          onChange={(event) => setDueDay(event.target.value)} className={fieldClass} />
        <label htmlFor={ids.repeat} className="flex items-center gap-2 text-lg">
          <input id={ids.repeat} type="checkbox" data-testid="invoice-weekly" checked={weekly}
            onChange={(event) => setWeekly(event.target.checked)} className={`${focusRing} size-6`} />
          {t.invoices.repeatWeekly}
        </label>
      </div>
      <p className="text-xl font-semibold" aria-live="polite">
        {parsed.ok
          ? t.invoices.total(formatMoney(parsed.totalMinor, info.currency, t.locale))
          : lines.some((line) => line.price !== '') && t.invoices.amountInvalid}
      </p>
      <button type="submit" data-testid="create-invoice" disabled={create.isPending || !parsed.ok || studentId === ''}
        className={`${primaryButton} h-14 px-6 text-xl`}>
        {create.isPending ? t.invoices.creating : t.invoices.createAndSend}
      </button>
      {create.isError && <p role="alert" className="text-rose-700">{invoiceErrorText(create.error, t)}</p>}
      <button type="button" onClick={props.onCancel} className={`${secondaryButton} h-11 self-start px-5`}>
        {t.invoices.cancelNew}
      </button>
    </form>
  );
}
