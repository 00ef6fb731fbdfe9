// A new invoice in a few keys: student, what for and the price (more lines if needed), the
// due date, and whether it repeats every week. It is sent at once, so it has its link.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { EnrolledConsoleInfo } from '../../../../core/types.ts';
import { fieldClass, focusRing, primaryButton, secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { formatMoney } from '../../lib/money.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { ErrorLine } from './ErrorLine.tsx';
import { localDay } from '../../lib/time.ts';
import { type DraftLine, parseLines } from './invoice-view.ts';
import { LineFields } from './LineFields.tsx';

const EMPTY_LINE: DraftLine = { label: '', price: '', quantity: 1 };
const MAX_LINES = 20;

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
  const [dueDay, setDueDay] = useState(() => localDay());
  const [weekly, setWeekly] = useState(false);
  const parsed = parseLines(lines, info.currency);
  const create = useMutation(
    trpc.invoices.create.mutationOptions({
      onSuccess: (answer) => {
        void queryClient.invalidateQueries({ queryKey: trpc.invoices.pathKey() });
        onCreated(answer.invoice?.invoiceId ?? null);
      },
    }),
  );
  const ready = parsed.ok && studentId !== '' && !create.isPending;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!ready || !parsed.ok) return;
    create.mutate({ studentId, lines: parsed.lines, dueDay, ...(weekly ? { everyWeeks: 1 } : {}) });
  };
  const active = (students.data ?? []).filter((student) => !student.archived);
  const setLine = (index: number, line: DraftLine) =>
    setLines((current) => current.map((old, at) => (at === index ? line : old)));
  const removeLine = (index: number) =>
    setLines((current) => current.filter((_, at) => at !== index));
  const typedPrice = lines.some((line) => line.price !== '');
  return (
    <form onSubmit={submit} data-testid="new-invoice" aria-labelledby="new-invoice-heading"
      className="flex flex-col gap-3">
      <h2 id="new-invoice-heading" className="text-2xl font-bold">{t.invoices.newInvoice}</h2>
      <label htmlFor={ids.student} className="font-semibold">{t.invoices.studentLabel}</label>
      <select id={ids.student} data-testid="invoice-student" value={studentId} autoFocus
        onChange={(event) => setStudentId(event.target.value)} className={fieldClass}>
        <option value="">{t.invoices.chooseStudent}</option>
        {active.map((student) => (
          <option key={student.studentId} value={student.studentId}>{student.name}</option>
        ))}
      </select>
      {lines.map((line, index) => (
        <LineFields key={index} index={index} line={line}
          onChange={(changed) => setLine(index, changed)}
          onRemove={lines.length > 1 ? () => removeLine(index) : null} />
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
            className={`${focusRing} size-6`}
            onChange={(event) => setWeekly(event.target.checked)} />
          {t.invoices.repeatWeekly}
        </label>
      </div>
      <p className="text-xl font-semibold" aria-live="polite">
        {parsed.ok
          ? t.invoices.total(formatMoney(parsed.totalMinor, info.currency, t.locale))
          : typedPrice && t.invoices.amountInvalid}
      </p>
      <button type="submit" data-testid="create-invoice" disabled={!ready}
        className={`${primaryButton} h-14 px-6 text-xl`}>
        {create.isPending ? t.invoices.creating : t.invoices.createAndSend}
      </button>
      <ErrorLine error={create.error} />
      <button type="button" onClick={props.onCancel}
        className={`${secondaryButton} h-11 self-start px-5`}>
        {t.invoices.cancelNew}
      </button>
    </form>
  );
}
