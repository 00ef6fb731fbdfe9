// Page object of the refund dialog opened from today's payments list.
import { expect, type Locator, type Page } from '@playwright/test';
import { typePinOnPad } from './sign-in.ts';

export class RefundDialogPage {
  readonly dialog: Locator;
  readonly ownerPin: Locator;
  readonly ownerPinError: Locator;
  readonly outcome: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByTestId('refund-dialog');
    this.ownerPin = page.getByTestId('owner-pin-dialog');
    this.ownerPinError = page.getByTestId('owner-pin-error');
    this.outcome = page.getByTestId('refund-outcome');
  }

  /** Opens the dialog from a payment's row in today's list. */
  async openFor(row: Locator): Promise<void> {
    await row.getByTestId('refund-button').click();
    await expect(this.dialog).toBeVisible();
  }

  async refund(amountMinor: number): Promise<void> {
    await this.page.getByTestId('refund-amount').fill(String(amountMinor));
    await this.page.getByTestId('refund-submit').click();
  }

  /** The owner types a PIN on the dialog's pad and approves. */
  async approveWithPin(pin: string): Promise<void> {
    await typePinOnPad(this.page, pin, 'owner-pin');
    await this.page.getByTestId('owner-pin-submit').click();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
