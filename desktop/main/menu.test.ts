import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAppMenuTemplate } from './menu.ts';

function build(isDevelopment: boolean, platform = 'linux', onAbout = () => {}) {
  return buildAppMenuTemplate({ isDevelopment, platform, onAbout });
}

/** Every item in the template, depth first. */
function allItems(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu) : []),
  ]);
}

function submenuOf(items: readonly MenuItemConstructorOptions[], label: string) {
  const menu = items.find((item) => item.label === label);
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

const roles = (items: readonly MenuItemConstructorOptions[]) =>
  items.flatMap((item) => (item.role === undefined ? [] : [item.role]));

describe('buildAppMenuTemplate', () => {
  it('has File, Edit, View and Help menus', () => {
    expect(build(false).map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('quits from File and copies and pastes from Edit', () => {
    const template = build(false);
    expect(roles(submenuOf(template, 'File'))).toEqual(['quit']);
    expect(roles(submenuOf(template, 'Edit'))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('zooms in production, with no reload and no devtools anywhere', () => {
    const template = build(false);
    expect(roles(submenuOf(template, 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut']);
    const everyRole = roles(allItems(template));
    expect(everyRole).not.toContain('toggleDevTools');
    expect(everyRole).not.toContain('reload');
    expect(everyRole).not.toContain('forceReload');
  });

  it('adds reload and devtools in development', () => {
    expect(roles(submenuOf(build(true), 'View'))).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
    ]);
  });

  it('calls back for About Handshake POS', () => {
    const onAbout = vi.fn();
    const [about] = submenuOf(build(false, 'linux', onAbout), 'Help');
    expect(about?.label).toBe('About Handshake POS');
    // Electron passes the item, window and event; the callback needs none of them.
    const click: unknown = about?.click;
    if (typeof click === 'function') click();
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('puts About and Quit under the app menu on macOS', () => {
    const template = build(false, 'darwin');
    expect(template.map((menu) => menu.label)).toEqual([
      'Handshake POS',
      'File',
      'Edit',
      'View',
      'Help',
    ]);
    expect(roles(submenuOf(template, 'Handshake POS'))).toEqual(['quit']);
    expect(roles(submenuOf(template, 'File'))).toEqual(['close']);
  });
});
