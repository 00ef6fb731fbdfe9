// The owner's invoice desk: students, invoices, weekly series and "charge now". Every call
// goes to the server signed by this console (invoices.ts); nothing is cached here, so two
// consoles of one merchant always show the same invoices.
import { TRPCError } from '@trpc/server';
import { type Line, toBase64Url } from '../../protocol/index.ts';
import { invoiceReference } from '../../protocol/invoice-link.ts';
import {
  type ConsoleInvoice,
  type InvoiceDeps,
  type InvoiceFilter,
  InvoiceCalls,
  type ServerInvoice,
} from './invoices.ts';
import type { ChargeCreated } from './types.ts';

/** Occurrences made per refresh; a longer backlog continues at the next one. */
const MAX_OCCURRENCES_PER_REFRESH = 20;
/** Requests re-signed per refresh, so one listing stays quick. */
const MAX_RENEWALS_PER_REFRESH = 20;
/** How often the sync rounds make due occurrences when the screen is not open. */
export const BACKGROUND_REFRESH_MS = 5 * 60_000;

export interface NewInvoice {
  readonly studentId: string;
  readonly lines: readonly Line[];
  readonly dueDay: string;
  /** Repeat every N weeks from the due day (a series); absent: a single invoice. */
  readonly everyWeeks?: number | undefined;
}

export class InvoiceDesk {
  private readonly calls: InvoiceCalls;
  private lastBackgroundRefreshAt: number | null = null;

  constructor(private readonly deps: InvoiceDeps) {
    this.calls = new InvoiceCalls(deps);
  }

  private newId(): string {
    return toBase64Url(this.deps.random(16));
  }

  students() {
    return this.calls.call('students', {});
  }

  saveStudent(input: {
    studentId?: string | undefined;
    name: string;
    contact: string;
    archived?: boolean | undefined;
  }) {
    const { studentId, archived, ...rest } = input;
    const payload = { studentId: studentId ?? this.newId(), ...rest };
    // Absent stays absent: the signed payload must be the one the server parses.
    const full = archived === undefined ? payload : { ...payload, archived };
    return this.calls.call('saveStudent', full);
  }

  /** Makes due weekly occurrences and re-signs stale requests first, then lists. */
  async list(input: {
    filter: InvoiceFilter;
    studentId?: string | undefined;
  }): Promise<ConsoleInvoice[]> {
    await this.refresh();
    const { studentId, filter } = input;
    const rows = await this.calls.call('list', studentId ? { filter, studentId } : { filter });
    return rows.map((row) => this.calls.withLink(row));
  }

  async get(invoiceId: string): Promise<ConsoleInvoice> {
    const row = await this.calls.call('get', { invoiceId });
    return this.calls.withLink(this.calls.needsNewRequest(row) ? await this.renew(row) : row);
  }

  series() {
    return this.calls.call('series', {});
  }

  stopSeries(seriesId: string) {
    return this.calls.call('stopSeries', { seriesId });
  }

  /**
   * A single invoice (made and sent at once, so it has its link) or a weekly series whose
   * first occurrence is made now when it is due within the week.
   */
  async create(
    input: NewInvoice,
  ): Promise<{ invoice: ConsoleInvoice | null; seriesId: string | null }> {
    const lines = [...input.lines];
    if (input.everyWeeks) {
      const seriesId = this.newId();
      await this.calls.call('createSeries', {
        seriesId,
        studentId: input.studentId,
        lines,
        startDay: input.dueDay,
        everyWeeks: input.everyWeeks,
      });
      const made = await this.makeDueOccurrences();
      const first = made.find((row) => row.seriesId === seriesId) ?? null;
      return { invoice: first && this.calls.withLink(first), seriesId };
    }
    const draft = await this.calls.call('create', {
      invoiceId: this.newId(),
      studentId: input.studentId,
      lines,
      dueDay: input.dueDay,
    });
    return { invoice: await this.send(draft.invoiceId), seriesId: null };
  }

  /** draft → sent with a request for the whole amount; the link exists from here on. */
  async send(invoiceId: string): Promise<ConsoleInvoice> {
    const row = await this.calls.call('get', { invoiceId });
    const request = this.calls.signRequest(invoiceId, row.remainingMinor, row.dueDay);
    return this.calls.withLink(await this.calls.call('send', { invoiceId, request }));
  }

  async void(invoiceId: string): Promise<ConsoleInvoice> {
    return this.calls.withLink(await this.calls.call('void', { invoiceId }));
  }

  /**
   * "Charge now" at the end of a lesson: a normal charge at this console for what is left
   * (or a part of it), whose reference names the invoice, so the server applies it there.
   */
  async chargeNow(invoiceId: string, amountMinor?: number): Promise<ChargeCreated> {
    const found = await this.calls.call('get', { invoiceId });
    // A draft is sent first: a payment moves only a sent invoice (the status graph).
    const row = found.status === 'draft' ? await this.send(invoiceId) : found;
    if (row.remainingMinor <= 0 || row.status === 'paid' || row.status === 'void') {
      const message = 'Nothing is left to pay on this invoice.';
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message });
    }
    // A part of it is fine (the rest stays on the link); more than is left never is.
    if (amountMinor !== undefined && amountMinor > row.remainingMinor) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'That is more than is left to pay.' });
    }
    const charged = amountMinor ?? row.remainingMinor;
    return this.deps.charge({ amountMinor: charged, reference: invoiceReference(invoiceId) });
  }

  /** Due occurrences and stale requests; bounded, and a failure of one does not stop listing. */
  async refresh(): Promise<void> {
    await this.makeDueOccurrences();
    const open = await this.calls.call('list', { filter: 'open' });
    const stale = open
      .filter((row) => this.calls.needsNewRequest(row))
      .slice(0, MAX_RENEWALS_PER_REFRESH);
    for (const row of stale) await this.renew(row).catch(() => row);
  }

  /**
   * From the sync rounds: a refresh at most every BACKGROUND_REFRESH_MS, so a weekly invoice
   * is made on time while the console runs. Never throws: the screen shows its own errors.
   */
  async refreshIfDue(): Promise<void> {
    const nowMs = this.deps.nowMs();
    const last = this.lastBackgroundRefreshAt;
    if (this.deps.identity() === null || (last !== null && nowMs - last < BACKGROUND_REFRESH_MS)) {
      return;
    }
    this.lastBackgroundRefreshAt = nowMs;
    await this.refresh().catch(() => undefined);
  }

  private async renew(row: ServerInvoice): Promise<ServerInvoice> {
    const request = this.calls.signRequest(row.invoiceId, row.remainingMinor, row.dueDay);
    return this.calls.call('renewRequest', { invoiceId: row.invoiceId, request });
  }

  private async makeDueOccurrences(): Promise<ServerInvoice[]> {
    const due = (await this.calls.call('dueOccurrences', {})).slice(0, MAX_OCCURRENCES_PER_REFRESH);
    const made: ServerInvoice[] = [];
    // In order per series: the server makes each series' next occurrence only.
    for (const occurrence of due) {
      const { invoiceId, totalMinor, occurrenceDay } = occurrence;
      const request = this.calls.signRequest(invoiceId, totalMinor, occurrenceDay);
      made.push(
        await this.calls.call('makeOccurrence', {
          seriesId: occurrence.seriesId,
          occurrenceDay: occurrence.occurrenceDay,
          request,
        }),
      );
    }
    return made;
  }
}
