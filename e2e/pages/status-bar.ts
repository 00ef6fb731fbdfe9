// Page object of the status bar under the header: the console's sync status and its shift.
import { expect, type Locator, type Page } from '@playwright/test';

export class StatusBarPage {
  /** The whole sync area; `data-online` says whether the server answers. */
  readonly sync: Locator;
  readonly server: Locator;
  readonly unsynced: Locator;
  readonly lastSync: Locator;
  readonly progress: Locator;
  readonly quarantined: Locator;
  readonly shiftState: Locator;
  readonly shiftError: Locator;

  constructor(private readonly page: Page) {
    this.sync = page.getByTestId('sync-status');
    this.server = page.getByTestId('server-status');
    this.unsynced = page.getByTestId('sync-unsynced');
    this.lastSync = page.getByTestId('sync-last');
    this.progress = page.getByTestId('sync-progress');
    this.quarantined = page.getByTestId('sync-quarantined');
    this.shiftState = page.getByTestId('shift-state');
    this.shiftError = page.getByTestId('shift-error');
  }

  async expectOnline(online: boolean): Promise<void> {
    await expect(this.sync).toHaveAttribute('data-online', online ? 'true' : 'false');
    await expect(this.server).toHaveText(online ? 'Server online' : 'Server offline');
  }

  async expectUnsynced(count: number): Promise<void> {
    await expect(this.unsynced).toHaveAttribute('data-count', String(count));
  }

  /** Opens a shift with `floatMinor` of cash in the drawer. */
  async openShift(floatMinor = 0): Promise<void> {
    await this.page.getByTestId('shift-open-button').click();
    await this.page.getByTestId('shift-float').fill(String(floatMinor));
    await this.page.getByTestId('shift-float-submit').click();
    await expect(this.shiftState).toHaveAttribute('data-open', 'true');
  }

  /** Close shift, count typed blind, recorded; the dialog stays (result or refusal). */
  async countAndClose(countedMinor: number): Promise<void> {
    const dialog = this.page.getByTestId('shift-close-dialog');
    if (!(await dialog.isVisible())) await this.page.getByTestId('shift-close-button').click();
    await this.page.getByTestId('shift-count').fill(String(countedMinor));
    await this.page.getByTestId('shift-count-submit').click();
    await expect(this.shiftError.or(this.page.getByTestId('shift-count-result'))).toBeVisible();
  }

  /**
   * Presses Close shift and counts `countedMinor`; the caller checks whether it closed or was
   * refused. A closed shift's result is dismissed, a refusal stays in the dialog.
   */
  async requestCloseShift(countedMinor = 0): Promise<void> {
    await this.countAndClose(countedMinor);
    const done = this.page.getByTestId('shift-count-done');
    if (await done.isVisible()) await done.click();
  }
}
