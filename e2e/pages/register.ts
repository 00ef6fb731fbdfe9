// Page object of the register's catalog side and the owner's catalog and events screens.
import { expect, type Locator, type Page } from '@playwright/test';
import { pairingUri } from './cashier.ts';

export class RegisterPage {
  readonly cart: Locator;
  readonly cartLines: Locator;
  readonly cartTotal: Locator;
  readonly tiles: Locator;
  readonly receiptLines: Locator;
  readonly eventBanner: Locator;

  constructor(private readonly page: Page) {
    this.cart = page.getByTestId('cart');
    this.cartLines = page.getByTestId('cart-line');
    this.cartTotal = page.getByTestId('cart-total');
    this.tiles = page.getByTestId('item-tile');
    this.receiptLines = page.getByTestId('receipt-line');
    this.eventBanner = page.getByTestId('event-banner');
  }

  /** Presses keys one by one, as a cashier's fingers do (no clicks). */
  async press(...keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  tile(quickKey: string): Locator {
    return this.page.locator(`[data-testid="item-tile"][data-quick-key="${quickKey}"]`);
  }

  line(label: string): Locator {
    return this.page.locator(`[data-testid="cart-line"][data-label="${label}"]`);
  }

  /** Enter on the register: the QR shows; returns its pairing URI. */
  async chargeByKeyboard(): Promise<string> {
    await this.page.keyboard.press('Enter');
    return pairingUri(this.page);
  }
}

export class OwnerCatalogPage {
  constructor(private readonly page: Page) {}

  async openTab(id: 'catalog' | 'events' | 'sell'): Promise<void> {
    await this.page.getByTestId(`tab-${id}`).click();
  }

  editor(): Locator {
    return this.page.getByTestId('catalog-editor');
  }

  async addCategory(name: string): Promise<void> {
    const editor = this.editor();
    await editor.getByTestId('category-name').fill(name);
    await editor.getByRole('button', { name: /add category/i }).click();
    await expect(editor.getByTestId('category-chip').filter({ hasText: name })).toBeVisible();
  }

  async addItem(item: { name: string; price: string; quickKey: string }): Promise<void> {
    const form = this.editor().getByTestId('item-form');
    await form.getByTestId('item-name').fill(item.name);
    await form.getByTestId('item-price').fill(item.price);
    await form.getByTestId('item-quick-key').fill(item.quickKey);
    await form.getByTestId('item-save').click();
    const row = this.editor().locator(`[data-testid="catalog-item-row"][data-name="${item.name}"]`);
    await expect(row).toBeVisible();
  }

  async createEvent(name: string): Promise<Locator> {
    await this.page.getByTestId('event-name').fill(name);
    await this.page.getByTestId('event-create').click();
    const row = this.page.locator(`[data-testid="event-row"][data-name="${name}"]`);
    await expect(row).toBeVisible();
    return row;
  }
}
