import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowState } from './window-state.ts';
import {
  WINDOW_STATE_FILE_NAME,
  debouncedWindowStateSaver,
  readWindowState,
  writeWindowState,
} from './window-state-store.ts';

const first: WindowState = { x: 1, y: 2, width: 1000, height: 700, isMaximized: false };
const last: WindowState = { x: 50, y: 60, width: 1100, height: 750, isMaximized: true };

describe('window state file', () => {
  let dir = '';
  let path = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hspos-window-'));
    path = join(dir, WINDOW_STATE_FILE_NAME);
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back what it wrote, and null for a missing or corrupt file', () => {
    expect(readWindowState(path)).toBeNull();
    writeWindowState(path, last);
    expect(readWindowState(path)).toEqual(last);
    writeFileSync(path, 'not json');
    expect(readWindowState(path)).toBeNull();
  });

  it('writes once per pause, with the newest state', () => {
    vi.useFakeTimers();
    const write = vi.fn();
    const saver = debouncedWindowStateSaver(path, 500, write);
    saver.schedule(first);
    vi.advanceTimersByTime(400);
    saver.schedule(last);
    vi.advanceTimersByTime(400);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(write).toHaveBeenCalledExactlyOnceWith(path, last);
  });

  it('writes the pending state at once on flush, and nothing when none is pending', () => {
    vi.useFakeTimers();
    const saver = debouncedWindowStateSaver(path, 500);
    saver.flush();
    expect(readWindowState(path)).toBeNull();
    saver.schedule(last);
    saver.flush();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(last);
    vi.advanceTimersByTime(1_000);
    expect(readWindowState(path)).toEqual(last);
  });

  it('survives a data directory it cannot write to', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    const saver = debouncedWindowStateSaver(join(dir, 'missing', WINDOW_STATE_FILE_NAME), 500);
    saver.schedule(last);
    expect(() => saver.flush()).not.toThrow();
    expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/window state not saved/));
    stderr.mockRestore();
  });
});
