// Invoice helpers over the fixture's console: device-signed calls and signed link requests.
// Test support only.
import type { Line, PaymentRequest } from '../../protocol/index.ts';
import { invoiceReference } from '../../protocol/invoice-link.ts';
import { DAY_MS } from '../domain/calendar.ts';
import type { Fixture, TestWallet } from './fixture.ts';
import { key } from './refused.ts';

export const LESSON = { label: 'Piano lesson', quantity: 1, unitPriceMinor: 30_000 } as const;

export function invoicesOf(f: Fixture) {
  const api = f.anonymous.invoices;
  const sign = <T>(path: string, payload: T) => f.deviceCall(`invoices.${path}`, payload);
  /** The console's signed request for what is left on an invoice. */
  const linkRequest = (
    invoiceId: string,
    amountMinor: number,
    body: Partial<PaymentRequest['body']> = {},
  ) =>
    f.request(amountMinor, {
      reference: invoiceReference(invoiceId),
      expiresAt: f.clock.nowMs() + 14 * DAY_MS,
      ...body,
    });
  return {
    api,
    sign,
    linkRequest,
    async student(name = 'Minji Kim') {
      const studentId = key();
      const contact = '010-1234-5678';
      await api.saveStudent.mutate(sign('saveStudent', { studentId, name, contact }));
      return studentId;
    },
    async draft(studentId: string, dueDay = '2026-11-30', lines: Line[] = [LESSON]) {
      const invoiceId = key();
      return api.create.mutate(sign('create', { invoiceId, studentId, lines, dueDay }));
    },
    async sent(studentId: string, dueDay = '2026-11-30') {
      const draft = await this.draft(studentId, dueDay);
      const request = linkRequest(draft.invoiceId, draft.totalMinor);
      const sent = await api.send.mutate(sign('send', { invoiceId: draft.invoiceId, request }));
      return { ...sent, request, token: sent.linkToken! };
    },
    get: (invoiceId: string) => api.get.mutate(sign('get', { invoiceId })),
    list: (filter: 'all' | 'open' | 'overdue' | 'paid' | 'draft' | 'void') =>
      api.list.mutate(sign('list', { filter })),
    send: (invoiceId: string, request: PaymentRequest) =>
      api.send.mutate(sign('send', { invoiceId, request })),
    renew: (invoiceId: string, request: PaymentRequest) =>
      api.renewRequest.mutate(sign('renewRequest', { invoiceId, request })),
    void: (invoiceId: string) => api.void.mutate(sign('void', { invoiceId })),
    due: () => api.dueOccurrences.mutate(sign('dueOccurrences', {})),
    series: () => api.series.mutate(sign('series', {})),
    open: (token: string) => api.open.mutate({ token }),
    /** A payment at the console (or anywhere): the authorize path, signed by `wallet`. */
    authorize: (wallet: TestWallet, request: PaymentRequest) =>
      f.anonymous.payments.authorize.mutate({
        request,
        authorization: f.authorize(wallet, request),
      }),
  };
}
