// Reads and writes the window state file in the data directory. Node but Electron-free, so
// the debounce is unit-tested with fake timers.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type WindowState, parseWindowState } from './window-state.ts';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';

/** Dragging a window fires `move` many times a second; one write per pause is enough. */
export const WINDOW_STATE_SAVE_DELAY_MS = 500;

/** The saved state, or null when the file is missing, unreadable or not a window state. */
export function readWindowState(path: string): WindowState | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  return parseWindowState(text);
}

/** Writes a temporary file and renames it, so a crash mid-write leaves the old state. */
export function writeWindowState(path: string, state: WindowState): void {
  const temporaryPath = `${path}.tmp`;
  writeFileSync(temporaryPath, `${JSON.stringify(state)}\n`, 'utf8');
  renameSync(temporaryPath, path);
}

export interface WindowStateSaver {
  /** Remembers `state` and writes it once no newer state arrives for the delay. */
  schedule(state: WindowState): void;
  /** Writes the pending state now, if any; called when the window closes. */
  flush(): void;
}

export function debouncedWindowStateSaver(
  path: string,
  delayMs: number = WINDOW_STATE_SAVE_DELAY_MS,
  write: (path: string, state: WindowState) => void = writeWindowState,
): WindowStateSaver {
  let pending: WindowState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const state = pending;
    pending = null;
    if (state === null) return;
    try {
      write(path, state);
    } catch (error: unknown) {
      // Losing the window's place is not worth stopping a sale for.
      process.stderr.write(`window state not saved: ${String(error)}\n`);
    }
  };
  return {
    schedule(state) {
      pending = state;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
  };
}
