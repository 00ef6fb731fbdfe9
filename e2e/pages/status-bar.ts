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

  async openShift(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open shift' }).click();
    await expect(this.shiftState).toHaveAttribute('data-open', 'true');
  }

  /** Presses Close shift; the caller checks whether it closed or was refused. */
  async requestCloseShift(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close shift' }).click();
  }
}
