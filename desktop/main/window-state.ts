// Where the console window opens: the size and place it had last time, moved back onto a
// screen if that screen is gone (a laptop undocked from its monitor). Pure and
// Electron-free, so the rules are unit-tested; desktop/main/window.ts feeds it the displays.
import { z } from 'zod';

/** A rectangle in screen pixels, shaped like Electron's `Rectangle`. */
export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState extends Rectangle {
  readonly isMaximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
/** Smaller than this, the keypad and the sale panel no longer fit side by side. */
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

// No real screen is a million pixels across; a bigger number is a corrupt file.
const coordinate = z.number().int().min(-1_000_000).max(1_000_000);
const length = z.number().int().min(1).max(1_000_000);

export const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
  isMaximized: z.boolean(),
});

/** The saved state in `text`, or null when it is missing, not JSON or not a window state. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The work area that shows most of `bounds`, or null when none shows any of it. */
function mostVisibleWorkArea(bounds: Rectangle, workAreas: readonly Rectangle[]): Rectangle | null {
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const workArea of workAreas) {
    const area = overlapArea(bounds, workArea);
    if (area > bestArea) {
      best = workArea;
      bestArea = area;
    }
  }
  return best;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** `bounds` shrunk to fit `workArea` and moved wholly inside it. */
function fitInto(bounds: Rectangle, workArea: Rectangle): Rectangle {
  const width = Math.min(bounds.width, workArea.width);
  const height = Math.min(bounds.height, workArea.height);
  return {
    x: clamp(bounds.x, workArea.x, workArea.x + workArea.width - width),
    y: clamp(bounds.y, workArea.y, workArea.y + workArea.height - height),
    width,
    height,
  };
}

function centeredDefault(workArea: Rectangle): Rectangle {
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, workArea.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, workArea.height);
  return {
    x: workArea.x + Math.floor((workArea.width - width) / 2),
    y: workArea.y + Math.floor((workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window. `workAreas` are the displays' work areas, the primary first.
 * With no saved state, or one on no display any more, the default size is centred on the
 * primary display; otherwise the saved bounds are fitted into the display showing most of
 * them, so the title bar can always be reached.
 */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly [Rectangle, ...Rectangle[]],
): WindowState {
  const primary = workAreas[0];
  const home = saved === null ? null : mostVisibleWorkArea(saved, workAreas);
  if (saved === null || home === null) {
    return { ...centeredDefault(primary), isMaximized: saved?.isMaximized ?? false };
  }
  return { ...fitInto(saved, home), isMaximized: saved.isMaximized };
}
