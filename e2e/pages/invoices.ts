// The tutor's invoices screen, as a test drives it: by labels and test ids the screen keeps.
import { expect, type Locator, type Page } from '@playwright/test';
import { pairingUri } from './cashier.ts';

export class InvoicesPage {
  readonly detail: Locator;
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.detail = page.getByTestId('invoice-detail');
    this.list = page.getByTestId('invoice-list');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tab-invoices').click();
    await expect(this.page.getByTestId('invoices-screen')).toBeVisible();
  }

  async addStudent(name: string, contact: string): Promise<void> {
    await this.page.getByTestId('student-name').fill(name);
    await this.page.getByTestId('student-contact').fill(contact);
    await this.page.getByTestId('add-student').getByRole('button').click();
    await expect(this.page.getByTestId('student-row').filter({ hasText: name })).toBeVisible();
  }

  /** Fills the new-invoice form with one line and creates it; the detail opens. */
  async createInvoice(input: {
    student: string;
    label: string;
    price: string;
    dueDay: string;
    weekly: boolean;
  }): Promise<void> {
    await this.page.getByTestId('new-invoice-button').click();
    await this.page.getByTestId('invoice-student').selectOption({ label: input.student });
    await this.page.getByTestId('line-label').first().fill(input.label);
    await this.page.getByTestId('line-price').first().fill(input.price);
    await this.page.getByTestId('invoice-due').fill(input.dueDay);
    if (input.weekly) await this.page.getByTestId('invoice-weekly').check();
    await this.page.getByTestId('create-invoice').click();
    await expect(this.detail).toBeVisible();
  }

  chip(scope: Locator = this.detail): Locator {
    return scope.getByTestId('invoice-chip').first();
  }

  async link(): Promise<string> {
    const field = this.detail.getByTestId('invoice-link');
    await expect(field).toHaveValue(/^hspos:\/\/invoice\?/);
    return field.inputValue();
  }

  /** Charges part of the invoice at this console; returns the register QR's URI. */
  async chargeNow(amount: string): Promise<string> {
    await this.detail.getByTestId('charge-amount').fill(amount);
    await this.detail.getByTestId('charge-now').click();
    return pairingUri(this.page);
  }

  async closeDetail(): Promise<void> {
    await this.detail.getByRole('button', { name: /Close invoice|청구서 닫기/ }).click();
    await expect(this.list).toBeVisible();
  }
}
