import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  type Rectangle,
  parseWindowState,
  restoreWindowState,
} from './window-state.ts';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 860 };
// A monitor to the laptop's right, as a docked cashier desk has.
const monitor: Rectangle = { x: 1440, y: 0, width: 1920, height: 1040 };

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    const text = '{"x":10,"y":20,"width":1000,"height":700,"isMaximized":true}';
    expect(parseWindowState(text)).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      isMaximized: true,
    });
  });

  it('refuses a missing file, garbage and states no screen could hold', () => {
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('')).toBeNull();
    expect(parseWindowState('{"x":1')).toBeNull();
    expect(parseWindowState('[]')).toBeNull();
    expect(parseWindowState('{"x":0,"y":0,"width":0,"height":700,"isMaximized":false}')).toBeNull();
    expect(parseWindowState('{"x":0.5,"y":0,"width":9,"height":7,"isMaximized":false}')).toBeNull();
    expect(parseWindowState('{"x":0,"y":0,"width":9,"height":7,"isMaximized":"no"}')).toBeNull();
    expect(parseWindowState('{"x":0,"y":0,"width":9e9,"height":7,"isMaximized":false}')).toBeNull();
  });
});

describe('restoreWindowState', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(restoreWindowState(null, [laptop, monitor])).toEqual({
      x: 80,
      y: 30,
      ...DEFAULT_WINDOW_SIZE,
      isMaximized: false,
    });
  });

  it('keeps a saved window that is wholly on a display, maximized or not', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, isMaximized: true };
    expect(restoreWindowState(saved, [laptop, monitor])).toEqual(saved);
  });

  it('pulls a window hanging off a display edge back onto the display showing most of it', () => {
    const saved = { x: 3000, y: -50, width: 1000, height: 700, isMaximized: false };
    expect(restoreWindowState(saved, [laptop, monitor])).toEqual({
      x: 3360 - 1000,
      y: 0,
      width: 1000,
      height: 700,
      isMaximized: false,
    });
  });

  it('moves a window from a monitor that is gone to the centre of the primary display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, isMaximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual({
      x: 80,
      y: 30,
      ...DEFAULT_WINDOW_SIZE,
      isMaximized: true,
    });
  });

  it('shrinks a window bigger than its display to fit it', () => {
    const small: Rectangle = { x: 0, y: 25, width: 1024, height: 743 };
    const saved = { x: 0, y: 0, width: 1920, height: 1080, isMaximized: false };
    expect(restoreWindowState(saved, [small])).toEqual({ ...small, isMaximized: false });
    expect(restoreWindowState(null, [small])).toEqual({ ...small, isMaximized: false });
  });

  it('handles displays left of and above the primary (negative coordinates)', () => {
    const left: Rectangle = { x: -1920, y: -200, width: 1920, height: 1080 };
    const saved = { x: -1800, y: -150, width: 1000, height: 700, isMaximized: false };
    expect(restoreWindowState(saved, [laptop, left])).toEqual(saved);
  });
});
