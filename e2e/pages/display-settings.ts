// Page object of the header's display controls: language and large text.
import { expect, type Locator, type Page } from '@playwright/test';

export type Language = 'en' | 'ko';

export class DisplaySettingsPage {
  readonly largeTextToggle: Locator;

  constructor(private readonly page: Page) {
    this.largeTextToggle = page.getByTestId('large-text-toggle');
  }

  languageButton(language: Language): Locator {
    return this.page.getByTestId(`language-${language}`);
  }

  /** Picks a language and waits until the page says it is in it. */
  async chooseLanguage(language: Language): Promise<void> {
    await this.languageButton(language).click();
    await expect(this.languageButton(language)).toHaveAttribute('aria-pressed', 'true');
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  async setLargeText(on: boolean): Promise<void> {
    const pressed = await this.largeTextToggle.getAttribute('aria-pressed');
    if ((pressed === 'true') !== on) await this.largeTextToggle.click();
    await expect(this.largeTextToggle).toHaveAttribute('aria-pressed', String(on));
  }

  /** The outline style of the focused element: `solid` when the focus ring is drawn. */
  async focusedOutlineStyle(): Promise<string> {
    const style = await this.page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    return String(style);
  }

  /** The font size of the element with `testId`, in CSS pixels. */
  async fontSizePx(testId: string): Promise<number> {
    const selector = JSON.stringify(`[data-testid="${testId}"]`);
    const size = await this.page.evaluate(
      `getComputedStyle(document.querySelector(${selector})).fontSize`,
    );
    return Number.parseFloat(String(size));
  }

  /** The root font size in CSS pixels: every rem-based size of the page follows it. */
  async rootFontSizePx(): Promise<number> {
    // A string, run in the page: the e2e sources compile without the DOM's types.
    const size = await this.page.evaluate('getComputedStyle(document.documentElement).fontSize');
    return Number.parseFloat(String(size));
  }
}
