// Signing in on the console: the PIN pad for the default cashier and owner (e2e/stack.ts),
// or the administrator's path with the server's username and password.
import { expect, type Page } from '@playwright/test';
import { STAFF } from '../stack.ts';

export type Who = 'cashier' | 'owner' | { readonly username: string; readonly password: string };

export interface SignInOptions {
  /** Types the PIN with the keyboard alone (digits, then Enter), as a cashier's fingers do. */
  readonly byKeyboard?: boolean;
  /** Runs once the administrator's form is filled, before it is sent (a screenshot). */
  readonly beforeSubmit?: () => Promise<void>;
}

/** Opens the console and signs in; resolves once the signed-in shell shows. */
export async function signIn(
  page: Page,
  uiUrl: string,
  who: Who,
  options: SignInOptions = {},
): Promise<void> {
  await page.goto(uiUrl);
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  if (typeof who !== 'string') return signInAsAdministrator(page, who, options.beforeSubmit);
  const pin = STAFF[who].pin;
  if (options.byKeyboard) {
    await page.keyboard.type(pin);
    await page.keyboard.press('Enter');
  } else {
    await submitPin(page, pin);
  }
  await expect(page.getByTestId('signed-in-as')).toHaveAttribute('data-role', who);
}

/** Fills the sign-in screen's PIN field and presses Enter; the caller checks the outcome. */
export async function submitPin(page: Page, pin: string): Promise<void> {
  await page.getByTestId('pin-input').fill(pin);
  await page.keyboard.press('Enter');
}

/** Types a PIN on the pad, digit by digit (what a cashier's fingers do). */
export async function typePinOnPad(page: Page, pin: string, prefix = 'pin'): Promise<void> {
  for (const digit of pin) await page.getByTestId(`${prefix}-key-${digit}`).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
}

async function signInAsAdministrator(
  page: Page,
  who: { readonly username: string; readonly password: string },
  beforeSubmit?: () => Promise<void>,
): Promise<void> {
  const path = page.getByTestId('sign-in-path-administrator');
  if ((await path.count()) === 0) {
    throw new Error('the console has no administrator sign-in path (screens/sign-in-paths.ts)');
  }
  await path.click();
  await page.getByTestId('admin-username').fill(who.username);
  await page.getByTestId('admin-password').fill(who.password);
  await beforeSubmit?.();
  await page.getByTestId('admin-sign-in-submit').click();
  await expect(page.getByTestId('signed-in-as')).toHaveAttribute('data-role', 'administrator');
}
