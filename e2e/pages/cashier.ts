// Page object of the cashier screen: tests say what a cashier does, not which div to poke.
import { expect, type Locator, type Page } from '@playwright/test';
import { signIn } from './sign-in.ts';

/** Waits for the charge's QR code and returns the pairing URI it carries. */
export async function pairingUri(page: Page): Promise<string> {
  const qr = page.getByTestId('pairing-qr');
  await expect(qr).toBeVisible();
  const uri = await qr.getAttribute('data-pairing-uri');
  if (!uri) throw new Error('the QR code carries no pairing URI');
  return uri;
}

export class CashierPage {
  readonly amount: Locator;
  readonly qr: Locator;
  readonly receipt: Locator;
  readonly decline: Locator;
  readonly todaysPayments: Locator;
  /** The approved charge the server has not answered yet (away, or offline refused). */
  readonly awaitingServer: Locator;
  readonly offlineBadge: Locator;

  constructor(private readonly page: Page) {
    this.amount = page.getByTestId('amount-display');
    this.qr = page.getByTestId('pairing-qr');
    this.receipt = page.getByTestId('receipt');
    this.decline = page.getByTestId('decline');
    this.todaysPayments = page.getByTestId('payments-today');
    this.awaitingServer = page.getByTestId('charge-awaiting-server');
    this.offlineBadge = page.getByTestId('offline-badge');
  }

  /** Opens the console and signs in as the default cashier (or owner): the register shows. */
  async open(url: string, who: 'cashier' | 'owner' = 'cashier'): Promise<void> {
    await signIn(this.page, url, who);
    await expect(this.page.getByTestId('charge-button')).toBeVisible();
  }

  /** Types an amount on the on-screen keypad, digit by digit. */
  async enterAmount(amountMinor: number): Promise<void> {
    for (const digit of String(amountMinor)) await this.page.getByTestId(`key-${digit}`).click();
  }

  async charge(): Promise<string> {
    await this.page.getByTestId('charge-button').click();
    return pairingUri(this.page);
  }

  /** Today's list row for one payment, by id. */
  paymentRow(paymentId: string): Locator {
    return this.todaysPayments.locator(`[data-payment-id="${paymentId}"]`);
  }

  async newSale(): Promise<void> {
    await this.page.getByRole('button', { name: /new sale/i }).click();
  }
}
