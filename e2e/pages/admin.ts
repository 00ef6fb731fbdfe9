// The administrator's screens, for journey tests: tabs, the report range, CSV downloads and
// the numbers the charts draw.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export class AdminPage {
  constructor(private readonly page: Page) {}

  async openTab(id: 'reports' | 'settlements' | 'refunds' | 'merchants' | 'fees' | 'gifts') {
    await this.page.getByTestId(`tab-admin-${id}`).click();
    await expect(this.page.getByTestId(`admin-${id}`)).toBeVisible();
  }

  async setReportRange(from: string, to: string): Promise<void> {
    // The later bound first, so the range never reads as reversed on the way.
    await this.page.getByTestId('report-to').fill(to);
    await this.page.getByTestId('report-from').fill(from);
  }

  table(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  rows(testId: string): Locator {
    return this.table(testId).getByTestId('admin-row');
  }

  /** The bars of one series in one chart (recharts draws one rectangle per data point). */
  bars(chartTestId: string, series: 'bar-revenue' | 'bar-fee' | 'bar-count'): Locator {
    return this.page.locator(`[data-testid="${chartTestId}"] .${series} .recharts-bar-rectangle`);
  }

  /** Clicks a table's CSV button and returns the saved file's name and text. */
  async downloadCsv(tableTestId: string): Promise<{ filename: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`csv-${tableTestId}`).click(),
    ]);
    const path = await download.path();
    return { filename: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}

/** CSV text → rows of cells (the exports quote only what needs it; enough for checks). */
export function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}
