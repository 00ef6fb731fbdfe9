// The invoice domain's services, spread into createServices (services.ts) in one line.
import type { Authorization, PaymentRequest } from '../protocol/index.ts';
import {
  createInvoice,
  getInvoice,
  type InvoiceFilter,
  listInvoices,
  listStudents,
  type NewInvoiceInput,
  renewPayRequest,
  saveStudent,
  sendInvoice,
  type StudentInput,
  voidInvoice,
} from './domain/invoices.ts';
import type { DeviceActor } from './domain/invoices-common.ts';
import { openInvoiceLink, payInvoiceLink } from './domain/invoices-link.ts';
import {
  createSeries,
  dueOccurrences,
  listSeries,
  makeOccurrence,
  type SeriesInput,
  stopSeries,
} from './domain/invoices-series.ts';
import type { DomainEnv } from './domain/settings.ts';

type SignedInput = { invoiceId: string; request: PaymentRequest };

export function invoiceServices(env: DomainEnv) {
  return {
    saveStudent: (actor: DeviceActor, input: StudentInput & { archived?: boolean }) =>
      saveStudent(env, actor, input),
    listStudents: (actor: DeviceActor) => listStudents(env, actor),
    createInvoice: (actor: DeviceActor, input: NewInvoiceInput) => createInvoice(env, actor, input),
    sendInvoice: (actor: DeviceActor, input: SignedInput) => sendInvoice(env, actor, input),
    renewInvoiceRequest: (actor: DeviceActor, input: SignedInput) =>
      renewPayRequest(env, actor, input),
    voidInvoice: (actor: DeviceActor, input: { invoiceId: string }) =>
      voidInvoice(env, actor, input),
    listInvoices: (actor: DeviceActor, input: { filter: InvoiceFilter; studentId?: string }) =>
      listInvoices(env, actor, input),
    getInvoice: (actor: DeviceActor, invoiceId: string) => getInvoice(env, actor, invoiceId),
    createInvoiceSeries: (actor: DeviceActor, input: SeriesInput) =>
      createSeries(env, actor, input),
    listInvoiceSeries: (actor: DeviceActor) => listSeries(env, actor),
    stopInvoiceSeries: (actor: DeviceActor, input: { seriesId: string }) =>
      stopSeries(env, actor, input),
    dueOccurrences: (actor: DeviceActor) => dueOccurrences(env, actor),
    makeOccurrence: (
      actor: DeviceActor,
      input: { seriesId: string; occurrenceDay: string; request: PaymentRequest },
    ) => makeOccurrence(env, actor, input),
    openInvoiceLink: (input: { token: string }) => openInvoiceLink(env, input),
    payInvoiceLink: (input: { token: string; authorization: Authorization }) =>
      payInvoiceLink(env, input),
  };
}
