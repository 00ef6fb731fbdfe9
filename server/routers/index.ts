// The server's root router: one router per domain. Only `type AppRouter` crosses to clients.
import { router } from '../trpc.ts';
import { adminRouter } from './admin.ts';
import { authRouter } from './auth.ts';
import { catalogRouter } from './catalog.ts';
import { eventsRouter } from './events.ts';
import { devicesRouter } from './devices.ts';
import { feesRouter } from './fees.ts';
import { giftCertificatesRouter } from './gift-certificates.ts';
import { invoicesRouter } from './invoices.ts';
import { paymentsRouter } from './payments.ts';
import { reportsRouter } from './reports.ts';
import { settlementsRouter } from './settlements.ts';
import { systemRouter } from './system.ts';
import { topUpsRouter } from './top-ups.ts';
import { walletsRouter } from './wallets.ts';

export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  admin: adminRouter,
  devices: devicesRouter,
  wallets: walletsRouter,
  payments: paymentsRouter,
  topUps: topUpsRouter,
  giftCertificates: giftCertificatesRouter,
  fees: feesRouter,
  settlements: settlementsRouter,
  reports: reportsRouter,
  invoices: invoicesRouter,
  catalog: catalogRouter,
  events: eventsRouter,
});

export type AppRouter = typeof appRouter;
