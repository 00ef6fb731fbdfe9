// The server's root router: one router per domain. Only `type AppRouter` crosses to clients.
import { router } from '../trpc.ts';
import { adminRouter } from './admin.ts';
import { devicesRouter } from './devices.ts';
import { paymentsRouter } from './payments.ts';
import { systemRouter } from './system.ts';
import { walletsRouter } from './wallets.ts';

export const appRouter = router({
  system: systemRouter,
  admin: adminRouter,
  devices: devicesRouter,
  wallets: walletsRouter,
  payments: paymentsRouter,
});

export type AppRouter = typeof appRouter;
