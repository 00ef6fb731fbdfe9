// The administrator's tabs and sign-in path, added to the shell's registry and the PIN
// screen's other ways in with one line each.
import { lazy } from 'react';
import type { ScreenEntry } from '../registry.ts';
import type { SignInPath } from '../sign-in-paths.ts';
import { AdminSignIn } from './AdminSignIn.tsx';
import { FeesScreen } from './FeesScreen.tsx';
import { GiftsScreen } from './GiftsScreen.tsx';
import { MerchantsScreen } from './MerchantsScreen.tsx';
import { RefundsScreen } from './RefundsScreen.tsx';
import { SettlementsScreen } from './SettlementsScreen.tsx';

const administrator = ['administrator'] as const;

// The charts (recharts) are most of the renderer's weight and only an administrator draws
// them: they load when the Reports tab first opens, not on the cashier's first paint.
const ReportsScreen = lazy(() =>
  import('./ReportsScreen.tsx').then((module) => ({ default: module.ReportsScreen })),
);

export const ADMIN_SCREENS: readonly ScreenEntry[] = [
  {
    id: 'admin-reports',
    label: (t) => t.admin.tabReports,
    roles: administrator,
    Screen: ReportsScreen,
  },
  {
    id: 'admin-settlements',
    label: (t) => t.admin.tabSettlements,
    roles: administrator,
    Screen: SettlementsScreen,
  },
  {
    id: 'admin-refunds',
    label: (t) => t.admin.tabRefunds,
    roles: administrator,
    Screen: RefundsScreen,
  },
  {
    id: 'admin-merchants',
    label: (t) => t.admin.tabMerchants,
    roles: administrator,
    Screen: MerchantsScreen,
  },
  { id: 'admin-fees', label: (t) => t.admin.tabFees, roles: administrator, Screen: FeesScreen },
  { id: 'admin-gifts', label: (t) => t.admin.tabGifts, roles: administrator, Screen: GiftsScreen },
];

export const ADMIN_SIGN_IN_PATH: SignInPath = {
  id: 'administrator',
  label: (t) => t.admin.asAdministrator,
  Form: AdminSignIn,
};
