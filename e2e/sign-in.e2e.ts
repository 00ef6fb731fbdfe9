// A new console: enrolled with an administrator's code, then its owner is set up (name and
// PIN typed twice) and signed in. Wrong PINs are refused in words, and after a few in a row
// the console makes the next try wait; Sign out returns to the PIN pad.
import { expect, test } from '@playwright/test';
import { documentScreen } from './pages/screenshot.ts';
import { signOut, typePinOnPad } from './pages/sign-in.ts';
import { type Stack, startStack } from './stack.ts';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack({ enrolled: false });
});
test.afterEach(async () => {
  await stack.stop();
});

test('enrolls, sets up the owner, refuses wrong PINs and throttles the next try', async ({
  page,
}) => {
  const { merchantId } = stack.server.services.createMerchant({
    name: 'Tutor Kim',
    category: 'tutoring',
    currency: 'KRW',
  });
  const { code } = stack.server.services.createEnrollmentCode({ merchantId, label: 'Laptop' });
  await page.goto(stack.uiUrl);
  await page.getByTestId('enroll-code').fill(code);
  await documentScreen(page, 'signin-enroll');
  await page.getByTestId('enroll-submit').click();

  await expect(page.getByTestId('owner-setup')).toBeVisible();
  await page.getByTestId('owner-name').fill('Kim');
  await page.getByTestId('owner-pin').fill('4826');
  await page.getByTestId('owner-pin-again').fill('4862');
  await page.getByTestId('owner-setup-submit').click();
  await expect(page.getByTestId('owner-setup-error')).toHaveText('The two PINs are not the same.');
  await documentScreen(page, 'signin-owner-setup');
  await page.getByTestId('owner-pin-again').fill('4826');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-as')).toHaveText('Kim (Owner)');
  await expect(page.getByTestId('tab-staff')).toBeVisible();

  await signOut(page);
  for (let attempt = 0; attempt < 3; attempt++) {
    await typePinOnPad(page, '1111');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('sign-in-error')).toHaveText('That PIN is not right.');
  }
  await typePinOnPad(page, '4826');
  await page.getByTestId('pin-submit').click();
  await expect(page.getByTestId('sign-in-error')).toContainText('Wait a few seconds');
  await documentScreen(page, 'signin-throttled');
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
});
