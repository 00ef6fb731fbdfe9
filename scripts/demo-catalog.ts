// A small cafeteria catalog for the demo (`npm start`) and the journey tests, created
// through the console core like an owner's edits: categories, items, prices and quick keys.
// Does nothing when the catalog already has items, so a restart never duplicates them.
import type { ConsoleCore } from '../desktop/core/console-core.ts';

export const DEMO_CATALOG = [
  {
    category: 'Meals',
    items: [
      { name: 'Bibimbap', priceMinor: 6_500, quickKey: 'B' },
      { name: 'Kimbap', priceMinor: 3_500, quickKey: 'K' },
      { name: 'Ramyeon', priceMinor: 4_000, quickKey: 'R' },
      { name: 'Tteokbokki', priceMinor: 4_500, quickKey: 'T' },
    ],
  },
  {
    category: 'Drinks',
    items: [
      { name: 'Coffee', priceMinor: 2_000, quickKey: 'C' },
      { name: 'Green tea', priceMinor: 1_500, quickKey: 'G' },
      { name: 'Sikhye', priceMinor: 2_500, quickKey: 'S' },
    ],
  },
  {
    category: 'Snacks',
    items: [
      { name: 'Hotteok', priceMinor: 1_500, quickKey: 'H' },
      { name: 'Mandu', priceMinor: 3_000, quickKey: 'M' },
    ],
  },
] as const;

/** Seeds the everyday catalog through `core` (the server must be reachable). */
export async function seedDemoCatalog(core: ConsoleCore): Promise<boolean> {
  await core.catalog.refresh();
  if (core.catalog.current().items.length > 0) return false;
  for (const [position, group] of DEMO_CATALOG.entries()) {
    const name = group.category;
    const view = await core.catalog.upsertCategory({ eventId: null, name, position });
    const category = view.categories.find((candidate) => candidate.name === group.category);
    if (!category) throw new Error(`the category ${group.category} did not come back`);
    for (const [itemPosition, item] of group.items.entries()) {
      await core.catalog.upsertItem({
        ...item,
        eventId: null,
        categoryId: category.categoryId,
        position: itemPosition,
      });
    }
  }
  return true;
}
