// Signing in on the console: the PIN pad for the default cashier and owner (e2e/stack.ts),
// or the administrator's path with the server's username and password.
import { expect, type Page } from '@playwright/test';
import { STAFF } from '../stack.ts';

export type Who = 'cashier' | 'owner' | { readonly username: string; readonly password: string };

/** Opens the console and signs in; resolves once the signed-in shell shows. */
export async function signIn(page: Page, uiUrl: string, who: Who): Promise<void> {
  await page.goto(uiUrl);
  if (typeof who !== 'string') return signInAsAdministrator(page, who);
  const pin = STAFF[who].pin;
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  await page.getByTestId('pin-input').fill(pin);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-as')).toHaveAttribute('data-role', who);
}

/** Signs in as a cashier or owner with the keyboard alone: digits, then Enter. */
export async function signInByKeyboard(page: Page, uiUrl: string, who: 'cashier' | 'owner') {
  await page.goto(uiUrl);
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  await page.keyboard.type(STAFF[who].pin);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-as')).toHaveAttribute('data-role', who);
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
): Promise<void> {
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  const path = page.getByTestId('sign-in-path-administrator');
  if ((await path.count()) === 0) {
    throw new Error('the console has no administrator sign-in path (screens/sign-in-paths.ts)');
  }
  await path.click();
  await page.getByTestId('admin-username').fill(who.username);
  await page.getByTestId('admin-password').fill(who.password);
  await page.getByTestId('admin-sign-in-submit').click();
  await expect(page.getByTestId('signed-in-as')).toHaveAttribute('data-role', 'administrator');
}
