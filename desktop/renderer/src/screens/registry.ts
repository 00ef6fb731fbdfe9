// The screens of a signed-in console, one tab each. Each area adds one entry; the shell
// (App.tsx) shows the tabs the signed-in role may use, in this order. A tab switches with
// its hotkey, or F1..F8 by its position among the visible tabs when it names none.
import type { ComponentType } from 'react';
import type { SignedInRole } from '../../../core/session.ts';
import type { EnrolledConsoleInfo } from '../../../core/types.ts';
import { Register } from '../components/Register.tsx';
import type { Messages } from '../i18n/messages.ts';
import { CatalogScreen } from './CatalogScreen.tsx';
import { EventsScreen } from './EventsScreen.tsx';
import { StaffScreen } from './StaffScreen.tsx';
import { ADMIN_SCREENS } from './admin/entries.ts';
import { InvoicesScreen } from './invoices/InvoicesScreen.tsx';

export type Role = SignedInRole;
export const FUNCTION_KEYS = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8'] as const;
export type FunctionKey = (typeof FUNCTION_KEYS)[number];

export interface ScreenEntry {
  /** The tab is data-testid="tab-<id>". */
  readonly id: string;
  readonly label: (t: Messages) => string;
  readonly roles: readonly Role[];
  readonly hotkey?: FunctionKey;
  readonly Screen: ComponentType<{ info: EnrolledConsoleInfo }>;
}

export const SCREENS: readonly ScreenEntry[] = [
  { id: 'sell', label: (t) => t.signin.tabSell, roles: ['cashier', 'owner'], Screen: Register },
  { id: 'staff', label: (t) => t.signin.tabStaff, roles: ['owner'], Screen: StaffScreen },
  { id: 'invoices', label: (t) => t.invoices.tab, roles: ['owner'], Screen: InvoicesScreen },
  ...ADMIN_SCREENS,
  { id: 'catalog', label: (t) => t.catalog.tabCatalog, roles: ['owner'], Screen: CatalogScreen },
  { id: 'events', label: (t) => t.catalog.tabEvents, roles: ['owner'], Screen: EventsScreen },
];

/** The tabs `role` may use, each with the function key that selects it. */
export function tabsFor(
  screens: readonly ScreenEntry[],
  role: Role,
): Array<ScreenEntry & { readonly key: FunctionKey | null }> {
  const visible = screens.filter((screen) => screen.roles.includes(role));
  const taken = new Set(visible.flatMap((screen) => (screen.hotkey ? [screen.hotkey] : [])));
  return visible.map((screen, index) => {
    const positional = FUNCTION_KEYS[index];
    const free = positional !== undefined && !taken.has(positional) ? positional : null;
    return { ...screen, key: screen.hotkey ?? free };
  });
}
